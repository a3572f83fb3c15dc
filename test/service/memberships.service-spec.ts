import { Forbidden, RuleBroken } from '@hamkar/common';
import { ClustersModule, InvitationsService, MembershipsService } from '@hamkar/clusters';
import { IdentityModule } from '@hamkar/identity';
import { givenThrough } from './support/service-factories';
import { serviceTest } from './support/service-test';

const t = serviceTest([IdentityModule, ClustersModule]);
const given = givenThrough(t);

describe('membership rules, through the services', () => {
  it('refuses to demote the only admin: a cluster keeps an admin', async () => {
    const cluster = await given.aCluster();
    const change = t.get(MembershipsService).changeRole(cluster.admin.id, cluster.id, cluster.admin.id, 'member');
    await expect(change).rejects.toThrow(RuleBroken);
    await expect(change).rejects.toMatchObject({ code: 'membership.last-admin' });
    const members = await t.get(MembershipsService).list(cluster.admin.id, cluster.id);
    expect(members.find((m) => m.userId === cluster.admin.id)?.role).toBe('admin');
  });

  it('refuses to let the only admin leave, and lets one of two go', async () => {
    const cluster = await given.aCluster();
    const memberships = t.get(MembershipsService);
    await expect(memberships.remove(cluster.admin.id, cluster.id, cluster.admin.id)).rejects.toMatchObject({
      code: 'membership.last-admin',
    });

    const second = await cluster.withMember('admin');
    await memberships.remove(cluster.admin.id, cluster.id, cluster.admin.id);
    const members = await memberships.list(second.id, cluster.id);
    expect(members.map((m) => m.userId)).toEqual([second.id]);
    // Its sockets are dropped, and come back with rooms that no longer include this cluster.
    expect(t.realtime.sent).toContainEqual({ to: 'disconnect', userId: cluster.admin.id });
  });

  it('lets an admin hand the role to another before stepping down', async () => {
    const cluster = await given.aCluster();
    const agent = await cluster.withMember('agent');
    const memberships = t.get(MembershipsService);
    await memberships.changeRole(cluster.admin.id, cluster.id, agent.id, 'admin');
    const stepped = await memberships.changeRole(cluster.admin.id, cluster.id, cluster.admin.id, 'member');
    expect(stepped.role).toBe('member');
  });

  it('does not let an agent invite an admin, though an agent may invite a firm', async () => {
    const cluster = await given.aCluster();
    const agent = await cluster.withMember('agent');
    const invitations = t.get(InvitationsService);
    const asAdmin = invitations.invite(agent.id, cluster.id, { email: 'someone@example.test', role: 'admin' });
    await expect(asAdmin).rejects.toThrow(Forbidden);
    await expect(asAdmin).rejects.toMatchObject({ code: 'invitation.admin-only' });
    await expect(invitations.pending(cluster.admin.id, cluster.id)).resolves.toEqual([]);

    const asFirm = await invitations.invite(agent.id, cluster.id, { email: 'firm@example.test', role: 'member' });
    expect(asFirm.role).toBe('member');
  });

  it('does not let an agent promote anyone, itself included, to admin', async () => {
    const cluster = await given.aCluster();
    const agent = await cluster.withMember('agent');
    await expect(t.get(MembershipsService).changeRole(agent.id, cluster.id, agent.id, 'admin')).rejects.toThrow(Forbidden);
    const members = await t.get(MembershipsService).list(cluster.admin.id, cluster.id);
    expect(members.find((m) => m.userId === agent.id)?.role).toBe('agent');
  });

  it('keeps the admin when the only admin accepts an invitation to a lower role', async () => {
    const cluster = await given.aCluster();
    const invitations = t.get(InvitationsService);
    const agent = await cluster.withMember('agent');
    const invitation = await invitations.invite(agent.id, cluster.id, { email: cluster.admin.email, role: 'member' });
    await expect(invitations.accept(cluster.admin.id, invitation.token)).rejects.toMatchObject({ code: 'membership.last-admin' });
  });
});
