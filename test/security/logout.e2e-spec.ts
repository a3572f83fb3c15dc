import { aUser } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';

/** Issue 13, item 8: logging out ends the session everywhere at once, not when the access token expires. */
describe('logging out', () => {
  let p: Platform;

  beforeAll(async () => {
    p = await startPlatform({ worker: false });
  });
  afterAll(() => p.close());

  it('refuses the access token of the ended session at once', async () => {
    const user = await aUser(p);
    expect((await p.http.as(user).get('/me')).status).toBe(200);
    expect((await p.http.post('/auth/logout', { refreshToken: user.refreshToken })).status).toBe(204);
    const after = await p.http.as(user).get('/me');
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('auth.unauthenticated');
  });

  it('closes the sockets of that session and lets none reconnect with its token', async () => {
    const user = await aUser(p);
    const socket = await p.socket(user.token);
    const closed = new Promise<string>((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
    await p.http.post('/auth/logout', { refreshToken: user.refreshToken });
    expect(await closed).toBe('io server disconnect');
    await expect(p.socket(user.token)).rejects.toThrow('unauthorized');
  });

  it("leaves the same person's other sessions signed in", async () => {
    const user = await aUser(p);
    const laptop = await p.http.post('/auth/login', { email: user.email, password: 'correct horse battery' });
    const phoneSocket = await p.socket(user.token);
    const laptopSocket = await p.socket(laptop.body.accessToken);
    const phoneClosed = new Promise((resolve) => phoneSocket.once('disconnect', resolve));
    await p.http.post('/auth/logout', { refreshToken: user.refreshToken });
    await phoneClosed;
    expect(laptopSocket.connected).toBe(true);
    expect((await p.http.as(laptop.body.accessToken).get('/me')).status).toBe(200);
    expect((await p.http.post('/auth/refresh', { refreshToken: laptop.body.refreshToken })).status).toBe(200);
  });

  it('ends the session on every api node, not only the one that was asked', async () => {
    const other = await p.anotherApi();
    const user = await aUser(p);
    expect((await other.http.as(user).get('/me')).status).toBe(200);
    const socket = await other.socket(user.token);
    const closed = new Promise<string>((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
    await p.http.post('/auth/logout', { refreshToken: user.refreshToken });
    expect(await closed).toBe('io server disconnect');
    const deadline = Date.now() + 5_000;
    let status = 200;
    // The other node cached "still open" a moment ago; it must hear of the logout through Redis, well before its cache expires.
    while (status === 200 && Date.now() < deadline) status = (await other.http.as(user).get('/me')).status;
    expect(status).toBe(401);
  });

  it('also ends the session, sockets included, when a spent refresh token comes back (it leaked)', async () => {
    const user = await aUser(p);
    const rotated = await p.http.post('/auth/refresh', { refreshToken: user.refreshToken });
    expect(rotated.status).toBe(200);
    const socket = await p.socket(rotated.body.accessToken);
    const closed = new Promise((resolve) => socket.once('disconnect', resolve));
    expect((await p.http.post('/auth/refresh', { refreshToken: user.refreshToken })).status).toBe(401);
    expect((await p.http.as(rotated.body.accessToken).get('/me')).status).toBe(401);
    await closed;
  });
});
