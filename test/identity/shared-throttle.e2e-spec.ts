import { aCluster, aUser } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';

describe('rate limits across api nodes', () => {
  let p: Platform;
  beforeAll(async () => (p = await startPlatform({ worker: false, env: { RATE_LIMIT_LOGIN_PER_MINUTE: '4' } })));
  afterAll(() => p.close());

  it('counts login attempts on two api processes against one limit, and says when to retry', async () => {
    const user = await aUser(p);
    const second = await p.anotherApi();
    const nodes = [p.http, second.http];
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await nodes[i % 2].post('/auth/login', { email: user.email, password: `wrong guess ${i}` })).status);
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(statuses.slice(4)).toEqual([429, 429]);
    const blocked = await second.http.post('/auth/login', { email: user.email, password: 'correct horse battery' });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('records failed logins in the audit log of the clusters the user belongs to', async () => {
    const cluster = await aCluster(p);
    const member = await cluster.withMember('member');
    await p.http.post('/auth/login', { email: member.email, password: 'not my password' });
    const audit = await p.http.as(cluster.admin).get(`/clusters/${cluster.id}/audit`);
    expect(audit.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'login.failed', actorId: member.id })]));
  });
});
