import Decimal from 'decimal.js';
import { Conflict, Forbidden, NotFound } from '@hamkar/common';
import { AwardProcurement, ParticipationsService, ProcurementsService, QuotesService } from '@hamkar/procurement';
import { ClusterFixture, givenThrough, Person } from './support/service-factories';
import { aNeedBy, inDays, procurementContexts } from './support/procurement';
import { serviceTest } from './support/service-test';

const t = serviceTest(procurementContexts);
const given = givenThrough(t);

describe('a joint procurement, through the services', () => {
  let cluster: ClusterFixture;
  let firm: Person;
  let supplier: Person;

  beforeAll(async () => {
    cluster = await given.aCluster();
    firm = await cluster.withMember('member');
    supplier = await cluster.withMember('supplier');
  });

  const aNeed = (quantity = '400') => t.get(ProcurementsService).create(firm.id, cluster.id, aNeedBy(firm, { quantity }));

  const aQuote = (procurementId: string, tiers: Array<{ minQuantity: string; unitPrice: string }>) =>
    t.get(QuotesService).submit(supplier.id, procurementId, {
      organizationId: supplier.organizationId!,
      tiers,
      leadTimeDays: 20,
      validUntil: inDays(30),
    });

  describe('the state table', () => {
    it('moves a need from draft through open, quoting and evaluating, in that order only', async () => {
      const procurements = t.get(ProcurementsService);
      const need = await aNeed();
      expect(need.status).toBe('draft');
      expect((await procurements.publish(firm.id, need.id)).status).toBe('open');
      expect((await procurements.closeJoining(firm.id, need.id)).status).toBe('quoting');
      expect((await procurements.closeQuoting(firm.id, need.id)).status).toBe('evaluating');
      // Each move is told to the cluster's sockets after it commits.
      expect(t.realtime.events('procurement:updated').map((s) => (s.to === 'cluster' ? [s.clusterId, s.payload.status] : null))).toEqual([
        [cluster.id, 'open'],
        [cluster.id, 'quoting'],
        [cluster.id, 'evaluating'],
      ]);
    });

    it('refuses a move the table does not list, naming the state the need is in, and changes nothing', async () => {
      const procurements = t.get(ProcurementsService);
      const need = await aNeed();
      const early = procurements.closeQuoting(firm.id, need.id);
      await expect(early).rejects.toThrow(Conflict);
      await expect(early).rejects.toMatchObject({ code: 'procurement.wrong-state', params: { state: 'draft', event: 'close-quoting' } });
      expect((await procurements.get(firm.id, need.id)).status).toBe('draft');
      expect(t.realtime.events('procurement:updated')).toEqual([]);
    });

    it('keeps a cancelled need cancelled', async () => {
      const procurements = t.get(ProcurementsService);
      const need = await aNeed();
      await procurements.publish(firm.id, need.id);
      expect((await procurements.cancel(firm.id, need.id)).status).toBe('cancelled');
      const again = procurements.publish(firm.id, need.id);
      await expect(again).rejects.toMatchObject({ code: 'procurement.wrong-state', params: { state: 'cancelled' } });
      await expect(procurements.cancel(firm.id, need.id)).rejects.toMatchObject({ params: { state: 'cancelled', event: 'cancel' } });
    });

    it('schedules both deadlines as jobs when the need is published, in the same transaction', async () => {
      const need = await aNeed();
      await t.get(ProcurementsService).publish(firm.id, need.id);
      const jobs: Array<{ name: string }> = await t.dataSource.query(
        `SELECT name FROM outbox WHERE queue = 'procurement-deadlines' AND data->>'procurementId' = $1 ORDER BY name`,
        [need.id],
      );
      expect(jobs.map((j) => j.name)).toEqual(['close-joining', 'close-quoting', 'remind-join', 'remind-quote']);
    });

    it('moves the need on when its deadline job runs, and ignores a job for a deadline since moved', async () => {
      const procurements = t.get(ProcurementsService);
      const need = await aNeed();
      await procurements.publish(firm.id, need.id);
      const [job]: Array<{ deadline: string }> = await t.dataSource.query(
        `SELECT data->>'deadline' AS deadline FROM outbox WHERE name = 'close-joining' AND data->>'procurementId' = $1`,
        [need.id],
      );
      // What the worker's deadline processor calls: an old job (another deadline) changes nothing.
      await expect(procurements.deadlineReached(need.id, 'close-joining', inDays(3).toISOString())).resolves.toBe('stale');
      expect((await procurements.get(firm.id, need.id)).status).toBe('open');
      await expect(procurements.deadlineReached(need.id, 'close-joining', job.deadline)).resolves.toBe('moved');
      expect((await procurements.get(firm.id, need.id)).status).toBe('quoting');
      // Run twice (a retried job), it finds the need already moved on.
      await expect(procurements.deadlineReached(need.id, 'close-joining', job.deadline)).resolves.toBe('stale');
    });

    it('does not let a firm that is not the organiser move the need', async () => {
      const other = await cluster.withMember('member');
      const need = await aNeed();
      const publish = t.get(ProcurementsService).publish(other.id, need.id);
      await expect(publish).rejects.toThrow(Forbidden);
      await expect(publish).rejects.toMatchObject({ code: 'procurement.organiser-only' });
      expect((await t.get(ProcurementsService).get(firm.id, need.id)).status).toBe('draft');
    });
  });

  describe('the award and its allocations', () => {
    it('writes one allocation per firm at the pooled price, and their amounts sum exactly to the award', async () => {
      const procurements = t.get(ProcurementsService);
      const [second, third] = [await cluster.withMember('member'), await cluster.withMember('member')];
      const need = await aNeed('400');
      await procurements.publish(firm.id, need.id);
      await t.get(ParticipationsService).join(second.id, need.id, second.organizationId!, { quantity: '250.5' });
      await t.get(ParticipationsService).join(third.id, need.id, third.organizationId!, { quantity: '149.5' });
      await procurements.closeJoining(firm.id, need.id);
      const quote = await aQuote(need.id, [
        { minQuantity: '1', unitPrice: '14.99' },
        { minQuantity: '500', unitPrice: '13.333' },
        { minQuantity: '1000', unitPrice: '12.10' },
      ]);
      expect(quote).toMatchObject({ unitPriceAtTotal: '13.333', totalPrice: '10666.40' });
      await procurements.closeQuoting(firm.id, need.id);

      const awarded = await t.get(AwardProcurement).award(firm.id, need.id, quote.id);
      expect(awarded).toMatchObject({ status: 'awarded', awardTotal: '10666.40' });

      const rows: Array<{ organization_id: string; quantity: string; amount: string }> = await t.dataSource.query(
        'SELECT organization_id, quantity, amount FROM allocations WHERE procurement_id = $1',
        [need.id],
      );
      expect(rows).toHaveLength(3);
      expect(rows.reduce((s, r) => s.plus(r.amount), new Decimal(0)).toFixed(2)).toBe('10666.40');
      expect(rows.reduce((s, r) => s.plus(r.quantity), new Decimal(0)).toFixed()).toBe('800');
      const mine = awarded.allocations.find((a) => a.organizationId === firm.organizationId);
      expect(mine).toMatchObject({ quantity: '400', unitPrice: '13.333', unitPriceAlone: '14.99', saving: '662.8' });
    });

    it('splits an amount that does not divide evenly so that the cents still add up', async () => {
      const procurements = t.get(ProcurementsService);
      const [second, third] = [await cluster.withMember('member'), await cluster.withMember('member')];
      const need = await aNeed('1');
      await procurements.publish(firm.id, need.id);
      await t.get(ParticipationsService).join(second.id, need.id, second.organizationId!, { quantity: '1' });
      await t.get(ParticipationsService).join(third.id, need.id, third.organizationId!, { quantity: '1' });
      await procurements.closeJoining(firm.id, need.id);
      const quote = await aQuote(need.id, [{ minQuantity: '1', unitPrice: '3.333' }]);
      await procurements.closeQuoting(firm.id, need.id);
      const awarded = await t.get(AwardProcurement).award(firm.id, need.id, quote.id);
      expect(awarded.awardTotal).toBe('10.00');
      const amounts = awarded.allocations.map((a) => a.amount);
      expect(amounts.reduce((s, a) => s.plus(a), new Decimal(0)).toFixed(2)).toBe('10.00');
      expect(amounts.every((a) => /^\d+\.\d{2}$/.test(a))).toBe(true);
    });

    it('refuses to award while quoting is still open, and writes no allocation', async () => {
      const procurements = t.get(ProcurementsService);
      const need = await aNeed();
      await procurements.publish(firm.id, need.id);
      await procurements.closeJoining(firm.id, need.id);
      const quote = await aQuote(need.id, [{ minQuantity: '1', unitPrice: '14' }]);
      const early = t.get(AwardProcurement).award(firm.id, need.id, quote.id);
      await expect(early).rejects.toMatchObject({ code: 'procurement.wrong-state', params: { state: 'quoting', event: 'award' } });
      const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM allocations WHERE procurement_id = $1', [need.id]);
      expect(count).toBe(0);
    });

    it('refuses a quote of another need as not found', async () => {
      const procurements = t.get(ProcurementsService);
      const [need, other] = [await aNeed(), await aNeed()];
      for (const n of [need, other]) {
        await procurements.publish(firm.id, n.id);
        await procurements.closeJoining(firm.id, n.id);
      }
      const elsewhere = await aQuote(other.id, [{ minQuantity: '1', unitPrice: '14' }]);
      await procurements.closeQuoting(firm.id, need.id);
      await expect(t.get(AwardProcurement).award(firm.id, need.id, elsewhere.id)).rejects.toThrow(NotFound);
    });
  });
});
