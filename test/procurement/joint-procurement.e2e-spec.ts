import Decimal from 'decimal.js';
import { ocdsValidator } from '../../libs/procurement/src/ocds-schema';
import { Actor, aCluster, aUser, ClusterFixture, eventually } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { aNeedBy, aSupplierProfile, inSeconds } from '../support/procurement';

/** A deadline job fires on time on an idle machine; on a busy one the worker may take a while to get to it. */
const DEADLINE_JOB_WAIT = 60_000;

describe('joint procurement', () => {
  let p: Platform;
  let cluster: ClusterFixture;
  let firm: Actor;
  let supplier: Actor;
  let rival: Actor;

  beforeAll(async () => {
    p = await startPlatform();
    cluster = await aCluster(p);
    firm = await cluster.withMember('member');
    supplier = await cluster.withMember('supplier');
    rival = await cluster.withMember('supplier');
  });
  afterAll(() => p.close());

  const aNeed = async (overrides: Record<string, unknown> = {}) => {
    const res = await p.http
      .as(firm)
      .post(
        `/clusters/${cluster.id}/procurements`,
        aNeedBy(firm, { title: 'نخ پشمی فرش', description: 'Two-ply carpet wool yarn, natural white', maxUnitPrice: '15', ...overrides }),
      );
    if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  it(
    'runs from draft to award, its deadlines firing as jobs, with allocations that sum exactly to the total, and exports valid OCDS',
    async () => {
      // The firms exist before the clock starts: only the joining itself has to beat the join deadline.
      const second = await cluster.withMember('member');
      const third = await cluster.withMember('member');
      const need = await aNeed({ joinDeadline: inSeconds(5), quoteDeadline: inSeconds(12) });
      expect(need).toMatchObject({ status: 'draft', totalQuantity: '400' });
      expect((await p.http.as(firm).post(`/procurements/${need.id}/publish`)).body.status).toBe('open');

      expect(
        (
          await p.http
            .as(second)
            .post(`/procurements/${need.id}/participations`, { organizationId: second.organizationId, quantity: '250.5' })
        ).status,
      ).toBe(201);
      expect(
        (await p.http.as(third).post(`/procurements/${need.id}/participations`, { organizationId: third.organizationId, quantity: '100' }))
          .status,
      ).toBe(201);
      const changed = await p.http
        .as(third)
        .patch(`/procurements/${need.id}/participations/${third.organizationId}`, { quantity: '149.5' });
      expect(changed.body.totalQuantity).toBe('800');

      // The participants' people are in the procurement's own channel.
      const members = (await p.db.query(`SELECT user_id FROM channel_members WHERE channel_id = $1`, [need.channelId])).rows.map(
        (r) => r.user_id,
      );
      expect(members).toEqual(expect.arrayContaining([firm.id, second.id, third.id]));

      await eventually(async () => (await p.http.as(firm).get(`/procurements/${need.id}`)).body.status === 'quoting', {
        timeoutMs: DEADLINE_JOB_WAIT,
      });
      const quote = await p.http.as(supplier).post(`/procurements/${need.id}/quotes`, {
        organizationId: supplier.organizationId,
        tiers: [
          { minQuantity: '1', unitPrice: '14.99' },
          { minQuantity: '500', unitPrice: '13.333' },
          { minQuantity: '1000', unitPrice: '12.10' },
        ],
        leadTimeDays: 20,
        validUntil: inSeconds(86400 * 30),
      });
      expect(quote.status).toBe(201);
      expect(quote.body).toMatchObject({ unitPriceAtTotal: '13.333', totalPrice: '10666.40' });

      expect(
        (
          await p.http.as(rival).post(`/procurements/${need.id}/quotes`, {
            organizationId: rival.organizationId,
            tiers: [
              { minQuantity: '1', unitPrice: '14' },
              { minQuantity: '10', unitPrice: '15' },
            ],
            leadTimeDays: 5,
            validUntil: inSeconds(86400),
          })
        ).status,
      ).toBe(400);
      await eventually(async () => (await p.http.as(firm).get(`/procurements/${need.id}`)).body.status === 'evaluating', {
        timeoutMs: DEADLINE_JOB_WAIT,
      });
      const awarded = await p.http.as(firm).post(`/procurements/${need.id}/award`, { quoteId: quote.body.id });
      expect(awarded.status).toBe(200);
      expect(awarded.body.status).toBe('awarded');
      expect(awarded.body.awardTotal).toBe('10666.40');
      const sum = awarded.body.allocations.reduce((s: Decimal, a: { amount: string }) => s.plus(a.amount), new Decimal(0));
      expect(sum.toFixed(2)).toBe('10666.40');
      const mine = awarded.body.allocations.find((a: { organizationId: string }) => a.organizationId === firm.organizationId);
      expect(mine).toMatchObject({ quantity: '400', unitPrice: '13.333', unitPriceAlone: '14.99', saving: '662.8' });

      const ocds = await p.http.as(firm).get(`/procurements/${need.id}/ocds`);
      const result = ocdsValidator()(ocds.body);
      expect(result.errors).toEqual([]);
      expect(result.valid).toBe(true);
      expect(ocds.body.releases[0]).toMatchObject({
        ocid: `ocds-hmkr01-${need.id}`,
        tag: ['award'],
        awards: [{ value: { amount: 10666.4, currency: 'AZN' } }],
      });
    },
    3 * DEADLINE_JOB_WAIT,
  );

  it("shows, while pooling, the price the pooled quantity reaches under matched suppliers' tiers and what the next tier needs", async () => {
    const seller = await cluster.withMember('supplier', { organization: { kind: 'supplier' } });
    await p.http.as(seller).put(
      `/organizations/${seller.organizationId}/supplier-profile`,
      aSupplierProfile({
        categories: ['5106'],
        minOrderQuantity: '100',
        priceTiers: [
          { categoryCode: '5106', minQuantity: '100', unitPrice: '15', currency: 'AZN' },
          { categoryCode: '5106', minQuantity: '1000', unitPrice: '13.5', currency: 'AZN' },
        ],
      }),
    );
    const need = await aNeed({ quantity: '820' });
    await p.http.as(firm).post(`/procurements/${need.id}/publish`);
    const shown = await eventually(async () => {
      const res = await p.http.as(firm).get(`/procurements/${need.id}`);
      return res.body.tierProgress?.unitPrice ? res.body.tierProgress : undefined;
    });
    expect(shown).toEqual({
      unitPrice: '15',
      supplierOrganizationId: seller.organizationId,
      next: { minQuantity: '1000', unitPrice: '13.5', missing: '180', percentCheaper: 10 },
    });
  });

  it("builds the winning supplier's record from real procurements: quoted, won, delivered on time, in full, without issue", async () => {
    const seller = await cluster.withMember('supplier', { organization: { kind: 'supplier' } });
    await p.http.as(seller).put(`/organizations/${seller.organizationId}/supplier-profile`, aSupplierProfile());
    const need = await aNeed();
    await p.http.as(firm).post(`/procurements/${need.id}/publish`);
    await p.http.as(firm).post(`/procurements/${need.id}/close-joining`);
    const quote = await p.http.as(seller).post(`/procurements/${need.id}/quotes`, {
      organizationId: seller.organizationId,
      tiers: [{ minQuantity: '1', unitPrice: '14' }],
      leadTimeDays: 7,
      validUntil: inSeconds(86400),
    });
    await p.http.as(firm).post(`/procurements/${need.id}/close-quoting`);
    await p.http.as(firm).post(`/procurements/${need.id}/award`, { quoteId: quote.body.id });
    const [order] = (await p.http.as(firm).get(`/procurements/${need.id}/orders`)).body.items;
    await p.http.as(seller).post(`/orders/${order.id}/accept`);
    await p.http.as(firm).post(`/orders/${order.id}/deliveries`, { quantity: '400' });
    expect((await p.http.as(firm).post(`/orders/${order.id}/confirm-receipt`)).body.status).toBe('received');
    expect((await p.http.as(firm).post(`/procurements/${need.id}/complete`)).body.status).toBe('completed');
    const record = await eventually(async () => {
      const res = await p.http.as(seller).get(`/organizations/${seller.organizationId}/supplier-profile`);
      return res.body.performance.deliveriesTotal === 1 ? res.body.performance : undefined;
    });
    expect(record).toEqual({
      quotesSent: 1,
      awardsWon: 1,
      deliveriesOnTime: 1,
      deliveriesInFull: 1,
      deliveriesWithoutIssue: 1,
      deliveriesTotal: 1,
    });
  });

  it('keeps the pooled total exact when 50 firms join at the same moment', async () => {
    const need = await aNeed({ quantity: '1' });
    await p.http.as(firm).post(`/procurements/${need.id}/publish`);
    const firms = await Promise.all(Array.from({ length: 50 }, () => cluster.withMember('member')));
    const results = await Promise.all(
      firms.map((f, i) =>
        p.http.as(f).post(`/procurements/${need.id}/participations`, { organizationId: f.organizationId, quantity: `${i + 1}.5` }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(201));
    const after = await p.http.as(firm).get(`/procurements/${need.id}`);
    const expected = Array.from({ length: 50 }, (_, i) => new Decimal(i + 1.5)).reduce((s, x) => s.plus(x), new Decimal(1));
    expect(after.body.totalQuantity).toBe(expected.toFixed());
    expect(after.body.participants).toHaveLength(51);
    const { rows } = await p.db.query(`SELECT sum(quantity)::text AS s FROM participations WHERE procurement_id = $1`, [need.id]);
    expect(new Decimal(rows[0].s).toFixed()).toBe(expected.toFixed());
  }, 180_000); // 50 sign-ups hash 50 passwords: slow on a busy machine, not broken

  it(
    'moves on at its deadlines through the worker',
    async () => {
      const need = await aNeed({ joinDeadline: inSeconds(3), quoteDeadline: inSeconds(5) });
      await p.http.as(firm).post(`/procurements/${need.id}/publish`);
      await eventually(async () => (await p.http.as(firm).get(`/procurements/${need.id}`)).body.status === 'quoting', {
        timeoutMs: DEADLINE_JOB_WAIT,
      });
      await eventually(async () => (await p.http.as(firm).get(`/procurements/${need.id}`)).body.status === 'evaluating', {
        timeoutMs: DEADLINE_JOB_WAIT,
      });
    },
    3 * DEADLINE_JOB_WAIT,
  );

  it('reminds the participating firms a day before the join deadline', async () => {
    const need = await aNeed({ joinDeadline: inSeconds(3600), quoteDeadline: inSeconds(7200) });
    const joiner = await cluster.withMember('member');
    await p.http.as(firm).post(`/procurements/${need.id}/publish`);
    await p.http.as(joiner).post(`/procurements/${need.id}/participations`, { organizationId: joiner.organizationId, quantity: '5' });
    const reminder = await eventually(async () => {
      const res = await p.http.as(firm).get('/notifications');
      return res.body.items.find(
        (n: { kind: string; data: { procurementId: string } }) =>
          n.kind === 'procurement.join-deadline-tomorrow' && n.data.procurementId === need.id,
      );
    });
    expect(reminder.link).toBe(`/procurements/${need.id}`);
  });

  it('tells cluster members live when the pooled total grows', async () => {
    const need = await aNeed();
    await p.http.as(firm).post(`/procurements/${need.id}/publish`);
    const watcher = await p.socket(cluster.admin.token);
    const update = new Promise<any>((resolve) =>
      watcher.on('procurement:updated', (e) => e.procurementId === need.id && e.totalQuantity === '410' && resolve(e)),
    );
    const joiner = await cluster.withMember('member');
    await p.http.as(joiner).post(`/procurements/${need.id}/participations`, { organizationId: joiner.organizationId, quantity: '10' });
    expect(await update).toEqual({ procurementId: need.id, status: 'open', totalQuantity: '410' });
  });

  it('keeps quotes sealed: a supplier sees only its own, buyers see only a count until quoting closes, then all', async () => {
    const need = await aNeed();
    await p.http.as(firm).post(`/procurements/${need.id}/publish`);
    await p.http.as(firm).post(`/procurements/${need.id}/close-joining`);
    const offer = (who: Actor, price: string) =>
      p.http.as(who).post(`/procurements/${need.id}/quotes`, {
        organizationId: who.organizationId,
        tiers: [{ minQuantity: '1', unitPrice: price }],
        leadTimeDays: 10,
        validUntil: inSeconds(86400),
      });
    await offer(supplier, '14');
    await offer(rival, '13.5');
    const replaced = await offer(supplier, '13.9');
    expect(replaced.status).toBe(201);
    const own = await p.http.as(supplier).get(`/procurements/${need.id}/quotes`);
    expect(
      own.body.items.map((q: { supplierOrganizationId: string; unitPriceAtTotal: string }) => [
        q.supplierOrganizationId,
        q.unitPriceAtTotal,
      ]),
    ).toEqual([[supplier.organizationId, '13.9']]);
    expect((await p.http.as(firm).get(`/procurements/${need.id}/quotes`)).body).toMatchObject({ sealed: true, count: 2, items: [] });
    await p.http.as(firm).post(`/procurements/${need.id}/close-quoting`);
    expect((await p.http.as(supplier).get(`/procurements/${need.id}/quotes`)).body.items).toHaveLength(1);
    const all = await p.http.as(firm).get(`/procurements/${need.id}/quotes`);
    expect(all.body.items.map((q: { unitPriceAtTotal: string }) => q.unitPriceAtTotal)).toEqual(['13.5', '13.9']);
  });

  it('enforces roles and hides procurements from outsiders', async () => {
    const need = await aNeed();
    const observer = await cluster.withMember('observer');
    const outsider = await aUser(p);
    expect((await p.http.as(outsider).get(`/procurements/${need.id}`)).status).toBe(404);
    expect((await p.http.as(outsider).get(`/clusters/${cluster.id}/procurements`)).status).toBe(404);
    expect((await p.http.as(observer).get(`/procurements/${need.id}`)).status).toBe(200);
    expect((await p.http.as(observer).post(`/clusters/${cluster.id}/procurements`, { organizationId: firm.organizationId })).status).toBe(
      400,
    );
    const member = await cluster.withMember('member');
    expect((await p.http.as(member).post(`/procurements/${need.id}/publish`)).status).toBe(403);
    expect((await p.http.as(cluster.admin).post(`/procurements/${need.id}/publish`)).status).toBe(200);
    expect(
      (await p.http.as(member).post(`/procurements/${need.id}/participations`, { organizationId: firm.organizationId, quantity: '5' }))
        .status,
    ).toBe(403);
    await p.http.as(firm).post(`/procurements/${need.id}/close-joining`);
    expect(
      (
        await p.http.as(firm).post(`/procurements/${need.id}/quotes`, {
          organizationId: firm.organizationId,
          tiers: [{ minQuantity: '1', unitPrice: '1' }],
          leadTimeDays: 1,
          validUntil: inSeconds(3600),
        })
      ).status,
    ).toBe(403);
  });

  it('refuses bad input with a 4xx and changes nothing', async () => {
    const bad = async (overrides: Record<string, unknown>) =>
      (
        await p.http
          .as(firm)
          .post(`/clusters/${cluster.id}/procurements`, { organizationId: firm.organizationId, title: 'x', ...overrides })
      ).status;
    const before = (await p.db.query(`SELECT count(*)::int AS n FROM procurements WHERE cluster_id = $1`, [cluster.id])).rows[0].n;
    const valid = {
      title: 'Dyes',
      description: 'd',
      categoryCode: '3204',
      unit: 'kg',
      quantity: '10',
      currency: 'IRR',
      joinDeadline: inSeconds(60),
      quoteDeadline: inSeconds(120),
      deliveryCity: 'Zanjan',
      deliveryLat: 36,
      deliveryLng: 48,
    };
    expect(await bad({ ...valid, quantity: '-5' })).toBe(400);
    expect(await bad({ ...valid, quantity: 12.5 })).toBe(400);
    expect(await bad({ ...valid, quantity: '0' })).toBe(400);
    expect(await bad({ ...valid, categoryCode: 'wool' })).toBe(400);
    expect(await bad({ ...valid, deliveryLat: 123 })).toBe(400);
    expect(await bad({ ...valid, joinDeadline: inSeconds(-60) })).toBe(422);
    expect(await bad({ ...valid, quoteDeadline: inSeconds(30) })).toBe(422);
    expect(await bad({ ...valid, joinDeadline: 'tomorrow' })).toBe(400);
    expect((await p.db.query(`SELECT count(*)::int AS n FROM procurements WHERE cluster_id = $1`, [cluster.id])).rows[0].n).toBe(before);

    const need = await aNeed();
    expect((await p.http.as(firm).post(`/procurements/${need.id}/award`, { quoteId: need.id })).status).toBe(409);
    expect((await p.http.as(firm).post(`/procurements/${need.id}/close-joining`)).status).toBe(409);
    await p.http.as(firm).post(`/procurements/${need.id}/cancel`);
    expect((await p.http.as(firm).post(`/procurements/${need.id}/publish`)).status).toBe(409);
  });
});
