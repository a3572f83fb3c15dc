import { aUser, eventually } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';

describe('the platform foundation', () => {
  let p: Platform;
  beforeAll(async () => (p = await startPlatform()));
  afterAll(() => p.close());

  it('says it is up at /health and under the api base path', async () => {
    expect((await p.http.get('//health')).body).toEqual({ status: 'ok' });
    expect((await p.http.get('/health')).body).toEqual({ status: 'ok' });
  });

  it('is ready when PostgreSQL and Redis answer, with per-part detail', async () => {
    const res = await p.http.get('//health/ready');
    expect(res.status).toBe(200);
    expect(res.body.details).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
  });

  it('answers a malformed JSON body with a 400 problem, not a 500', async () => {
    const res = await p.http.request('POST', '/auth/register', '{"email": "a@b.c", ', { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 400, title: 'Bad request' });
  });

  it('rejects unknown fields and lists each bad field', async () => {
    const res = await p.http.post('/auth/register', { email: 'not-an-email', password: 'short', displayName: 'X', isAdmin: true });
    expect(res.status).toBe(400);
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'password', 'isAdmin']));
  });

  it('answers an unknown route with a 404 problem', async () => {
    const res = await p.http.get('/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('requires a token everywhere but the public routes', async () => {
    const res = await p.http.get('/me');
    expect(res.status).toBe(401);
    expect(res.body.title).toBe('Unauthorized');
  });

  it('tags every response with a request id, echoing a sane one the client sent', async () => {
    const res = await p.http.request('GET', '//health', undefined, { 'x-request-id': 'trace-123' });
    expect(res.headers.get('x-request-id')).toBe('trace-123');
    expect((await p.http.get('//health')).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("states the server's own time on every answer, errors included", async () => {
    expect((await p.http.get('//health')).headers.get('server-timing')).toMatch(/^app;dur=\d+\.\d{2}$/);
    expect((await p.http.get('/no-such-route')).headers.get('server-timing')).toMatch(/^app;dur=\d+\.\d{2}$/);
  });

  it('serves its OpenAPI document with the contract paths', async () => {
    const res = await p.http.get('//docs-json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/register', '/api/v1/clusters/{clusterId}/invitations', '/api/v1/me']),
    );
  });

  it('sends security headers', async () => {
    const res = await p.http.get('//health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('runs a job end to end: the api enqueues, the worker processes, the result is visible', async () => {
    const user = await aUser(p);
    const queued = await p.http.as(user).post('/system/jobs', { message: 'salam' });
    expect(queued.status).toBe(202);
    const done = await eventually(async () => {
      const res = await p.http.as(user).get(`/system/jobs/${queued.body.id}`);
      return res.body.state === 'completed' ? res.body : undefined;
    });
    expect(done.result.echo).toBe('salam');
  });
});
