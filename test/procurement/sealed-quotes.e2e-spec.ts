import { Actor, aCluster, ClusterFixture, eventually } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { aNeedBy, inSeconds } from '../support/procurement';

/** A deadline job fires on time on an idle machine; on a busy one the worker may take a while to get to it. */
const DEADLINE_JOB_WAIT = 60_000;

describe('sealed quotes', () => {
  let p: Platform;
  let cluster: ClusterFixture;
  let firm: Actor;
  let partner: Actor;
  let spinner: Actor;
  let dyer: Actor;

  beforeAll(async () => {
    p = await startPlatform();
    cluster = await aCluster(p);
    firm = await cluster.withMember('member');
    partner = await cluster.withMember('member');
    spinner = await cluster.withMember('supplier', { organization: { kind: 'supplier' } });
    dyer = await cluster.withMember('supplier', { organization: { kind: 'supplier' } });
  });
  afterAll(() => p.close());

  const aQuotingNeed = async (deadlines: { joinDeadline: string; quoteDeadline: string }) => {
    const need = await p.http
      .as(firm)
      .post(`/clusters/${cluster.id}/procurements`, aNeedBy(firm, { description: 'Two-ply, natural white', ...deadlines }));
    expect(need.status).toBe(201);
    await p.http.as(firm).post(`/procurements/${need.body.id}/publish`);
    await p.http
      .as(partner)
      .post(`/procurements/${need.body.id}/participations`, { organizationId: partner.organizationId, quantity: '100' });
    expect((await p.http.as(firm).post(`/procurements/${need.body.id}/close-joining`)).body.status).toBe('quoting');
    return need.body.id as string;
  };
  const offer = async (id: string, who: Actor, unitPrice: string) => {
    const res = await p.http.as(who).post(`/procurements/${id}/quotes`, {
      organizationId: who.organizationId,
      tiers: [{ minQuantity: '1', unitPrice }],
      leadTimeDays: 10,
      validUntil: inSeconds(86400 * 30),
    });
    expect(res.status).toBe(201);
    return res.body;
  };
  /** Everything a buyer can read about the procurement, as one text to search for a leaked price. */
  const whatBuyersSee = async (id: string) => {
    const reads = await Promise.all(
      [firm, partner].flatMap((who) =>
        [`/procurements/${id}`, `/procurements/${id}/quotes`, `/procurements/${id}/ocds`, `/clusters/${cluster.id}/procurements`].map(
          (path) => p.http.as(who).get(path),
        ),
      ),
    );
    reads.forEach((r) => expect(r.status).toBe(200));
    return JSON.stringify(reads.map((r) => r.body));
  };
  const openings = async (id: string) =>
    (await p.db.query(`SELECT actor_id, data FROM audit_log WHERE target_id = $1 AND action = 'procurement.quotes-opened'`, [id])).rows;

  it(
    'shows buyers only how many quotes arrived until the quote deadline, then every quote, opened once and written to the audit log',
    async () => {
      const id = await aQuotingNeed({ joinDeadline: inSeconds(20), quoteDeadline: inSeconds(35) });
      await offer(id, spinner, '82.31');
      await offer(id, dyer, '73.77');

      const sealed = await p.http.as(firm).get(`/procurements/${id}/quotes`);
      expect(sealed.body).toMatchObject({ sealed: true, count: 2, items: [] });
      expect((await p.http.as(partner).get(`/procurements/${id}`)).body).toMatchObject({
        quoteCount: 2,
        quotesSealed: true,
        quotesOpenedAt: null,
      });
      const seen = await whatBuyersSee(id);
      // Neither price nor the total it makes for the pooled 500 kg (prices over 59 cannot hide in a timestamp's seconds).
      for (const leak of ['73.77', '82.31', '36885.00', '41155.00']) expect(seen).not.toContain(leak);
      // Each supplier sees its own quote and nothing of the other's.
      const own = await p.http.as(spinner).get(`/procurements/${id}/quotes`);
      expect(own.body.items.map((q: { unitPriceAtTotal: string }) => q.unitPriceAtTotal)).toEqual(['82.31']);
      expect(JSON.stringify(own.body)).not.toContain('73.77');
      expect(await openings(id)).toEqual([]);

      const evaluating = await eventually(
        async () => {
          const res = await p.http.as(firm).get(`/procurements/${id}`);
          return res.body.status === 'evaluating' ? res.body : undefined;
        },
        { timeoutMs: DEADLINE_JOB_WAIT },
      );
      expect(evaluating.quotesSealed).toBe(false);

      const opened = await p.http.as(partner).get(`/procurements/${id}/quotes`);
      expect(opened.body).toMatchObject({ sealed: false, count: 2 });
      expect(opened.body.items.map((q: { unitPriceAtTotal: string; totalPrice: string }) => [q.unitPriceAtTotal, q.totalPrice])).toEqual([
        ['73.77', '36885.00'],
        ['82.31', '41155.00'],
      ]);
      expect(
        (await p.http.as(dyer).get(`/procurements/${id}/quotes`)).body.items.map(
          (q: { supplierOrganizationId: string }) => q.supplierOrganizationId,
        ),
      ).toEqual([dyer.organizationId]);

      const log = await openings(id);
      expect(log).toHaveLength(1);
      expect(log[0]).toMatchObject({ actor_id: null, data: { at: new Date(evaluating.quotesOpenedAt).toISOString(), count: 2 } });
    },
    3 * DEADLINE_JOB_WAIT,
  );

  it('opens the quotes when the organiser closes quoting early, and only once', async () => {
    const id = await aQuotingNeed({ joinDeadline: inSeconds(3600), quoteDeadline: inSeconds(7200) });
    await offer(id, spinner, '94.05');
    const replaced = await offer(id, spinner, '93.95');
    expect(JSON.stringify((await p.http.as(firm).get(`/procurements/${id}/quotes`)).body)).not.toContain('93.95');
    expect((await p.http.as(firm).get(`/procurements/${id}/quotes`)).body).toEqual({ sealed: true, count: 1, items: [], nextCursor: null });

    const closed = await p.http.as(firm).post(`/procurements/${id}/close-quoting`);
    expect(closed.body).toMatchObject({ status: 'evaluating', quotesSealed: false, quoteCount: 1 });
    expect((await p.http.as(partner).get(`/procurements/${id}/quotes`)).body.items.map((q: { id: string }) => q.id)).toEqual([replaced.id]);
    const again = await p.http.as(firm).post(`/procurements/${id}/close-quoting`);
    expect(again.status).toBe(409);
    expect(await openings(id)).toEqual([{ actor_id: firm.id, data: { at: new Date(closed.body.quotesOpenedAt).toISOString(), count: 1 } }]);
  });

  it('keeps the quotes of a procurement cancelled while quoting sealed', async () => {
    const id = await aQuotingNeed({ joinDeadline: inSeconds(3600), quoteDeadline: inSeconds(7200) });
    await offer(id, dyer, '11.11');
    await p.http.as(firm).post(`/procurements/${id}/cancel`);
    expect((await p.http.as(firm).get(`/procurements/${id}/quotes`)).body).toMatchObject({ sealed: true, count: 1, items: [] });
    expect(await openings(id)).toEqual([]);
  });
});
