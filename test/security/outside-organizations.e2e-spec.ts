import { Actor, aCluster, anOrganization, ClusterFixture } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { aNeedBy, aZanjanSupplierProfile, inSeconds } from '../support/procurement';

const day = (d: number) => new Date(Date.now() + d * 86400_000).toISOString().slice(0, 10);

/** Issue 13, item 7: only organizations that take part in a cluster act in it. */
describe('organizations from outside the cluster', () => {
  let p: Platform;
  let cluster: ClusterFixture;
  let firm: Actor;
  let member: Actor;
  let supplier: Actor;
  let agent: Actor;
  let phantomFirm: string;
  let shellSupplier: string;

  const aNeed = async (organizationId = firm.organizationId) =>
    p.http.as(firm).post(`/clusters/${cluster.id}/procurements`, aNeedBy(firm, { organizationId }));

  beforeAll(async () => {
    p = await startPlatform({ worker: false });
    cluster = await aCluster(p);
    firm = await cluster.withMember('member');
    member = await cluster.withMember('member');
    supplier = await cluster.withMember('supplier');
    agent = await cluster.withMember('agent', { organization: false });
    // Each is made by a member of the cluster, who administers it, but it never joined the cluster.
    phantomFirm = await anOrganization(p, member, { name: 'Phantom Trading' });
    shellSupplier = await anOrganization(p, supplier, { name: 'Shell Supplies', kind: 'supplier' });
  });
  afterAll(() => p.close());

  it('does not let a phantom firm join a pooled purchase, and the pooled total stays as it was', async () => {
    const need = (await aNeed()).body;
    await p.http.as(firm).post(`/procurements/${need.id}/publish`);
    const joined = await p.http
      .as(member)
      .post(`/procurements/${need.id}/participations`, { organizationId: phantomFirm, quantity: '99999' });
    expect(joined.status).toBe(422);
    expect(joined.body).toMatchObject({ code: 'organization.not-in-cluster', params: { organizationId: phantomFirm } });
    const after = await p.http.as(firm).get(`/procurements/${need.id}`);
    expect(after.body.totalQuantity).toBe('400');
    expect(after.body.participants.map((x: { organizationId: string }) => x.organizationId)).toEqual([firm.organizationId]);
  });

  it('does not let a shell supplier quote', async () => {
    const need = (await aNeed()).body;
    await p.http.as(firm).post(`/procurements/${need.id}/publish`);
    await p.http.as(firm).post(`/procurements/${need.id}/close-joining`);
    const quoted = await p.http.as(supplier).post(`/procurements/${need.id}/quotes`, {
      organizationId: shellSupplier,
      tiers: [{ minQuantity: '1', unitPrice: '9' }],
      leadTimeDays: 5,
      validUntil: inSeconds(86400),
    });
    expect(quoted.status).toBe(422);
    expect(quoted.body.code).toBe('organization.not-in-cluster');
    expect((await p.db.query(`SELECT count(*)::int AS n FROM quotes WHERE procurement_id = $1`, [need.id])).rows[0].n).toBe(0);
  });

  it('does not let a member post a need in the name of an organization outside the cluster', async () => {
    const posted = await p.http
      .as(member)
      .post(
        `/clusters/${cluster.id}/procurements`,
        aNeedBy(member, { organizationId: phantomFirm, title: 'Dyes', description: 'x', categoryCode: '3204', quantity: '10' }),
      );
    expect(posted.status).toBe(422);
    expect(posted.body.code).toBe('organization.not-in-cluster');
    expect((await p.db.query(`SELECT count(*)::int AS n FROM procurements WHERE organization_id = $1`, [phantomFirm])).rows[0].n).toBe(0);
  });

  it('does not add an organization outside the cluster to a joint project', async () => {
    const project = (
      await p.http.as(agent).post(`/clusters/${cluster.id}/projects`, {
        title: 'Trade fair',
        description: '',
        kind: 'trade_fair',
        startDate: day(0),
        endDate: day(30),
      })
    ).body;
    const added = await p.http.as(agent).post(`/projects/${project.id}/members`, { organizationId: phantomFirm });
    expect(added.status).toBe(422);
    expect(added.body.code).toBe('organization.not-in-cluster');
  });

  it("keeps a shell supplier's profile out of the cluster's directory", async () => {
    const profile = aZanjanSupplierProfile();
    expect((await p.http.as(supplier).put(`/organizations/${shellSupplier}/supplier-profile`, profile)).status).toBe(200);
    expect((await p.http.as(supplier).put(`/organizations/${supplier.organizationId}/supplier-profile`, profile)).status).toBe(200);
    const listed = await p.http.as(firm).get(`/clusters/${cluster.id}/suppliers?category=5106`);
    const ids = listed.body.items.map((s: { organizationId: string }) => s.organizationId);
    expect(ids).toContain(supplier.organizationId);
    expect(ids).not.toContain(shellSupplier);
  });

  it("still lets the cluster's own firms join and its own suppliers quote", async () => {
    const need = (await aNeed()).body;
    await p.http.as(firm).post(`/procurements/${need.id}/publish`);
    expect(
      (await p.http.as(member).post(`/procurements/${need.id}/participations`, { organizationId: member.organizationId, quantity: '100' }))
        .status,
    ).toBe(201);
    await p.http.as(firm).post(`/procurements/${need.id}/close-joining`);
    expect(
      (
        await p.http.as(supplier).post(`/procurements/${need.id}/quotes`, {
          organizationId: supplier.organizationId,
          tiers: [{ minQuantity: '1', unitPrice: '9' }],
          leadTimeDays: 5,
          validUntil: inSeconds(86400),
        })
      ).status,
    ).toBe(201);
  });
});
