import { loadConfig } from './app-config';

describe('configuration', () => {
  it('works with no variables set on a machine with local PostgreSQL and Redis', () => {
    const c = loadConfig({});
    expect(c.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/hamkar');
    expect(c.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(c.PORT).toBe(3000);
  });

  it('names the bad variable in one line', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/^Invalid configuration: PORT: /);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must be a postgres:\/\/ URL/);
  });

  it('refuses the development JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: must be set in production/);
  });

  it('wants a bucket and its keys before it stores files in S3', () => {
    expect(() => loadConfig({ FILES_STORE: 's3' })).toThrow(/S3_BUCKET: is required when FILES_STORE=s3.*S3_ACCESS_KEY_ID.*S3_SECRET_ACCESS_KEY/);
    const c = loadConfig({ FILES_STORE: 's3', S3_BUCKET: 'files', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's', S3_FORCE_PATH_STYLE: 'false' });
    expect(c).toMatchObject({ FILES_STORE: 's3', S3_REGION: 'us-east-1', S3_FORCE_PATH_STYLE: false });
    expect(loadConfig({}).FILES_STORE).toBe('disk');
  });
});
