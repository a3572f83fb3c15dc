import { Actor, aCluster, ClusterFixture } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { aNeedBy, inSeconds } from '../support/procurement';

describe('weighted evaluation', () => {
  let p: Platform;
  let cluster: ClusterFixture;
  let firm: Actor;
  let cheap: Actor;
  let reliable: Actor;

  beforeAll(async () => {
    p = await startPlatform({ worker: false });
    cluster = await aCluster(p);
    firm = await cluster.withMember('member');
    cheap = await cluster.withMember('supplier', { organization: { kind: 'supplier' } });
    reliable = await cluster.withMember('supplier', { organization: { kind: 'supplier' } });
  });
  afterAll(() => p.close());

  const post = (criteria: unknown) => p.http.as(firm).post(`/clusters/${cluster.id}/procurements`, aNeedBy(firm, { criteria }));
  const offer = async (id: string, who: Actor, unitPrice: string, extra: Record<string, unknown>) =>
    (
      await p.http.as(who).post(`/procurements/${id}/quotes`, {
        organizationId: who.organizationId,
        tiers: [{ minQuantity: '1', unitPrice }],
        validUntil: inSeconds(86400 * 30),
        ...extra,
      })
    ).body;

  it('ranks opened quotes by the weights set before publishing, shows each contribution, and wants a written reason to pass over the top one', async () => {
    const need = await post([
      { criterion: 'price', weight: 50 },
      { criterion: 'lead-time', weight: 30 },
      { criterion: 'warranty', weight: 20 },
    ]);
    expect(need.status).toBe(201);
    const id = need.body.id;
    await p.http.as(firm).post(`/procurements/${id}/publish`);
    // Suppliers see what they will be judged by.
    expect((await p.http.as(cheap).get(`/procurements/${id}`)).body.criteria).toEqual([
      { criterion: 'price', weight: 50 },
      { criterion: 'lead-time', weight: 30 },
      { criterion: 'warranty', weight: 20 },
    ]);
    await p.http.as(firm).post(`/procurements/${id}/close-joining`);
    const low = await offer(id, cheap, '10', { leadTimeDays: 30 });
    const good = await offer(id, reliable, '11', { leadTimeDays: 3, warrantyMonths: 24, paymentTermsDays: 30 });
    expect(good).toMatchObject({ warrantyMonths: 24, paymentTermsDays: 30 });

    const sealed = await p.http.as(firm).get(`/procurements/${id}/evaluation`);
    expect([sealed.status, sealed.body.code]).toEqual([409, 'quote.sealed']);
    expect((await p.http.as(cheap).get(`/procurements/${id}/evaluation`)).status).toBe(403);
    await p.http.as(firm).post(`/procurements/${id}/close-quoting`);

    const evaluation = await p.http.as(firm).get(`/procurements/${id}/evaluation`);
    expect(evaluation.body.ranking).toEqual([
      {
        rank: 1,
        quoteId: good.id,
        supplierOrganizationId: reliable.organizationId,
        score: '95.45',
        contributions: { price: '45.45', 'lead-time': '30.00', warranty: '20.00' },
      },
      {
        rank: 2,
        quoteId: low.id,
        supplierOrganizationId: cheap.organizationId,
        score: '53.87',
        contributions: { price: '50.00', 'lead-time': '3.87', warranty: '0.00' },
      },
    ]);

    const refused = await p.http.as(firm).post(`/procurements/${id}/award`, { quoteId: low.id });
    expect([refused.status, refused.body.code, refused.body.params]).toEqual([422, 'award.reason-required', { topQuoteId: good.id }]);
    expect((await p.http.as(firm).post(`/procurements/${id}/award`, { quoteId: low.id, reason: '   ' })).status).toBe(400);
    expect((await p.http.as(firm).get(`/procurements/${id}`)).body.status).toBe('evaluating');

    const awarded = await p.http
      .as(firm)
      .post(`/procurements/${id}/award`, { quoteId: low.id, reason: 'Its yarn passed our dye tests last season' });
    expect([awarded.status, awarded.body.awardedQuoteId]).toEqual([200, low.id]);
    const [entry] = (await p.db.query(`SELECT data FROM audit_log WHERE target_id = $1 AND action = 'procurement.awarded'`, [id])).rows;
    expect(entry.data).toMatchObject({
      quoteId: low.id,
      rank: 2,
      score: '53.87',
      topQuoteId: good.id,
      reason: 'Its yarn passed our dye tests last season',
    });
  });

  it('awards the top quote without a reason, and judges by price alone unless told otherwise', async () => {
    const need = await post(undefined);
    const id = need.body.id;
    expect(need.body.criteria).toEqual([{ criterion: 'price', weight: 100 }]);
    await p.http.as(firm).post(`/procurements/${id}/publish`);
    await p.http.as(firm).post(`/procurements/${id}/close-joining`);
    const low = await offer(id, cheap, '10', { leadTimeDays: 30 });
    await offer(id, reliable, '11', { leadTimeDays: 3 });
    await p.http.as(firm).post(`/procurements/${id}/close-quoting`);
    expect((await p.http.as(firm).post(`/procurements/${id}/award`, { quoteId: low.id })).status).toBe(200);
  });

  it('refuses weights that do not add up to 100, a criterion twice or an unknown one, creating nothing', async () => {
    const count = async () =>
      (await p.db.query(`SELECT count(*)::int AS n FROM procurements WHERE cluster_id = $1`, [cluster.id])).rows[0].n;
    const before = await count();
    const refusal = async (criteria: unknown) => {
      const res = await post(criteria);
      return [res.status, res.body.code];
    };
    expect(
      await refusal([
        { criterion: 'price', weight: 60 },
        { criterion: 'warranty', weight: 30 },
      ]),
    ).toEqual([422, 'evaluation.weights-not-100']);
    expect(
      await refusal([
        { criterion: 'price', weight: 50 },
        { criterion: 'price', weight: 50 },
      ]),
    ).toEqual([422, 'evaluation.duplicate-criterion']);
    expect((await refusal([{ criterion: 'beauty', weight: 100 }]))[0]).toBe(400);
    expect((await refusal([{ criterion: 'price', weight: 100.5 }]))[0]).toBe(400);
    expect((await refusal([]))[0]).toBe(400);
    expect(await count()).toBe(before);
  });
});
