import { createHash, randomBytes } from 'node:crypto';
import { Actor, aCluster, aUser, ClusterFixture } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { aPublishedNeed, aQuoteBy, aZanjanSupplierProfile, inSeconds } from '../support/procurement';

/**
 * The attack found by the black-box run (issue 13, item 1): a cluster admin invites themselves into
 * a competitor's organization, accepts, then reads and replaces the competitor's sealed quote and
 * overwrites its supplier profile. Every step must fail with a 4xx and change nothing.
 */
describe("taking a seat in someone else's organization", () => {
  let p: Platform;
  let cluster: ClusterFixture;
  let firm: Actor;
  let victim: Actor;
  let attacker: Actor;
  let needId: string;
  let before: { seats: unknown[]; quotes: unknown[]; profile: unknown; memberships: unknown[] };

  const snapshot = async () => ({
    seats: (
      await p.db.query(`SELECT user_id, role FROM organization_members WHERE organization_id = $1 ORDER BY user_id`, [
        victim.organizationId,
      ])
    ).rows,
    quotes: (await p.db.query(`SELECT id, status, tiers, submitted_by FROM quotes WHERE procurement_id = $1 ORDER BY created_at`, [needId]))
      .rows,
    profile: (
      await p.db.query(`SELECT to_jsonb(sp) - 'updated_at' AS row FROM supplier_profiles sp WHERE organization_id = $1`, [
        victim.organizationId,
      ])
    ).rows[0]?.row,
    memberships: (
      await p.db.query(`SELECT cluster_id, user_id, role FROM memberships WHERE organization_id = $1 ORDER BY cluster_id, user_id`, [
        victim.organizationId,
      ])
    ).rows,
  });

  beforeAll(async () => {
    p = await startPlatform({ worker: false });
    cluster = await aCluster(p);
    firm = await cluster.withMember('member');
    victim = await cluster.withMember('supplier');
    // A rival supplier of the same cluster: it sees the victim's id in /clusters/:id/organizations.
    attacker = await cluster.withMember('supplier');
    const profile = await p.http
      .as(victim)
      .put(`/organizations/${victim.organizationId}/supplier-profile`, aZanjanSupplierProfile({ certifications: ['ISO 9001'] }));
    expect(profile.status).toBe(200);
    needId = await aPublishedNeed(p, cluster.id, firm);
    await p.http.as(firm).post(`/procurements/${needId}/close-joining`);
    const quote = await p.http
      .as(victim)
      .post(`/procurements/${needId}/quotes`, aQuoteBy(victim, '14', { leadTimeDays: 10, validUntil: inSeconds(86400) }));
    expect(quote.status).toBe(201);
    const listed = await p.http.as(attacker).get(`/clusters/${cluster.id}/organizations`);
    expect(listed.body.items.map((o: { id: string }) => o.id)).toContain(victim.organizationId);
    before = await snapshot();
  });
  afterAll(() => p.close());

  it("refuses an invitation naming an organization that does not take part in the inviter's own cluster", async () => {
    const own = await p.http.as(attacker).post('/clusters', {
      slug: `own-${randomBytes(4).toString('hex')}`,
      name: 'Mine',
      sector: 'carpets',
      country: 'IR',
      region: 'Zanjan',
    });
    expect(own.status).toBe(201);
    const invite = await p.http
      .as(attacker)
      .post(`/clusters/${own.body.id}/invitations`, { email: attacker.email, role: 'supplier', organizationId: victim.organizationId });
    expect(invite.status).toBe(422);
    expect(invite.body).toMatchObject({ code: 'organization.not-in-cluster', params: { organizationId: victim.organizationId } });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses the same to a pure outsider who makes a cluster for the purpose', async () => {
    const outsider = await aUser(p);
    const own = await p.http.as(outsider).post('/clusters', {
      slug: `shell-${randomBytes(4).toString('hex')}`,
      name: 'Shell',
      sector: 'carpets',
      country: 'IR',
      region: 'Zanjan',
    });
    const invite = await p.http
      .as(outsider)
      .post(`/clusters/${own.body.id}/invitations`, { email: outsider.email, role: 'admin', organizationId: victim.organizationId });
    expect(invite.status).toBe(422);
    expect(await snapshot()).toEqual(before);
  });

  it("lets not even the cluster's own admin give a seat in an organization it does not administer", async () => {
    const invite = await p.http
      .as(cluster.admin)
      .post(`/clusters/${cluster.id}/invitations`, { email: attacker.email, role: 'supplier', organizationId: victim.organizationId });
    expect(invite.status).toBe(403);
    expect(invite.body.code).toBe('invitation.not-organization-admin');
    expect(await snapshot()).toEqual(before);
  });

  it('never seats the invitee on acceptance, whether naming the victim or sending {}', async () => {
    const own = await p.http.as(attacker).post('/clusters', {
      slug: `again-${randomBytes(4).toString('hex')}`,
      name: 'Again',
      sector: 'carpets',
      country: 'IR',
      region: 'Zanjan',
    });
    const invite = await p.http.as(attacker).post(`/clusters/${own.body.id}/invitations`, { email: attacker.email, role: 'supplier' });
    expect(invite.status).toBe(201);
    const naming = await p.http.as(attacker).post(`/invitations/${invite.body.token}/accept`, { organizationId: victim.organizationId });
    expect(naming.status).toBe(403);
    expect(naming.body.code).toBe('organization.no-seat');
    expect(await snapshot()).toEqual(before);
  });

  it("refuses an invitation written before the fix that names the victim's organization, accepted with {} or with its id", async () => {
    // As the vulnerable api stored it: a cluster of the attacker's, an invitation naming the victim.
    const own = await p.http.as(attacker).post('/clusters', {
      slug: `old-${randomBytes(4).toString('hex')}`,
      name: 'Old',
      sector: 'carpets',
      country: 'IR',
      region: 'Zanjan',
    });
    const token = randomBytes(32).toString('base64url');
    await p.db.query(
      `INSERT INTO invitations (cluster_id, email, role, organization_id, token_hash, invited_by, expires_at) VALUES ($1, $2, 'supplier', $3, $4, $5, now() + interval '1 day')`,
      [own.body.id, attacker.email, victim.organizationId, createHash('sha256').update(token).digest('hex'), attacker.id],
    );
    for (const body of [{}, { organizationId: victim.organizationId }]) {
      const accepted = await p.http.as(attacker).post(`/invitations/${token}/accept`, body);
      expect(accepted.status).toBe(422);
      expect(accepted.body.code).toBe('organization.not-in-cluster');
    }
    expect(await snapshot()).toEqual(before);
  });

  it("keeps the victim's sealed quote from the attacker and refuses a replacement in its name", async () => {
    const seen = await p.http.as(attacker).get(`/procurements/${needId}/quotes`);
    expect(seen.status).toBe(200);
    expect(JSON.stringify(seen.body)).not.toContain(victim.organizationId);
    const replaced = await p.http.as(attacker).post(`/procurements/${needId}/quotes`, {
      organizationId: victim.organizationId,
      tiers: [{ minQuantity: '1', unitPrice: '999999999' }],
      leadTimeDays: 10,
      validUntil: inSeconds(86400),
    });
    expect(replaced.status).toBe(403);
    expect(replaced.body.code).toBe('organization.no-seat');
    expect(await snapshot()).toEqual(before);
  });

  it("refuses to overwrite the victim's supplier profile", async () => {
    const overwritten = await p.http.as(attacker).put(`/organizations/${victim.organizationId}/supplier-profile`, {
      categories: ['01'],
      capacityPerMonth: '1',
      unit: 'kg',
      minOrderQuantity: '1',
      leadTimeDays: 365,
      serviceRadiusKm: 1,
      lat: 0,
      lng: 0,
      certifications: [],
    });
    expect(overwritten.status).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  it("still lets an organization's own admin give a colleague a seat through an invitation", async () => {
    const colleague = await aUser(p);
    // The victim administers its own firm; as an agent of a cluster the firm takes part in, it may seat a colleague there.
    const second = await aCluster(p);
    const victimAgent = await p.http.as(second.admin).post(`/clusters/${second.id}/invitations`, { email: victim.email, role: 'agent' });
    expect(
      (await p.http.as(victim).post(`/invitations/${victimAgent.body.token}/accept`, { organizationId: victim.organizationId })).status,
    ).toBe(200);
    const seat = await p.http
      .as(victim)
      .post(`/clusters/${second.id}/invitations`, { email: colleague.email, role: 'supplier', organizationId: victim.organizationId });
    expect(seat.status).toBe(201);
    // Naming the invitation's own organization on acceptance is the same as sending {}.
    const accepted = await p.http.as(colleague).post(`/invitations/${seat.body.token}/accept`, { organizationId: victim.organizationId });
    expect(accepted.body).toEqual({ clusterId: second.id, role: 'supplier', organizationId: victim.organizationId });
    const seats = await p.db.query(`SELECT role FROM organization_members WHERE organization_id = $1 AND user_id = $2`, [
      victim.organizationId,
      colleague.id,
    ]);
    expect(seats.rows).toEqual([{ role: 'member' }]);
  });
});
