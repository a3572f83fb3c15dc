import { aCluster, aUser, anOrganization } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';

describe('cluster workspaces', () => {
  let p: Platform;
  beforeAll(async () => (p = await startPlatform({ worker: false })));
  afterAll(() => p.close());

  it('makes the creator of a cluster its admin', async () => {
    const cluster = await aCluster(p);
    const res = await p.http.as(cluster.admin).get(`/clusters/${cluster.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: cluster.id, role: 'admin', sector: 'carpets' });
    const me = await p.http.as(cluster.admin).get('/me');
    expect(me.body.memberships).toEqual([{ clusterId: cluster.id, role: 'admin', organizationId: null }]);
  });

  it('refuses a taken slug with 409', async () => {
    const cluster = await aCluster(p);
    const slug = (await p.http.as(cluster.admin).get(`/clusters/${cluster.id}`)).body.slug;
    const res = await p.http.as(cluster.admin).post('/clusters', { slug, name: 'Again', sector: 'x', country: 'AZ', region: 'Sumgait' });
    expect(res.status).toBe(409);
  });

  it('admits an invited user with the invited role and organization', async () => {
    const cluster = await aCluster(p);
    const firm = await cluster.withMember('member');
    const members = await p.http.as(firm).get(`/clusters/${cluster.id}/members`);
    expect(members.status).toBe(200);
    expect(members.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: firm.id, role: 'member', organizationId: firm.organizationId, displayName: firm.displayName }),
      ]),
    );
  });

  it('answers a used invitation with 410', async () => {
    const cluster = await aCluster(p);
    const guest = await aUser(p);
    const invite = await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/invitations`, { email: guest.email, role: 'observer' });
    expect(invite.status).toBe(201);
    expect(invite.body).toEqual(
      expect.objectContaining({ id: expect.any(String), token: expect.any(String), expiresAt: expect.any(String) }),
    );
    expect((await p.http.as(guest).post(`/invitations/${invite.body.token}/accept`, {})).status).toBe(200);
    expect((await p.http.as(guest).post(`/invitations/${invite.body.token}/accept`, {})).status).toBe(410);
  });

  it('answers an expired invitation with 410', async () => {
    const cluster = await aCluster(p);
    const guest = await aUser(p);
    const invite = await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/invitations`, { email: guest.email, role: 'member' });
    await p.db.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [invite.body.id]);
    const res = await p.http.as(guest).post(`/invitations/${invite.body.token}/accept`, {});
    expect(res.status).toBe(410);
    expect((await p.http.as(guest).get(`/clusters/${cluster.id}`)).status).toBe(404);
  });

  it('keeps an invitation for the person it was sent to', async () => {
    const cluster = await aCluster(p);
    const invited = await aUser(p);
    const other = await aUser(p);
    const invite = await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/invitations`, { email: invited.email, role: 'member' });
    expect((await p.http.as(other).post(`/invitations/${invite.body.token}/accept`, {})).status).toBe(403);
  });

  it('lets agents invite but not hand out admin seats', async () => {
    const cluster = await aCluster(p);
    const agent = await cluster.withMember('agent', { organization: false });
    expect((await p.http.as(agent).post(`/clusters/${cluster.id}/invitations`, { email: 'new@example.test', role: 'member' })).status).toBe(
      201,
    );
    expect((await p.http.as(agent).post(`/clusters/${cluster.id}/invitations`, { email: 'boss@example.test', role: 'admin' })).status).toBe(
      403,
    );
  });

  it('forbids members from inviting, changing roles or removing people (403)', async () => {
    const cluster = await aCluster(p);
    const member = await cluster.withMember('member');
    const other = await cluster.withMember('member');
    expect((await p.http.as(member).post(`/clusters/${cluster.id}/invitations`, { email: 'x@example.test', role: 'member' })).status).toBe(
      403,
    );
    expect((await p.http.as(member).patch(`/clusters/${cluster.id}/members/${other.id}`, { role: 'admin' })).status).toBe(403);
    expect((await p.http.as(member).delete(`/clusters/${cluster.id}/members/${other.id}`)).status).toBe(403);
  });

  it('lets the admin change a role and remove a member, and records both in the audit log', async () => {
    const cluster = await aCluster(p);
    const member = await cluster.withMember('member');
    const changed = await p.http.as(cluster.admin).patch(`/clusters/${cluster.id}/members/${member.id}`, { role: 'agent' });
    expect(changed.status).toBe(200);
    expect(changed.body.role).toBe('agent');
    expect((await p.http.as(cluster.admin).delete(`/clusters/${cluster.id}/members/${member.id}`)).status).toBe(204);
    expect((await p.http.as(member).get(`/clusters/${cluster.id}`)).status).toBe(404);
    const audit = await p.http.as(cluster.admin).get(`/clusters/${cluster.id}/audit`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['cluster.created', 'invitation.created', 'invitation.accepted', 'member.role-changed', 'member.removed']),
    );
  });

  it('never lets a cluster lose its last admin', async () => {
    const cluster = await aCluster(p);
    const res = await p.http.as(cluster.admin).patch(`/clusters/${cluster.id}/members/${cluster.admin.id}`, { role: 'member' });
    expect(res.status).toBe(422);
  });

  it('answers an outsider exactly as for a cluster that does not exist', async () => {
    const cluster = await aCluster(p);
    const outsider = await aUser(p);
    const made_up = '00000000-0000-4000-8000-000000000000';
    for (const path of ['', '/members', '/audit', '/organizations']) {
      const real = await p.http.as(outsider).get(`/clusters/${cluster.id}${path}`);
      const fake = await p.http.as(outsider).get(`/clusters/${made_up}${path}`);
      expect(real.status).toBe(404);
      expect(real.body).toEqual(fake.body);
    }
    expect(
      (await p.http.as(outsider).post(`/clusters/${cluster.id}/invitations`, { email: 'x@example.test', role: 'member' })).status,
    ).toBe(404);
  });

  it("lists only the caller's clusters", async () => {
    const mine = await aCluster(p);
    await aCluster(p);
    const res = await p.http.as(mine.admin).get('/clusters');
    expect(res.body.items.map((c: { id: string }) => c.id)).toEqual([mine.id]);
  });

  it('rejects a non-UUID id with 400', async () => {
    const user = await aUser(p);
    const res = await p.http.as(user).get('/clusters/not-a-uuid');
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'clusterId', message: 'must be a UUID', code: 'input.not-a-uuid' }]);
  });
});

