import { Actor, aCluster, aUser, ClusterFixture, eventually } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { aNeedBy, inSeconds } from '../support/procurement';

describe('clarification questions and amendments', () => {
  let p: Platform;
  let cluster: ClusterFixture;
  let firm: Actor;
  let partner: Actor;
  let asker: Actor;
  let quoter: Actor;
  let matched: Actor;

  const profile = {
    categories: ['5106'],
    capacityPerMonth: '50000',
    unit: 'kg',
    minOrderQuantity: '1',
    leadTimeDays: 7,
    serviceRadiusKm: 900,
    lat: 36.6,
    lng: 48.4,
    certifications: [],
  };

  beforeAll(async () => {
    p = await startPlatform();
    cluster = await aCluster(p);
    firm = await cluster.withMember('member');
    partner = await cluster.withMember('member');
    asker = await cluster.withMember('supplier', {
      displayName: 'Asking Spinner',
      organization: { kind: 'supplier', name: 'Asking Spinning Mill' },
    });
    quoter = await cluster.withMember('supplier', { organization: { kind: 'supplier' } });
    matched = await cluster.withMember('supplier', { organization: { kind: 'supplier' } });
    await p.http.as(matched).put(`/organizations/${matched.organizationId}/supplier-profile`, profile);
  });
  afterAll(() => p.close());

  const aNeed = async () => {
    const need = await p.http
      .as(firm)
      .post(`/clusters/${cluster.id}/procurements`, aNeedBy(firm, { description: 'Two-ply, natural white', maxUnitPrice: '15' }));
    expect(need.status).toBe(201);
    await p.http.as(firm).post(`/procurements/${need.body.id}/publish`);
    await p.http
      .as(partner)
      .post(`/procurements/${need.body.id}/participations`, { organizationId: partner.organizationId, quantity: '100' });
    return need.body.id as string;
  };
  const offer = (id: string, who: Actor, unitPrice: string) =>
    p.http.as(who).post(`/procurements/${id}/quotes`, {
      organizationId: who.organizationId,
      tiers: [{ minQuantity: '1', unitPrice }],
      leadTimeDays: 10,
      validUntil: inSeconds(86400 * 30),
    });
  const notified = (who: Actor, kind: string, questionId: string) =>
    eventually(async () =>
      (await p.http.as(who).get('/notifications')).body.items.find(
        (n: { kind: string; data: { questionId?: string } }) => n.kind === kind && n.data.questionId === questionId,
      ),
    );

  describe('questions', () => {
    it('publishes the answer to every invited supplier and participant without naming the asker', async () => {
      const id = await aNeed();
      await eventually(async () =>
        (await p.http.as(firm).get(`/procurements/${id}/matches`)).body.items.some(
          (m: { supplierOrganizationId: string }) => m.supplierOrganizationId === matched.organizationId,
        ),
      );
      await p.http.as(firm).post(`/procurements/${id}/close-joining`);
      expect((await offer(id, quoter, '14')).status).toBe(201);

      const asked = await p.http.as(asker).post(`/procurements/${id}/questions`, { body: '  Is a moisture content of 5 % acceptable?  ' });
      expect(asked.status).toBe(201);
      expect(asked.body).toEqual({ id: expect.any(String), body: 'Is a moisture content of 5 % acceptable?', askedAt: expect.any(String) });
      // Unanswered, it is for the organiser and the asker only.
      expect((await p.http.as(quoter).get(`/procurements/${id}/questions`)).body).toEqual({ items: [] });
      expect((await p.http.as(asker).get(`/procurements/${id}/questions`)).body.items).toEqual([
        expect.objectContaining({ id: asked.body.id, answer: null, mine: true }),
      ]);
      expect((await p.http.as(firm).get(`/procurements/${id}/questions`)).body.items).toHaveLength(1);
      await notified(firm, 'procurement.question-asked', asked.body.id);

      const answered = await p.http.as(firm).post(`/procurements/${id}/questions/${asked.body.id}/answer`, { body: 'Up to 7 % is fine.' });
      expect(answered.status).toBe(200);
      expect(answered.body).toMatchObject({ id: asked.body.id, answer: 'Up to 7 % is fine.', answeredAt: expect.any(String) });

      for (const who of [quoter, matched, partner, asker]) {
        const list = await p.http.as(who).get(`/procurements/${id}/questions`);
        expect(list.body.items).toEqual([
          {
            id: asked.body.id,
            body: 'Is a moisture content of 5 % acceptable?',
            answer: 'Up to 7 % is fine.',
            askedAt: asked.body.askedAt,
            answeredAt: answered.body.answeredAt,
            mine: who === asker,
          },
        ]);
        const note = await notified(who, 'procurement.question-answered', asked.body.id);
        for (const text of [JSON.stringify(list.body), JSON.stringify(note)]) {
          for (const name of [asker.id, asker.organizationId, 'Asking Spinner', 'Asking Spinning Mill']) expect(text).not.toContain(name);
        }
      }
      const again = await p.http.as(firm).post(`/procurements/${id}/questions/${asked.body.id}/answer`, { body: 'Changed my mind' });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('question.already-answered');
    });

    it('takes questions only from suppliers of the cluster while open or quoting, answers only from the organiser, and refuses bad input changing nothing', async () => {
      const id = await aNeed();
      const observer = await cluster.withMember('observer');
      const outsider = await aUser(p);
      const count = async () =>
        (await p.db.query(`SELECT count(*)::int AS n FROM procurement_questions WHERE procurement_id = $1`, [id])).rows[0].n;
      expect((await p.http.as(partner).post(`/procurements/${id}/questions`, { body: 'May I?' })).status).toBe(403);
      expect((await p.http.as(observer).post(`/procurements/${id}/questions`, { body: 'May I?' })).status).toBe(403);
      expect((await p.http.as(outsider).post(`/procurements/${id}/questions`, { body: 'May I?' })).status).toBe(404);
      for (const body of [{ body: '' }, { body: '   ' }, { body: 'x'.repeat(4001) }, {}, { body: 42 }, { body: 'ok', asker: asker.id }]) {
        const res = await p.http.as(asker).post(`/procurements/${id}/questions`, body);
        expect([res.status, res.body.code]).toEqual([400, expect.any(String)]);
      }
      expect(await count()).toBe(0);

      const asked = await p.http.as(asker).post(`/procurements/${id}/questions`, { body: 'Which ply?' });
      expect((await p.http.as(partner).post(`/procurements/${id}/questions/${asked.body.id}/answer`, { body: 'Two' })).body.code).toBe(
        'procurement.organiser-only',
      );
      expect((await p.http.as(firm).post(`/procurements/${id}/questions/${id}/answer`, { body: 'Two' })).status).toBe(404);
      expect((await p.http.as(firm).post(`/procurements/${id}/questions/${asked.body.id}/answer`, { body: '' })).status).toBe(400);
      expect((await p.db.query(`SELECT answer FROM procurement_questions WHERE id = $1`, [asked.body.id])).rows[0].answer).toBeNull();

      await p.http.as(firm).post(`/procurements/${id}/close-joining`);
      await p.http.as(firm).post(`/procurements/${id}/close-quoting`);
      const late = await p.http.as(asker).post(`/procurements/${id}/questions`, { body: 'Too late?' });
      expect([late.status, late.body.code, late.body.params]).toEqual([409, 'procurement.wrong-state', { state: 'evaluating' }]);
      expect(await count()).toBe(1);
    });
  });

  describe('amendments', () => {
    const DEADLINE_JOB_WAIT = 60_000;
    const quotesOf = async (id: string, who: Actor) =>
      (await p.http.as(who).get(`/procurements/${id}/quotes`)).body.items as Array<{ id: string; status: string }>;

    it('numbers each amendment; a material one sends earlier quotes back for confirmation, and they cannot be awarded until then', async () => {
      const id = await aNeed();
      await p.http.as(firm).post(`/procurements/${id}/close-joining`);
      const first = (await offer(id, quoter, '14')).body;
      const second = (await offer(id, asker, '13.8')).body;
      expect([first.status, second.status]).toEqual(['live', 'live']);

      const amended = await p.http.as(firm).patch(`/procurements/${id}`, { maxUnitPrice: '14.50', deliveryCity: 'Tabriz' });
      expect(amended.status).toBe(200);
      expect(amended.body).toMatchObject({ maxUnitPrice: '14.5', deliveryCity: 'Tabriz', quoteCount: 2 });
      expect(amended.body.amendments).toEqual([
        {
          number: 1,
          at: expect.any(String),
          material: true,
          changes: { maxUnitPrice: { from: '15', to: '14.5' }, deliveryCity: { from: 'Zanjan', to: 'Tabriz' } },
        },
      ]);
      expect((await quotesOf(id, quoter)).map((q) => q.status)).toEqual(['needs-confirmation']);
      expect((await quotesOf(id, asker)).map((q) => q.status)).toEqual(['needs-confirmation']);
      await eventually(async () =>
        (await p.http.as(quoter).get('/notifications')).body.items.find(
          (n: { kind: string; data: { procurementId: string; number: number } }) =>
            n.kind === 'procurement.amended' && n.data.procurementId === id && n.data.number === 1,
        ),
      );

      // One supplier confirms, the other replaces its quote: both count again.
      const confirmed = await p.http.as(quoter).post(`/quotes/${first.id}/confirm`);
      expect([confirmed.status, confirmed.body.status]).toEqual([200, 'live']);
      expect((await p.http.as(quoter).post(`/quotes/${first.id}/confirm`)).body.code).toBe('quote.nothing-to-confirm');
      expect((await p.http.as(asker).post(`/quotes/${first.id}/confirm`)).status).toBe(403);
      const replacement = (await offer(id, asker, '13.7')).body;
      expect((await quotesOf(id, asker)).map((q) => [q.id, q.status])).toEqual([[replacement.id, 'live']]);

      // Moving only a deadline is not material: the quotes stay as they are.
      const later = await p.http.as(firm).patch(`/procurements/${id}`, { quoteDeadline: inSeconds(9000) });
      expect(later.body.amendments.map((a: { number: number; material: boolean }) => [a.number, a.material])).toEqual([
        [1, true],
        [2, false],
      ]);
      expect((await quotesOf(id, quoter)).map((q) => q.status)).toEqual(['live']);

      await p.http.as(firm).patch(`/procurements/${id}`, { description: 'Two-ply, natural white, moth-proofed' });
      await p.http.as(firm).post(`/procurements/${id}/close-quoting`);
      const refused = await p.http.as(firm).post(`/procurements/${id}/award`, { quoteId: replacement.id });
      expect([refused.status, refused.body.code]).toEqual([422, 'quote.needs-confirmation']);
      expect((await p.http.as(firm).get(`/procurements/${id}`)).body.status).toBe('evaluating');
      const late = await p.http.as(quoter).post(`/quotes/${first.id}/confirm`);
      expect([late.status, late.body.code]).toEqual([409, 'procurement.wrong-state']);
      const log = (
        await p.db.query(`SELECT data FROM audit_log WHERE target_id = $1 AND action = 'procurement.amended' ORDER BY created_at`, [id])
      ).rows;
      expect(log.map((r) => [r.data.number, r.data.quotesToConfirm])).toEqual([
        [1, 2],
        [2, 0],
        [3, 2],
      ]);
    });

    it(
      'moves a deadline with its job: the new deadline fires through the worker, the old one does nothing',
      async () => {
        const brought = await aNeed();
        const postponed = await p.http
          .as(firm)
          .post(
            `/clusters/${cluster.id}/procurements`,
            aNeedBy(firm, { title: 'Dyes', description: 'Acid dyes', categoryCode: '3204', quantity: '40', joinDeadline: inSeconds(4) }),
          );
        await p.http.as(firm).post(`/procurements/${postponed.body.id}/publish`);
        expect((await p.http.as(firm).patch(`/procurements/${postponed.body.id}`, { joinDeadline: inSeconds(3600) })).status).toBe(200);
        expect((await p.http.as(firm).patch(`/procurements/${brought}`, { joinDeadline: inSeconds(6) })).status).toBe(200);
        await eventually(async () => (await p.http.as(firm).get(`/procurements/${brought}`)).body.status === 'quoting', {
          timeoutMs: DEADLINE_JOB_WAIT,
        });
        // The postponed need's old join job was due before the brought-forward one and found its deadline moved.
        expect((await p.http.as(firm).get(`/procurements/${postponed.body.id}`)).body.status).toBe('open');
      },
      2 * DEADLINE_JOB_WAIT,
    );

    it('refuses a bad amendment with a 4xx and a code, changing nothing', async () => {
      const id = await aNeed();
      const snapshot = async () =>
        (
          await p.db.query(
            `SELECT description, max_unit_price, delivery_city, delivery_lat, join_deadline, quote_deadline, (SELECT count(*)::int FROM procurement_amendments WHERE procurement_id = $1) AS amendments FROM procurements WHERE id = $1`,
            [id],
          )
        ).rows[0];
      const before = await snapshot();
      const refusal = async (who: Actor, body: Record<string, unknown>) => {
        const res = await p.http.as(who).patch(`/procurements/${id}`, body);
        return [res.status, res.body.code];
      };
      expect(await refusal(firm, {})).toEqual([400, 'input.empty']);
      expect((await refusal(firm, { maxUnitPrice: '-1' }))[0]).toBe(400);
      expect((await refusal(firm, { deliveryLat: 123 }))[0]).toBe(400);
      expect((await refusal(firm, { title: 'A new title' }))[0]).toBe(400);
      expect((await refusal(firm, { joinDeadline: 'soon' }))[0]).toBe(400);
      expect(await refusal(firm, { joinDeadline: inSeconds(-60) })).toEqual([422, 'input.not-in-future']);
      expect(await refusal(firm, { quoteDeadline: inSeconds(60) })).toEqual([422, 'procurement.deadlines-out-of-order']);
      expect(await refusal(firm, { description: 'Two-ply, natural white', maxUnitPrice: '15.000' })).toEqual([422, 'amendment.no-change']);
      expect(await refusal(partner, { description: 'Mine now' })).toEqual([403, 'procurement.organiser-only']);
      expect(await refusal(quoter, { description: 'Mine now' })).toEqual([403, 'procurement.organiser-only']);
      await p.http.as(firm).post(`/procurements/${id}/close-joining`);
      expect(await refusal(firm, { joinDeadline: inSeconds(100) })).toEqual([409, 'amendment.joining-closed']);
      await p.http.as(firm).post(`/procurements/${id}/close-quoting`);
      expect(await refusal(firm, { description: 'Too late' })).toEqual([409, 'procurement.wrong-state']);
      expect(await snapshot()).toEqual(before);
    });
  });
});
