// The table itself, not the library: Jest cannot load Nest's ES modules that the library's index pulls in.
import { PERMISSIONS } from '../../libs/clusters/src/access/permissions';
import { aCluster, aUser, ClusterFixture } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';

describe('what a member may do, as the client asks for it', () => {
  let p: Platform;
  let cluster: ClusterFixture;

  beforeAll(async () => {
    p = await startPlatform({ worker: false });
    cluster = await aCluster(p);
  });
  afterAll(() => p.close());

  it('answers each role with its organization and exactly the actions the permission table gives it', async () => {
    for (const role of ['agent', 'member', 'supplier', 'observer'] as const) {
      const actor = await cluster.withMember(role);
      const res = await p.http.as(actor).get(`/clusters/${cluster.id}/permissions`);
      expect(res.status).toBe(200);
      const expected = Object.entries(PERMISSIONS)
        .filter(([, roles]) => (roles as readonly string[]).includes(role))
        .map(([action]) => action);
      expect(res.body).toEqual({ role, organizationId: actor.organizationId, actions: expected });
    }
  });

  it('tells the admin it may manage members and read the audit log', async () => {
    const res = await p.http.as(cluster.admin).get(`/clusters/${cluster.id}/permissions`);
    expect(res.body).toMatchObject({ role: 'admin', organizationId: null });
    expect(res.body.actions).toEqual(expect.arrayContaining(['members.manage', 'cluster.audit', 'message.post']));
  });

  it('tells an observer it reads and works on projects but may not post, open DMs or upload', async () => {
    const observer = await cluster.withMember('observer');
    const { body } = await p.http.as(observer).get(`/clusters/${cluster.id}/permissions`);
    expect(body.actions).toEqual(expect.arrayContaining(['channel.read', 'project.read', 'project.work']));
    expect(body.actions).not.toEqual(expect.arrayContaining(['message.post']));
    expect(body.actions).not.toContain('direct.open');
    expect(body.actions).not.toContain('file.upload');
  });

  it('answers an outsider 404, as for a cluster that does not exist', async () => {
    const outsider = await aUser(p);
    expect((await p.http.as(outsider).get(`/clusters/${cluster.id}/permissions`)).status).toBe(404);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = await p.http.get('//docs-json');
    expect(doc.body.paths['/api/v1/clusters/{clusterId}/permissions']?.get).toBeDefined();
  });
});
