import { loadConfig, usesRedis } from './app-config';

describe('configuration', () => {
  it('works with no variables set on a machine with local PostgreSQL, and then needs no Redis', () => {
    const c = loadConfig({});
    expect(c.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/hamkar');
    expect(c.REDIS_URL).toBeUndefined();
    expect(usesRedis(c)).toBe(false);
    expect(c.PORT).toBe(3000);
  });

  it('uses Redis when REDIS_URL names one, and an empty REDIS_URL says no Redis', () => {
    expect(usesRedis(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }))).toBe(true);
    expect(usesRedis(loadConfig({ REDIS_URL: '' }))).toBe(false);
    expect(() => loadConfig({ REDIS_URL: 'http://x' })).toThrow(/REDIS_URL: must be a redis:\/\/ URL/);
  });

  it('names the bad variable in one line', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/^Invalid configuration: PORT: /);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must be a postgres:\/\/ URL/);
  });

  it('refuses the development JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: must be set in production/);
  });

  it('refuses, in production, a secret published in the repository or one too short to be random', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'change-me-to-a-long-random-secret' })).toThrow(
      /JWT_SECRET: must be set in production/,
    );
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'sixteen-chars-ok' })).toThrow(
      /JWT_SECRET: must be at least 32 characters in production/,
    );
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'k3J9x-a-secret-of-our-own-that-is-long' }).JWT_SECRET).toHaveLength(38);
    expect(loadConfig({ JWT_SECRET: 'sixteen-chars-ok' }).JWT_SECRET).toBe('sixteen-chars-ok');
  });

  it('wants a bucket and its keys before it stores files in S3', () => {
    expect(() => loadConfig({ FILES_STORE: 's3' })).toThrow(
      /S3_BUCKET: is required when FILES_STORE=s3.*S3_ACCESS_KEY_ID.*S3_SECRET_ACCESS_KEY/,
    );
    const c = loadConfig({
      FILES_STORE: 's3',
      S3_BUCKET: 'files',
      S3_ACCESS_KEY_ID: 'k',
      S3_SECRET_ACCESS_KEY: 's',
      S3_FORCE_PATH_STYLE: 'false',
    });
    expect(c).toMatchObject({ FILES_STORE: 's3', S3_REGION: 'us-east-1', S3_FORCE_PATH_STYLE: false });
    expect(loadConfig({}).FILES_STORE).toBe('disk');
  });
});