describe('organizations', () => {
  let p: Platform;
  beforeAll(async () => (p = await startPlatform({ worker: false })));
  afterAll(() => p.close());

  it('makes the creator its admin, and shows it to cluster peers but not to strangers', async () => {
    const cluster = await aCluster(p);
    const firm = await cluster.withMember('member');
    const peer = await cluster.withMember('member');
    const stranger = await aUser(p);
    expect((await p.http.as(firm).get(`/organizations/${firm.organizationId}`)).status).toBe(200);
    expect((await p.http.as(peer).get(`/organizations/${firm.organizationId}`)).body.id).toBe(firm.organizationId);
    expect((await p.http.as(stranger).get(`/organizations/${firm.organizationId}`)).status).toBe(404);
  });

  it('validates kind, country and coordinates', async () => {
    const user = await aUser(p);
    const res = await p.http.as(user).post('/organizations', { name: 'X', kind: 'bank', country: 'Iran', city: 'Zanjan', lat: 123 });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['kind', 'country', 'lat']));
  });

  it('does not let a user accept on behalf of an organization it has no seat in', async () => {
    const cluster = await aCluster(p);
    const owner = await aUser(p);
    const orgId = await anOrganization(p, owner);
    const guest = await aUser(p);
    const invite = await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/invitations`, { email: guest.email, role: 'member' });
    expect((await p.http.as(guest).post(`/invitations/${invite.body.token}/accept`, { organizationId: orgId })).status).toBe(403);
  });
});
