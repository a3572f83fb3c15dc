import { ocdsValidator } from '../../libs/procurement/src/ocds-schema';
import { Actor, aCluster, ClusterFixture, eventually } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { aPublishedNeed, aQuoteBy, aSupplierProfile, inSeconds, join } from '../support/procurement';

describe('orders, deliveries and payment after the award', () => {
  let p: Platform;
  let cluster: ClusterFixture;
  let firm: Actor;
  let partner: Actor;
  let seller: Actor;
  let rival: Actor;

  beforeAll(async () => {
    p = await startPlatform();
    cluster = await aCluster(p);
    firm = await cluster.withMember('member');
    partner = await cluster.withMember('member');
    seller = await cluster.withMember('supplier', { organization: { kind: 'supplier' } });
    rival = await cluster.withMember('supplier', { organization: { kind: 'supplier' } });
    await p.http.as(seller).put(`/organizations/${seller.organizationId}/supplier-profile`, aSupplierProfile());
  });
  afterAll(() => p.close());

  /** Firm 400 kg + partner 100 kg, awarded to the seller at 12.345 AZN/kg. */
  const anAwardedNeed = async () => {
    const id = await aPublishedNeed(p, cluster.id, firm);
    await join(p, id, partner, '100');
    await p.http.as(firm).post(`/procurements/${id}/close-joining`);
    expect((await p.http.as(firm).patch(`/procurements/${id}`, { description: 'Two-ply, moth-proofed' })).status).toBe(200);
    const quote = await p.http.as(seller).post(`/procurements/${id}/quotes`, aQuoteBy(seller, '12.345'));
    await p.http.as(firm).post(`/procurements/${id}/close-quoting`);
    const awarded = await p.http.as(firm).post(`/procurements/${id}/award`, { quoteId: quote.body.id });
    expect(awarded.body.status).toBe('awarded');
    return { id, awardedAt: awarded.body.awardedAt as string };
  };
  const ordersAs = async (who: Actor, id: string) =>
    (await p.http.as(who).get(`/procurements/${id}/orders`)).body.items as Array<Record<string, any>>;
  const refusal = async (res: Promise<{ status: number; body: any }>) => {
    const r = await res;
    return [r.status, r.body.code];
  };

  it("gives each firm its own order that the supplier accepts; deliveries, receipt and payment move the order and the supplier's record", async () => {
    const { id, awardedAt } = await anAwardedNeed();
    const all = await ordersAs(firm, id);
    expect(all.map((o) => [o.organizationId, o.quantity, o.unitPrice, o.amount, o.status, o.paymentStatus])).toEqual(
      [
        [firm.organizationId, '400', '12.345', '4938.00', 'placed', 'unpaid'],
        [partner.organizationId, '100', '12.345', '1234.50', 'placed', 'unpaid'],
      ].sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)),
    );
    const mine = all.find((o) => o.organizationId === firm.organizationId)!;
    const theirs = all.find((o) => o.organizationId === partner.organizationId)!;
    expect(mine).toMatchObject({
      supplierOrganizationId: seller.organizationId,
      currency: 'AZN',
      deliveryCity: 'Zanjan',
      deliveryLat: 36.67,
      deliveryLng: 48.48,
      amountDue: '4938.00',
      deliveredQuantity: '0',
      record: null,
    });
    expect(new Date(mine.dueAt).getTime()).toBe(new Date(awardedAt).getTime() + 7 * 86_400_000);
    // A firm sees its own order; the supplier both; another supplier none.
    expect((await ordersAs(partner, id)).map((o) => o.id)).toEqual([theirs.id]);
    expect(await ordersAs(seller, id)).toHaveLength(2);
    expect(await ordersAs(rival, id)).toEqual([]);
    expect((await p.http.as(rival).get(`/orders/${mine.id}`)).body.code).toBe('order.parties-only');

    expect(await refusal(p.http.as(firm).post(`/orders/${mine.id}/deliveries`, { quantity: '10' }))).toEqual([409, 'order.wrong-state']);
    expect(await refusal(p.http.as(firm).post(`/orders/${mine.id}/accept`))).toEqual([403, 'order.supplier-only']);
    for (const o of [mine, theirs]) expect((await p.http.as(seller).post(`/orders/${o.id}/accept`)).body.status).toBe('accepted');
    expect(await refusal(p.http.as(seller).post(`/orders/${mine.id}/deliveries`, { quantity: '10' }))).toEqual([403, 'order.buyer-only']);
    expect(await refusal(p.http.as(partner).post(`/orders/${mine.id}/deliveries`, { quantity: '10' }))).toEqual([403, 'order.buyer-only']);

    // The firm's order arrives in two parts, the second with a quality issue.
    expect((await p.http.as(firm).post(`/orders/${mine.id}/deliveries`, { quantity: '150' })).status).toBe(201);
    const whole = await p.http.as(firm).post(`/orders/${mine.id}/deliveries`, { quantity: '250', qualityIssue: 'Two bales arrived damp' });
    expect(whole.body).toMatchObject({ deliveredQuantity: '400', status: 'accepted' });
    expect(whole.body.deliveries.map((d: { quantity: string; qualityIssue: string | null }) => [d.quantity, d.qualityIssue])).toEqual([
      ['150', null],
      ['250', 'Two bales arrived damp'],
    ]);

    // Payment: partial, then the rest; never more than due, never finer than the currency.
    const part = await p.http.as(firm).post(`/orders/${mine.id}/payments`, { amount: '1000' });
    expect(part.body).toMatchObject({ amountPaid: '1000.00', amountDue: '3938.00', paymentStatus: 'partly-paid' });
    const confirmed = await p.http.as(firm).post(`/orders/${mine.id}/confirm-receipt`);
    expect(confirmed.body).toMatchObject({ status: 'received', record: { onTime: true, inFull: true, withoutIssue: false } });
    const rest = await p.http.as(firm).post(`/orders/${mine.id}/payments`, { amount: '3938.00' });
    expect(rest.body).toMatchObject({ amountPaid: '4938.00', amountDue: '0.00', paymentStatus: 'paid' });

    // The partner's order arrives short, without issue.
    await p.http
      .as(partner)
      .post(`/orders/${theirs.id}/deliveries`, { quantity: '60', deliveredOn: new Date(Date.now() - 3_600_000).toISOString() });
    expect((await p.http.as(partner).post(`/orders/${theirs.id}/confirm-receipt`)).body).toMatchObject({
      status: 'received',
      deliveredQuantity: '60',
      record: { onTime: true, inFull: false, withoutIssue: true },
      paymentStatus: 'unpaid',
      amountDue: '1234.50',
    });

    const record = await eventually(async () => {
      const res = await p.http.as(seller).get(`/organizations/${seller.organizationId}/supplier-profile`);
      return res.body.performance.deliveriesTotal === 2 ? res.body.performance : undefined;
    });
    expect(record).toEqual({
      quotesSent: 1,
      awardsWon: 1,
      deliveriesOnTime: 2,
      deliveriesInFull: 1,
      deliveriesWithoutIssue: 1,
      deliveriesTotal: 2,
    });
    // The organiser sees both orders as they now stand.
    expect((await ordersAs(firm, id)).map((o) => [o.status, o.paymentStatus])).toEqual(
      expect.arrayContaining([
        ['received', 'paid'],
        ['received', 'unpaid'],
      ]),
    );

    // The OCDS export carries the amendment, a contract per order, its deliveries and its payments, valid against 1.1.5.
    const ocds = await p.http.as(firm).get(`/procurements/${id}/ocds`);
    const result = ocdsValidator()(ocds.body);
    expect(result.errors).toEqual([]);
    const release = ocds.body.releases[0];
    expect(release.tender.amendments).toEqual([
      { id: '1', date: expect.any(String), description: 'description: Two-ply → Two-ply, moth-proofed' },
    ]);
    const contract = release.contracts.find((c: { id: string }) => c.id === mine.id);
    expect(contract).toMatchObject({ awardID: release.awards[0].id, status: 'terminated', value: { amount: 4938, currency: 'AZN' } });
    expect(
      contract.implementation.milestones.map((m: { title: string; type: string; status: string }) => [m.title, m.type, m.status]),
    ).toEqual([
      ['150 kg', 'delivery', 'met'],
      ['250 kg', 'delivery', 'met'],
    ]);
    expect(
      contract.implementation.transactions.map((t: { value: { amount: number }; payer: { id: string }; payee: { id: string } }) => [
        t.value.amount,
        t.payer.id,
        t.payee.id,
      ]),
    ).toEqual([
      [1000, firm.organizationId, seller.organizationId],
      [3938, firm.organizationId, seller.organizationId],
    ]);
    expect(release.contracts).toHaveLength(2);
  });

  it('refuses bad deliveries and payments with a 4xx and a code, changing nothing', async () => {
    const { id } = await anAwardedNeed();
    const order = (await ordersAs(partner, id))[0];
    const state = async () =>
      (
        await p.db.query(
          `SELECT o.status, o.amount_paid::text AS paid, (SELECT count(*)::int FROM order_deliveries WHERE order_id = o.id) AS deliveries, (SELECT count(*)::int FROM order_payments WHERE order_id = o.id) AS payments FROM procurement_orders o WHERE o.id = $1`,
          [order.id],
        )
      ).rows[0];
    await p.http.as(seller).post(`/orders/${order.id}/accept`);
    expect(await refusal(p.http.as(partner).post(`/orders/${order.id}/confirm-receipt`))).toEqual([422, 'order.nothing-delivered']);
    await p.http.as(partner).post(`/orders/${order.id}/deliveries`, { quantity: '40' });
    const before = await state();

    expect(await refusal(p.http.as(partner).post(`/orders/${order.id}/deliveries`, { quantity: '60.001' }))).toEqual([
      422,
      'delivery.more-than-ordered',
    ]);
    expect(
      await refusal(p.http.as(partner).post(`/orders/${order.id}/deliveries`, { quantity: '10', deliveredOn: inSeconds(86400) })),
    ).toEqual([422, 'delivery.in-future']);
    for (const body of [
      { quantity: '0' },
      { quantity: '-5' },
      { quantity: 5 },
      {},
      { quantity: '5', deliveredOn: 'yesterday' },
      { quantity: '5', qualityIssue: null },
      { quantity: '5', extra: true },
    ]) {
      expect((await p.http.as(partner).post(`/orders/${order.id}/deliveries`, body)).status).toBe(400);
    }
    expect(await refusal(p.http.as(partner).post(`/orders/${order.id}/payments`, { amount: '1234.51' }))).toEqual([
      422,
      'payment.more-than-due',
    ]);
    expect(await refusal(p.http.as(partner).post(`/orders/${order.id}/payments`, { amount: '0.001' }))).toEqual([
      422,
      'payment.finer-than-currency',
    ]);
    for (const body of [{ amount: '0' }, { amount: 10 }, {}])
      expect((await p.http.as(partner).post(`/orders/${order.id}/payments`, body)).status).toBe(400);
    expect((await p.http.as(partner).post(`/orders/${id}/payments`, { amount: '1' })).status).toBe(404);
    expect(await state()).toEqual(before);

    // Persian digits are read as ASCII; a received order takes no more deliveries.
    expect((await p.http.as(partner).post(`/orders/${order.id}/payments`, { amount: '۱۰۰٫۵' })).body.amountPaid).toBe('100.50');
    await p.http.as(partner).post(`/orders/${order.id}/confirm-receipt`);
    expect(await refusal(p.http.as(partner).post(`/orders/${order.id}/deliveries`, { quantity: '1' }))).toEqual([409, 'order.wrong-state']);
    expect(await refusal(p.http.as(partner).post(`/orders/${order.id}/confirm-receipt`))).toEqual([409, 'order.wrong-state']);
  });
});
