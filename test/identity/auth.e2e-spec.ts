import { aUser } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';

describe('accounts and sessions', () => {
  let p: Platform;
  beforeAll(async () => (p = await startPlatform({ worker: false })));
  afterAll(() => p.close());

  it('registers a user and returns tokens', async () => {
    const res = await p.http.post('/auth/register', {
      email: 'Nigar@Example.az',
      password: 'a long enough password',
      displayName: 'Nigar',
      locale: 'az',
    });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ email: 'Nigar@Example.az', displayName: 'Nigar', locale: 'az' });
    expect(res.body.accessToken).toEqual(expect.any(String));
    expect(res.body.refreshToken).toEqual(expect.any(String));
  });

  it('refuses a second account for the same email in another case', async () => {
    await p.http.post('/auth/register', { email: 'reza@example.ir', password: 'a long enough password', displayName: 'Reza' });
    const res = await p.http.post('/auth/register', {
      email: 'REZA@example.ir',
      password: 'a long enough password',
      displayName: 'Reza 2',
    });
    expect(res.status).toBe(409);
  });

  it('refuses passwords shorter than 10 characters', async () => {
    const res = await p.http.post('/auth/register', { email: 'short@example.ir', password: '123456789', displayName: 'S' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'password' })]);
  });

  it('logs in, and answers an unknown email exactly like a wrong password', async () => {
    const user = await aUser(p);
    const ok = await p.http.post('/auth/login', { email: user.email.toUpperCase(), password: 'correct horse battery' });
    expect(ok.status).toBe(200);
    expect(ok.body.user.id).toBe(user.id);
    const wrong = await p.http.post('/auth/login', { email: user.email, password: 'wrong password!!' });
    const unknown = await p.http.post('/auth/login', { email: 'nobody@example.test', password: 'wrong password!!' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('answers a login without a password with 400, not 401', async () => {
    const res = await p.http.post('/auth/login', { email: 'x@example.test' });
    expect(res.status).toBe(400);
    expect(new Set(res.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['password']));
  });

  it('rotates refresh tokens, and revokes the family when a used one comes back', async () => {
    const user = await aUser(p);
    const first = await p.http.post('/auth/refresh', { refreshToken: user.refreshToken });
    expect(first.status).toBe(200);
    expect(first.body.refreshToken).not.toBe(user.refreshToken);

    const replay = await p.http.post('/auth/refresh', { refreshToken: user.refreshToken });
    expect(replay.status).toBe(401);
    // The thief's replay also kills the legitimate newer token.
    const after = await p.http.post('/auth/refresh', { refreshToken: first.body.refreshToken });
    expect(after.status).toBe(401);
  });

  it('logs out: the refresh token stops working', async () => {
    const user = await aUser(p);
    expect((await p.http.post('/auth/logout', { refreshToken: user.refreshToken })).status).toBe(204);
    expect((await p.http.post('/auth/refresh', { refreshToken: user.refreshToken })).status).toBe(401);
  });

  it('rejects a garbage refresh token with 401', async () => {
    expect((await p.http.post('/auth/refresh', { refreshToken: 'nonsense' })).status).toBe(401);
  });

  it('shows and updates the caller', async () => {
    const user = await aUser(p);
    const me = await p.http.as(user).get('/me');
    expect(me.body).toMatchObject({ id: user.id, email: user.email, memberships: [] });
    const patched = await p.http.as(user).patch('/me', { displayName: 'Əli Həsənov', locale: 'fa' });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ displayName: 'Əli Həsənov', locale: 'fa' });
    expect((await p.http.as(user).patch('/me', { locale: 'de' })).status).toBe(400);
  });

  it('rejects a forged access token', async () => {
    const user = await aUser(p);
    const forged = user.token.slice(0, -4) + 'AAAA';
    expect((await p.http.as(forged).get('/me')).status).toBe(401);
  });
});

describe('login rate limits', () => {
  let p: Platform;
  beforeAll(async () => (p = await startPlatform({ worker: false, env: { RATE_LIMIT_LOGIN_PER_MINUTE: '3' } })));
  afterAll(() => p.close());

  it('limits attempts per email, whatever the password', async () => {
    const user = await aUser(p);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await p.http.post('/auth/login', { email: user.email, password: `guess number ${i}` })).status);
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses[3]).toBe(429);
    const blocked = await p.http.post('/auth/login', { email: user.email, password: 'correct horse battery' });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('content-type')).toContain('application/problem+json');
  });

  it('limits attempts per address across emails', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++)
      statuses.push((await p.http.post('/auth/login', { email: `spray-${i}@example.test`, password: 'password spray' })).status);
    expect(statuses).toContain(429);
  });
});
