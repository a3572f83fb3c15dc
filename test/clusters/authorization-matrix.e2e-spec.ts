import { aCluster, Actor, aUser, ClusterFixture, Role } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';

type Caller = Role | 'outsider';
const callers: Caller[] = ['admin', 'agent', 'member', 'supplier', 'observer', 'outsider'];

interface Route {
  name: string;
  expected: Record<Caller, number>;
  call: (as: Actor, ctx: { cluster: ClusterFixture; clusterId: string; target: Actor }) => Promise<{ status: number }>;
}

const everyMember = (ok: number): Record<Caller, number> => ({ admin: ok, agent: ok, member: ok, supplier: ok, observer: ok, outsider: 404 });
const only = (allowed: Partial<Record<Caller, number>>): Record<Caller, number> => ({ admin: 403, agent: 403, member: 403, supplier: 403, observer: 403, outsider: 404, ...allowed });

describe('the authorization matrix of cluster workspaces', () => {
  let p: Platform;
  let cluster: ClusterFixture;
  const actors = {} as Record<Caller, Actor>;

  beforeAll(async () => {
    p = await startPlatform({ worker: false });
    cluster = await aCluster(p);
    actors.admin = cluster.admin;
    for (const role of ['agent', 'member', 'supplier', 'observer'] as const) actors[role] = await cluster.withMember(role);
    actors.outsider = await aUser(p);
  });
  afterAll(() => p.close());

  const routes: Route[] = [
    { name: 'GET /clusters/:id', expected: everyMember(200), call: (as, c) => p.http.as(as).get(`/clusters/${c.clusterId}`) },
    { name: 'GET /clusters/:id/members', expected: everyMember(200), call: (as, c) => p.http.as(as).get(`/clusters/${c.clusterId}/members`) },
    { name: 'GET /clusters/:id/organizations', expected: everyMember(200), call: (as, c) => p.http.as(as).get(`/clusters/${c.clusterId}/organizations`) },
    {
      name: 'POST /clusters/:id/invitations',
      expected: only({ admin: 201, agent: 201 }),
      call: (as, c) => p.http.as(as).post(`/clusters/${c.clusterId}/invitations`, { email: `guest-${Math.random()}@example.test`, role: 'member' }),
    },
    {
      name: 'PATCH /clusters/:id/members/:userId',
      expected: only({ admin: 200 }),
      call: (as, c) => p.http.as(as).patch(`/clusters/${c.clusterId}/members/${c.target.id}`, { role: 'observer' }),
    },
    {
      name: 'DELETE /clusters/:id/members/:userId',
      expected: only({ admin: 204 }),
      call: (as, c) => p.http.as(as).delete(`/clusters/${c.clusterId}/members/${c.target.id}`),
    },
    { name: 'GET /clusters/:id/audit', expected: only({ admin: 200 }), call: (as, c) => p.http.as(as).get(`/clusters/${c.clusterId}/audit`) },
  ];

  for (const route of routes) {
    for (const caller of callers) {
      it(`${route.name} as ${caller} → ${route.expected[caller]}`, async () => {
        const target = await cluster.withMember('member');
        const res = await route.call(actors[caller], { cluster, clusterId: cluster.id, target });
        expect(res.status).toBe(route.expected[caller]);
      });
    }
  }

  it('gives an outsider the same answer for a real cluster and a made-up id on every route', async () => {
    const madeUp = { ...cluster, id: '3f1c2b7a-0000-4000-8000-000000000000' };
    const target = await cluster.withMember('member');
    for (const route of routes) {
      const real = await route.call(actors.outsider, { cluster, clusterId: cluster.id, target });
      const fake = await route.call(actors.outsider, { cluster: madeUp, clusterId: madeUp.id, target });
      expect({ route: route.name, status: real.status, body: (real as { body?: unknown }).body }).toEqual({ route: route.name, status: fake.status, body: (fake as { body?: unknown }).body });
    }
  });
});
