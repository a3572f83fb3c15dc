import Decimal from 'decimal.js';
import { ocdsValidator } from '../../libs/procurement/src/ocds-schema';
import { Actor, aCluster, ClusterFixture, eventually } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { aNeedBy, aNeedInLotsBy, inSeconds } from '../support/procurement';

/** A deadline job fires on time on an idle machine; on a busy one the worker may take a while to get to it. */
const DEADLINE_JOB_WAIT = 60_000;
const sum = (xs: string[]) => xs.reduce((s, x) => s.plus(x), new Decimal(0));

interface Allocation {
  organizationId: string;
  quantity: string;
  unitPrice: string;
  amount: string;
  saving: string | null;
}
interface Award {
  supplierOrganizationId: string;
  quoteId: string;
  quantity: string;
  unitPrice: string;
  total: string;
  allocations: Allocation[];
}
interface Lot {
  id: string;
  number: number;
  title: string;
  totalQuantity: string;
  participants: Array<{ organizationId: string; quantity: string }>;
  awards: Award[];
}

describe('lots and split awards', () => {
  let p: Platform;
  let cluster: ClusterFixture;
  let weaver: Actor;
  let partner: Actor;
  let neighbour: Actor;
  let spinner: Actor;
  let dyer: Actor;

  beforeAll(async () => {
    p = await startPlatform();
    cluster = await aCluster(p);
    weaver = await cluster.withMember('member');
    partner = await cluster.withMember('member');
    neighbour = await cluster.withMember('member');
    spinner = await cluster.withMember('supplier', { organization: { kind: 'supplier' } });
    dyer = await cluster.withMember('supplier', { organization: { kind: 'supplier' } });
  });
  afterAll(() => p.close());

  const yarnInTwoColours = (deadlines: { joinDeadline: string; quoteDeadline: string }, lots?: unknown) =>
    p.http.as(weaver).post(
      `/clusters/${cluster.id}/procurements`,
      aNeedInLotsBy(
        weaver,
        lots ?? [
          { title: 'Madder red', categoryCode: '510610', unit: 'kg', quantity: '300' },
          { title: 'Indigo blue', categoryCode: '510620', unit: 'kg', quantity: '500' },
        ],
        { title: 'Carpet wool yarn in two colours', description: 'Two-ply, dyed', ...deadlines },
      ),
    );
  const refusal = async (res: Promise<{ status: number; body: any; headers: Headers }>) => {
    const r = await res;
    return [r.status, r.body.code, r.headers.get('content-type')?.split(';')[0]];
  };
  const problem = (status: number, code: string) => [status, code, 'application/problem+json'];
  const lotState = async (id: string) =>
    (
      await p.db.query(
        `SELECT (SELECT status FROM procurements WHERE id = $1) AS status,
              (SELECT json_agg(json_build_object('n', number, 'q', total_quantity::text, 'at', awarded_at) ORDER BY number) FROM procurement_lots WHERE procurement_id = $1) AS lots,
              (SELECT count(*)::int FROM lot_participations WHERE procurement_id = $1) AS shares,
              (SELECT count(*)::int FROM lot_awards WHERE procurement_id = $1) AS awards,
              (SELECT count(*)::int FROM lot_allocations WHERE procurement_id = $1) AS allocations,
              (SELECT count(*)::int FROM procurement_orders WHERE procurement_id = $1) AS orders,
              (SELECT count(*)::int FROM quotes WHERE procurement_id = $1) AS quotes`,
        [id],
      )
    ).rows[0];

  it(
    'pools a two-lot need per lot, awards lot 1 to one supplier and splits lot 2 between two by quantity, with exact allocations, orders per firm and supplier, and a valid OCDS release',
    async () => {
      const posted = await yarnInTwoColours({ joinDeadline: inSeconds(20), quoteDeadline: inSeconds(40) });
      expect(posted.status).toBe(201);
      const id = posted.body.id as string;
      const [red, blue] = posted.body.lots as Lot[];
      expect(posted.body).toMatchObject({
        categoryCode: '510610',
        unit: 'kg',
        totalQuantity: '800',
        participants: [{ organizationId: weaver.organizationId, quantity: '800' }],
      });
      expect(posted.body.lots.map((l: Lot) => [l.number, l.title, l.totalQuantity])).toEqual([
        [1, 'Madder red', '300'],
        [2, 'Indigo blue', '500'],
      ]);
      await p.http.as(weaver).post(`/procurements/${id}/publish`);

      // Firms join per lot: the partner both, the neighbour the blue one only (in Persian digits).
      const joined = await p.http.as(partner).post(`/procurements/${id}/participations`, {
        organizationId: partner.organizationId,
        lots: [
          { lotId: red.id, quantity: '200' },
          { lotId: blue.id, quantity: '333.5' },
        ],
      });
      expect(joined.status).toBe(201);
      await p.http.as(neighbour).post(`/procurements/${id}/participations`, {
        organizationId: neighbour.organizationId,
        lots: [{ lotId: blue.id, quantity: '۱۰۰' }],
      });
      const changed = await p.http
        .as(neighbour)
        .patch(`/procurements/${id}/participations/${neighbour.organizationId}`, { lots: [{ lotId: blue.id, quantity: '166.5' }] });
      expect(changed.status).toBe(200);
      expect(changed.body.totalQuantity).toBe('1500');
      expect(changed.body.lots.map((l: Lot) => [l.totalQuantity, l.participants.length])).toEqual([
        ['500', 2],
        ['1000', 3],
      ]);
      expect(changed.body.participants.find((x: { organizationId: string }) => x.organizationId === partner.organizationId).quantity).toBe(
        '533.5',
      );

      // The join deadline closes joining through the worker.
      await eventually(async () => (await p.http.as(weaver).get(`/procurements/${id}`)).body.status === 'quoting', {
        timeoutMs: DEADLINE_JOB_WAIT,
      });

      // Quotes per lot: the spinner both lots (at most 600 kg of blue), the dyer only blue (at most 400 kg).
      const spun = await p.http.as(spinner).post(`/procurements/${id}/quotes`, {
        organizationId: spinner.organizationId,
        leadTimeDays: 10,
        validUntil: inSeconds(86400 * 30),
        lots: [
          {
            lotId: red.id,
            tiers: [
              { minQuantity: '1', unitPrice: '12.5' },
              { minQuantity: '400', unitPrice: '12.345' },
            ],
          },
          { lotId: blue.id, tiers: [{ minQuantity: '1', unitPrice: '11.1' }], maxQuantity: '600' },
        ],
      });
      expect(spun.status).toBe(201);
      expect(
        spun.body.lots.map((l: { lotId: string; quantity: string; unitPriceAtTotal: string; totalPrice: string }) => [
          l.lotId,
          l.quantity,
          l.unitPriceAtTotal,
          l.totalPrice,
        ]),
      ).toEqual([
        [red.id, '500', '12.345', '6172.50'],
        [blue.id, '600', '11.1', '6660.00'],
      ]);
      const dyed = await p.http.as(dyer).post(`/procurements/${id}/quotes`, {
        organizationId: dyer.organizationId,
        leadTimeDays: 5,
        validUntil: inSeconds(86400 * 30),
        lots: [{ lotId: blue.id, tiers: [{ minQuantity: '1', unitPrice: '10.95' }], maxQuantity: '400' }],
      });
      expect(dyed.status).toBe(201);
      // Sealed per lot as for the whole need: a buyer sees how many, never a price.
      const sealed = await p.http.as(partner).get(`/procurements/${id}/quotes`);
      expect(sealed.body).toMatchObject({ sealed: true, count: 2, items: [] });
      for (const leak of ['12.345', '10.95', '6172.50'])
        expect(JSON.stringify((await p.http.as(partner).get(`/procurements/${id}`)).body)).not.toContain(leak);

      // A material amendment sends both lot quotes back for confirmation; their suppliers stand by them.
      await p.http.as(weaver).patch(`/procurements/${id}`, { description: 'Two-ply, dyed, moth-proofed' });
      const waiting = await p.http.as(dyer).get(`/procurements/${id}/quotes`);
      expect(waiting.body.items.map((q: { status: string }) => q.status)).toEqual(['needs-confirmation']);
      for (const [who, quote] of [
        [spinner, spun],
        [dyer, dyed],
      ] as const)
        expect((await p.http.as(who).post(`/quotes/${quote.body.id}/confirm`)).body.status).toBe('live');

      // The quote deadline opens the quotes through the worker.
      await eventually(async () => (await p.http.as(weaver).get(`/procurements/${id}`)).body.status === 'evaluating', {
        timeoutMs: DEADLINE_JOB_WAIT,
      });
      const evaluation = (await p.http.as(partner).get(`/procurements/${id}/evaluation`)).body;
      expect(
        evaluation.lots.map((l: { lotId: string; ranking: Array<{ quoteId: string }> }) => [l.lotId, l.ranking.map((r) => r.quoteId)]),
      ).toEqual([
        [red.id, [spun.body.id]],
        [blue.id, [dyed.body.id, spun.body.id]],
      ]);

      // Bad awards are refused with a problem and a code, and change nothing.
      const before = await lotState(id);
      const award = (lotId: string, body: unknown) => p.http.as(weaver).post(`/procurements/${id}/lots/${lotId}/award`, body);
      const split = (spinnerKg: string, dyerKg: string) => ({
        awards: [
          { quoteId: spun.body.id, quantity: spinnerKg },
          { quoteId: dyed.body.id, quantity: dyerKg },
        ],
      });
      expect(await refusal(award(blue.id, split('550', '400')))).toEqual(problem(422, 'lot.split-not-adding-up'));
      expect(await refusal(award(blue.id, split('700', '300')))).toEqual(problem(422, 'lot.over-supplier-maximum'));
      expect(await refusal(award(blue.id, { awards: [{ quoteId: spun.body.id }] }))).toEqual(problem(422, 'lot.over-supplier-maximum'));
      expect(await refusal(award(blue.id, { awards: [{ quoteId: spun.body.id, quantity: '600' }, { quoteId: dyed.body.id }] }))).toEqual(
        problem(422, 'lot.quantity-required'),
      );
      expect(
        await refusal(
          award(blue.id, {
            awards: [
              { quoteId: dyed.body.id, quantity: '500' },
              { quoteId: dyed.body.id, quantity: '500' },
            ],
          }),
        ),
      ).toEqual(problem(422, 'award.quote-twice'));
      expect(await refusal(award(red.id, { awards: [{ quoteId: dyed.body.id }] }))).toEqual(problem(422, 'lot.not-quoted'));
      expect(await refusal(award('00000000-0000-4000-8000-000000000000', { awards: [{ quoteId: spun.body.id }] }))).toEqual(
        problem(404, 'resource.not-found'),
      );
      expect(await refusal(award(blue.id, split('0', '1000')))).toEqual(problem(400, 'input.invalid'));
      expect(await refusal(award(blue.id, split('-600', '400')))).toEqual(problem(400, 'input.invalid'));
      expect(await refusal(award(blue.id, { awards: [] }))).toEqual(problem(400, 'input.invalid'));
      expect(await refusal(p.http.as(weaver).post(`/procurements/${id}/award`, { quoteId: spun.body.id }))).toEqual(
        problem(422, 'lot.per-lot-required'),
      );
      expect(
        await refusal(p.http.as(partner).post(`/procurements/${id}/lots/${red.id}/award`, { awards: [{ quoteId: spun.body.id }] })),
      ).toEqual(problem(403, 'procurement.organiser-only'));
      expect(await lotState(id)).toEqual(before);

      // Lot 1 goes whole to the spinner; the need waits for its other lot.
      const first = await award(red.id, { awards: [{ quoteId: spun.body.id }] });
      expect(first.status).toBe(200);
      expect(first.body.status).toBe('evaluating');
      expect(await refusal(award(red.id, { awards: [{ quoteId: spun.body.id }] }))).toEqual(problem(409, 'lot.already-awarded'));
      const redAward = (first.body.lots as Lot[])[0].awards;
      expect(redAward.map((a) => [a.supplierOrganizationId, a.quantity, a.unitPrice, a.total])).toEqual([
        [spinner.organizationId, '500', '12.345', '6172.50'],
      ]);

      // Lot 2 is split: 600 kg from the spinner (its most), 400 kg from the dyer.
      const done = await award(blue.id, split('600', '400'));
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({ status: 'awarded', awardTotal: '17212.50' });
      const lots = done.body.lots as Lot[];
      expect(lots[1].awards.map((a) => [a.supplierOrganizationId, a.quantity, a.unitPrice, a.total])).toEqual([
        [spinner.organizationId, '600', '11.1', '6660.00'],
        [dyer.organizationId, '400', '10.95', '4380.00'],
      ]);
      for (const lot of lots) {
        for (const a of lot.awards) {
          // Each supplier's amounts add up exactly to its total, each within one minor unit of the exact share.
          expect(sum(a.allocations.map((x) => x.amount)).toFixed(2)).toBe(a.total);
          expect(sum(a.allocations.map((x) => x.quantity)).toFixed()).toBe(a.quantity);
          for (const x of a.allocations) expect(new Decimal(x.quantity).times(x.unitPrice).minus(x.amount).abs().lte('0.01')).toBe(true);
        }
        // And each firm receives exactly what it pooled in the lot.
        for (const share of lot.participants)
          expect(
            sum(
              lot.awards.flatMap((a) => a.allocations.filter((x) => x.organizationId === share.organizationId).map((x) => x.quantity)),
            ).toFixed(),
          ).toBe(share.quantity);
      }
      expect(lots[1].awards[0].allocations.map((x) => [x.organizationId, x.quantity])).toEqual(
        (
          [
            [weaver.organizationId, '300'],
            [partner.organizationId, '200.1'],
            [neighbour.organizationId, '99.9'],
          ] as Array<[string, string]>
        ).sort((a, b) => (a[0] < b[0] ? -1 : 1)),
      );

      // One order per firm and supplier, with a line per lot.
      const orders = (await p.http.as(weaver).get(`/procurements/${id}/orders`)).body.items as Array<{
        id: string;
        organizationId: string;
        supplierOrganizationId: string;
        quantity: string;
        amount: string;
        lines: Array<{ lotId: string; title: string; quantity: string; unitPrice: string; amount: string }>;
      }>;
      expect(orders).toHaveLength(6);
      const orderOf = (firm: Actor, supplier: Actor) =>
        orders.find((o) => o.organizationId === firm.organizationId && o.supplierOrganizationId === supplier.organizationId);
      const partnersSpinner = orderOf(partner, spinner)!;
      expect(partnersSpinner.lines.map((l) => [l.title, l.quantity, l.unitPrice])).toEqual([
        ['Madder red', '200', '12.345'],
        ['Indigo blue', '200.1', '11.1'],
      ]);
      for (const o of orders) {
        expect(sum(o.lines.map((l) => l.amount)).toFixed(2)).toBe(o.amount);
        expect(sum(o.lines.map((l) => l.quantity)).toFixed()).toBe(o.quantity);
      }
      expect(sum(orders.map((o) => o.amount)).toFixed(2)).toBe('17212.50');
      // Each supplier sees only its own orders; a firm only its own.
      expect(
        (await p.http.as(dyer).get(`/procurements/${id}/orders`)).body.items.map(
          (o: { supplierOrganizationId: string }) => o.supplierOrganizationId,
        ),
      ).toEqual([dyer.organizationId, dyer.organizationId, dyer.organizationId]);
      expect(
        (await p.http.as(neighbour).get(`/procurements/${id}/orders`)).body.items
          .map((o: { supplierOrganizationId: string }) => o.supplierOrganizationId)
          .sort(),
      ).toEqual([spinner.organizationId, dyer.organizationId].sort());

      // OCDS: the lots, awards naming their lots, a contract per order; valid against 1.1.5 with the lots extension.
      const ocds = await p.http.as(partner).get(`/procurements/${id}/ocds`);
      expect(ocdsValidator()(ocds.body).errors).toEqual([]);
      expect(ocds.body.extensions).toEqual([expect.stringContaining('ocds_lots_extension')]);
      const release = ocds.body.releases[0];
      expect(release.tender.lots.map((l: { id: string; title: string; status: string }) => [l.id, l.title, l.status])).toEqual([
        [red.id, 'Madder red', 'complete'],
        [blue.id, 'Indigo blue', 'complete'],
      ]);
      expect(
        release.tender.items.map((i: { relatedLot: string; quantity: number; classification: { id: string } }) => [
          i.relatedLot,
          i.quantity,
          i.classification.id,
        ]),
      ).toEqual([
        [red.id, 500, '510610'],
        [blue.id, 1000, '510620'],
      ]);
      const awards = release.awards as Array<{
        id: string;
        suppliers: Array<{ id: string }>;
        relatedLots: string[];
        value: { amount: number };
        items: Array<{ relatedLot: string; quantity: number }>;
      }>;
      expect(awards.map((a) => [a.suppliers[0].id, a.relatedLots, a.value.amount, a.items.map((i) => [i.relatedLot, i.quantity])])).toEqual(
        [
          [
            spinner.organizationId,
            [red.id, blue.id],
            12832.5,
            [
              [red.id, 500],
              [blue.id, 600],
            ],
          ],
          [dyer.organizationId, [blue.id], 4380, [[blue.id, 400]]],
        ],
      );
      expect(release.contracts).toHaveLength(6);
      for (const c of release.contracts as Array<{ id: string; awardID: string; items: Array<{ relatedLot: string }> }>) {
        const order = orders.find((o) => o.id === c.id)!;
        expect(c.awardID).toBe(awards.find((a) => a.suppliers[0].id === order.supplierOrganizationId)!.id);
        expect(c.items.map((i) => i.relatedLot)).toEqual(order.lines.map((l) => l.lotId));
      }
      // A broken lots extension field is caught by the validator.
      const broken = structuredClone(ocds.body);
      broken.releases[0].awards[0].relatedLots = 'lot 1';
      expect(ocdsValidator()(broken).valid).toBe(false);
    },
    4 * DEADLINE_JOB_WAIT,
  );

  it('refuses bad lots, unknown lots and quantities per lot that do not fit the need, with a problem and a code, changing nothing', async () => {
    const deadlines = { joinDeadline: inSeconds(3600), quoteDeadline: inSeconds(7200) };
    const count = async () =>
      (await p.db.query(`SELECT (SELECT count(*)::int FROM procurements) AS needs, (SELECT count(*)::int FROM procurement_lots) AS lots`))
        .rows[0];
    const nothing = await count();
    expect(
      await refusal(
        yarnInTwoColours(deadlines, [
          { title: 'Red', categoryCode: '510610', unit: 'kg', quantity: '10' },
          { title: ' red ', categoryCode: '510620', unit: 'kg', quantity: '5' },
        ]),
      ),
    ).toEqual(problem(422, 'lot.duplicate'));
    for (const quantity of ['0', '-3', '0.000'])
      expect(await refusal(yarnInTwoColours(deadlines, [{ title: 'Red', categoryCode: '510610', unit: 'kg', quantity }]))).toEqual(
        problem(400, 'input.invalid'),
      );
    expect(await refusal(yarnInTwoColours(deadlines, []))).toEqual(problem(400, 'input.invalid'));
    expect(await refusal(yarnInTwoColours(deadlines, [{ title: 'Red', categoryCode: '5106x', unit: 'kg', quantity: '4' }]))).toEqual(
      problem(400, 'input.invalid'),
    );
    const both = await p.http.as(weaver).post(
      `/clusters/${cluster.id}/procurements`,
      aNeedInLotsBy(weaver, [{ title: 'Red', categoryCode: '510610', unit: 'kg', quantity: '10' }], {
        title: 'Yarn',
        description: '',
        ...deadlines,
        quantity: '10',
      }),
    );
    expect([both.status, both.body.code, both.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])]).toEqual([
      400,
      'input.invalid',
      [['quantity', 'input.not-allowed']],
    ]);
    expect(await count()).toEqual(nothing);

    const posted = await yarnInTwoColours(deadlines);
    const id = posted.body.id as string;
    const [red, blue] = posted.body.lots as Lot[];
    await p.http.as(weaver).post(`/procurements/${id}/publish`);
    const before = await lotState(id);
    const join = (body: Record<string, unknown>) =>
      p.http.as(partner).post(`/procurements/${id}/participations`, { organizationId: partner.organizationId, ...body });
    expect(await refusal(join({ lots: [{ lotId: '00000000-0000-4000-8000-000000000000', quantity: '5' }] }))).toEqual(
      problem(422, 'lot.unknown'),
    );
    expect(
      await refusal(
        join({
          lots: [
            { lotId: red.id, quantity: '5' },
            { lotId: red.id, quantity: '6' },
          ],
        }),
      ),
    ).toEqual(problem(422, 'lot.duplicate'));
    expect(await refusal(join({ quantity: '50' }))).toEqual(problem(422, 'lot.per-lot-required'));
    expect(await refusal(join({ quantity: '50', lots: [{ lotId: blue.id, quantity: '5' }] }))).toEqual(
      problem(422, 'lot.per-lot-required'),
    );
    expect(await refusal(join({ lots: [{ lotId: blue.id, quantity: '0' }] }))).toEqual(problem(400, 'input.invalid'));
    expect(await refusal(join({ lots: [{ lotId: blue.id }] }))).toEqual(problem(400, 'input.invalid'));
    expect(await refusal(join({}))).toEqual(problem(400, 'input.invalid'));
    expect(await lotState(id)).toEqual(before);

    // Quotes: tiers per lot on a need with lots; lots refused on a need without.
    await p.http
      .as(partner)
      .post(`/procurements/${id}/participations`, { organizationId: partner.organizationId, lots: [{ lotId: red.id, quantity: '5' }] });
    await p.http.as(weaver).post(`/procurements/${id}/close-joining`);
    const quote = (body: Record<string, unknown>) =>
      p.http.as(spinner).post(`/procurements/${id}/quotes`, {
        organizationId: spinner.organizationId,
        leadTimeDays: 3,
        validUntil: inSeconds(86400),
        ...body,
      });
    const quoting = await lotState(id);
    expect(await refusal(quote({ tiers: [{ minQuantity: '1', unitPrice: '9' }] }))).toEqual(problem(422, 'lot.per-lot-required'));
    expect(
      await refusal(quote({ lots: [{ lotId: '00000000-0000-4000-8000-000000000000', tiers: [{ minQuantity: '1', unitPrice: '9' }] }] })),
    ).toEqual(problem(422, 'lot.unknown'));
    expect(
      await refusal(
        quote({
          lots: [
            { lotId: red.id, tiers: [{ minQuantity: '1', unitPrice: '9' }] },
            { lotId: red.id, tiers: [{ minQuantity: '1', unitPrice: '8' }] },
          ],
        }),
      ),
    ).toEqual(problem(422, 'lot.duplicate'));
    expect(
      await refusal(
        quote({
          lots: [
            {
              lotId: red.id,
              tiers: [
                { minQuantity: '10', unitPrice: '9' },
                { minQuantity: '5', unitPrice: '8' },
              ],
            },
          ],
        }),
      ),
    ).toEqual(problem(400, 'quote.tiers-not-increasing'));
    expect(await refusal(quote({ lots: [{ lotId: red.id, tiers: [{ minQuantity: '1', unitPrice: '9' }], maxQuantity: '0' }] }))).toEqual(
      problem(400, 'input.invalid'),
    );
    expect(await lotState(id)).toEqual(quoting);

    const plain = await p.http
      .as(weaver)
      .post(
        `/clusters/${cluster.id}/procurements`,
        aNeedBy(weaver, { title: 'Beeswax', description: '', categoryCode: '1521', quantity: '40', ...deadlines }),
      );
    expect(plain.body.lots).toEqual([]);
    await p.http.as(weaver).post(`/procurements/${plain.body.id}/publish`);
    expect(
      await refusal(
        p.http.as(partner).post(`/procurements/${plain.body.id}/participations`, {
          organizationId: partner.organizationId,
          lots: [{ lotId: red.id, quantity: '5' }],
        }),
      ),
    ).toEqual(problem(422, 'lot.none-in-need'));
    expect((await p.http.as(partner).get(`/procurements/${plain.body.id}`)).body.participants).toHaveLength(1);
  });
});
