import { Actor, aCluster, ClusterFixture, eventually } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { aNeedBy, aSupplierProfile, inSeconds } from '../support/procurement';

describe("the supplier's delivery record feeds matching and the weighted evaluation", () => {
  let p: Platform;
  let cluster: ClusterFixture;
  let firm: Actor;
  /** Two suppliers alike in everything; on equal records `early` ranks first (by id). */
  let early: Actor;
  let late: Actor;

  beforeAll(async () => {
    p = await startPlatform();
    cluster = await aCluster(p);
    firm = await cluster.withMember('member');
    const suppliers = [await cluster.withMember('supplier'), await cluster.withMember('supplier')];
    [early, late] = suppliers.sort((a, b) => a.organizationId!.localeCompare(b.organizationId!));
    for (const s of suppliers) {
      await p.http
        .as(s)
        .put(`/organizations/${s.organizationId}/supplier-profile`, aSupplierProfile({ categories: ['5106'], capacityPerMonth: '20000' }));
    }
  });
  afterAll(() => p.close());

  const aNeed = async (extra: Record<string, unknown> = {}) => {
    const need = await p.http.as(firm).post(`/clusters/${cluster.id}/procurements`, aNeedBy(firm, { quantity: '200', ...extra }));
    const id = need.body.id as string;
    expect((await p.http.as(firm).post(`/procurements/${id}/publish`)).status).toBe(200);
    return id;
  };
  const quote = (s: Actor, id: string) =>
    p.http.as(s).post(`/procurements/${id}/quotes`, {
      organizationId: s.organizationId,
      tiers: [{ minQuantity: '1', unitPrice: '9.50' }],
      leadTimeDays: 7,
      validUntil: inSeconds(86400 * 30),
    });
  const matchesOf = (id: string) =>
    eventually(async () => {
      const items: Array<{ supplierOrganizationId: string; score: number; reasons: string[] }> = (
        await p.http.as(firm).get(`/procurements/${id}/matches`)
      ).body.items;
      return items.length === 2 ? items : undefined;
    });
  /** Awarded to `s` and delivered whole and on time, with or without a quality issue; the firm confirms receipt. */
  const anOrderDelivered = async (s: Actor, qualityIssue?: string) => {
    const id = await aNeed();
    await p.http.as(firm).post(`/procurements/${id}/close-joining`);
    const q = await quote(s, id);
    await p.http.as(firm).post(`/procurements/${id}/close-quoting`);
    expect((await p.http.as(firm).post(`/procurements/${id}/award`, { quoteId: q.body.id })).body.status).toBe('awarded');
    const order = (await p.http.as(firm).get(`/procurements/${id}/orders`)).body.items[0];
    await p.http.as(s).post(`/orders/${order.id}/accept`);
    expect(
      (await p.http.as(firm).post(`/orders/${order.id}/deliveries`, { quantity: '200', ...(qualityIssue ? { qualityIssue } : {}) })).status,
    ).toBe(201);
    expect((await p.http.as(firm).post(`/orders/${order.id}/confirm-receipt`)).body.record).toEqual({
      onTime: true,
      inFull: true,
      withoutIssue: !qualityIssue,
    });
  };
  const recordOf = (s: Actor) =>
    eventually(async () => {
      const { performance } = (await p.http.as(s).get(`/organizations/${s.organizationId}/supplier-profile`)).body;
      return performance.deliveriesTotal === 1 ? performance : undefined;
    });

  it('ranks below an equal rival a supplier whose on-time, full delivery came with a quality issue', async () => {
    const before = await matchesOf(await aNeed());
    expect(before.map((m) => m.supplierOrganizationId)).toEqual([early.organizationId, late.organizationId]);
    expect(before[0].score).toBe(before[1].score);

    await anOrderDelivered(early, 'Moth damage in two bales');
    await anOrderDelivered(late);
    expect(await recordOf(early)).toMatchObject({
      deliveriesOnTime: 1,
      deliveriesInFull: 1,
      deliveriesWithoutIssue: 0,
      deliveriesTotal: 1,
    });
    expect(await recordOf(late)).toMatchObject({ deliveriesOnTime: 1, deliveriesInFull: 1, deliveriesWithoutIssue: 1, deliveriesTotal: 1 });

    const after = await matchesOf(await aNeed());
    expect(after.map((m) => m.supplierOrganizationId)).toEqual([late.organizationId, early.organizationId]);
    // 15 points for the record: a third each for on time, in full and without issue, each (n + 1) / (total + 2).
    expect(after[0].score - after[1].score).toBeCloseTo((15 * 1) / 9, 1);
    expect(after[1].reasons).toContain('Of 1 past orders: 1 on time, 1 in full, 0 without issue');
  });

  it('scores the delivery-record criterion of the weighted comparison from the same record', async () => {
    await recordOf(early);
    await recordOf(late);
    const id = await aNeed({
      criteria: [
        { criterion: 'price', weight: 50 },
        { criterion: 'delivery-record', weight: 50 },
      ],
    });
    await p.http.as(firm).post(`/procurements/${id}/close-joining`);
    const [flawed, clean] = [await quote(early, id), await quote(late, id)];
    await p.http.as(firm).post(`/procurements/${id}/close-quoting`);
    const { ranking } = (await p.http.as(firm).get(`/procurements/${id}/evaluation`)).body;
    expect(
      ranking.map((r: { quoteId: string; contributions: Record<string, string> }) => [
        r.quoteId,
        r.contributions.price,
        r.contributions['delivery-record'],
      ]),
    ).toEqual([
      [clean.body.id, '50.00', '33.33'],
      [flawed.body.id, '50.00', '27.78'],
    ]);
  });
});
