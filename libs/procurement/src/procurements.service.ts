import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy, AuditLog, ClusterPeople } from '@hamkar/clusters';
import { BadInput, decodeCursor, dec, encodeCursor, RuleBroken, toPage } from '@hamkar/common';
import { PlatformChannels } from '@hamkar/messaging';
import { Queues } from '@hamkar/jobs';
import { Notifier } from '@hamkar/notifications';
import { Outbox } from '@hamkar/outbox';
import { minorUnits } from './allocation';
import { AllocationRow } from './allocation.entity';
import { Amendment } from './amendment.entity';
import { criteriaProblem, PRICE_ONLY, WeightedCriterion } from './evaluation';
import { Order } from './order.entity';
import { unitPriceAt } from './price-tiers';
import { Participation } from './participation.entity';
import { Quote } from './quote.entity';
import { ProcurementAccess } from './procurement-access';
import { ProcurementEvents } from './procurement-events';
import { ProcurementMatching } from './procurement-matching';
import { nextStatus, ProcurementEvent, ProcurementStatus } from './procurement-state';
import { NewLot, ProcurementLots } from './procurement-lots';
import { procurementView } from './procurement-view';
import { Procurement } from './procurement.entity';
import { QuoteOpening, quoteCounts } from './quote-opening';

export interface NewProcurement {
  organizationId: string;
  title: string;
  description: string;
  /** Left out when the need has lots: each lot has its own. */
  categoryCode?: string;
  unit?: string;
  quantity?: string;
  /** Lots, each with its own HS code, unit and the posting firm's quantity; the need's own are then the first lot's, its total their sum. */
  lots?: NewLot[];
  currency: string;
  maxUnitPrice?: string;
  joinDeadline: Date;
  quoteDeadline: Date;
  deliveryCity: string;
  deliveryLat: number;
  deliveryLng: number;
  criteria?: WeightedCriterion[];
}

@Injectable()
export class ProcurementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly access: ProcurementAccess,
    private readonly events: ProcurementEvents,
    private readonly audit: AuditLog,
    private readonly notifier: Notifier,
    private readonly matching: ProcurementMatching,
    private readonly channels: PlatformChannels,
    private readonly outbox: Outbox,
    private readonly opening: QuoteOpening,
    private readonly lots: ProcurementLots,
    private readonly clusterPeople: ClusterPeople,
  ) {}

  async create(userId: string, clusterId: string, input: NewProcurement) {
    if (input.joinDeadline.getTime() <= Date.now())
      throw new RuleBroken(
        'joinDeadline must be in the future',
        [{ field: 'joinDeadline', message: 'must be in the future', code: 'input.not-in-future' }],
        { code: 'input.not-in-future' },
      );
    if (input.quoteDeadline.getTime() <= input.joinDeadline.getTime())
      throw new RuleBroken(
        'quoteDeadline must come after joinDeadline',
        [{ field: 'quoteDeadline', message: 'must be after joinDeadline', code: 'procurement.deadlines-out-of-order' }],
        { code: 'procurement.deadlines-out-of-order' },
      );
    const problem = input.criteria ? criteriaProblem(input.criteria) : null;
    if (problem)
      throw new RuleBroken(problem.message, [{ field: 'criteria', message: problem.message, code: problem.code }], {
        code: problem.code,
        params: problem.params,
      });
    const whole = wholeNeed(input);
    const saved = await this.dataSource.transaction(async (manager) => {
      await this.policy.authorize(userId, clusterId, 'procurement.create', 'cluster', manager);
      await this.policy.requireActsIn(userId, clusterId, input.organizationId, manager);
      const p = await manager.save(
        Procurement,
        manager.create(Procurement, {
          clusterId,
          organizationId: input.organizationId,
          createdBy: userId,
          title: input.title,
          description: input.description,
          categoryCode: whole.categoryCode,
          unit: whole.unit,
          currency: input.currency.toUpperCase(),
          maxUnitPrice: input.maxUnitPrice ?? null,
          joinDeadline: input.joinDeadline,
          quoteDeadline: input.quoteDeadline,
          deliveryCity: input.deliveryCity,
          deliveryLat: input.deliveryLat,
          deliveryLng: input.deliveryLng,
          status: 'draft',
          criteria: input.criteria ?? PRICE_ONLY,
          totalQuantity: whole.quantity,
        }),
      );
      await manager.insert(Participation, {
        procurementId: p.id,
        organizationId: input.organizationId,
        quantity: whole.quantity,
        joinedBy: userId,
      });
      if (input.lots) await this.lots.create(manager, p.id, input.organizationId, input.lots);
      const people = await this.access.peopleOf(manager, [input.organizationId]);
      const channel = await this.channels.open(manager, {
        clusterId,
        kind: 'procurement',
        name: input.title,
        topic: whole.categoryCode,
        memberUserIds: [userId, ...people],
      });
      await manager.update(Procurement, { id: p.id }, { channelId: channel.id });
      return { ...p, channelId: channel.id, people: [userId, ...people] };
    });
    this.channels.announce(saved.channelId, saved.people);
    return this.get(userId, saved.id);
  }

  async get(userId: string, id: string) {
    const { procurement } = await this.access.load(userId, id);
    return this.view(this.dataSource.manager, procurement);
  }

  async list(userId: string, clusterId: string, q: { status?: ProcurementStatus; limit: number; cursor?: string }) {
    await this.policy.authorize(userId, clusterId, 'procurement.read');
    const after = decodeCursor<{ at: string; id: string }>(q.cursor);
    const query = this.dataSource
      .getRepository(Procurement)
      .createQueryBuilder('p')
      .where('p.cluster_id = :clusterId', { clusterId })
      .orderBy('p.created_at', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .take(q.limit + 1);
    if (q.status) query.andWhere('p.status = :status', { status: q.status });
    if (after) query.andWhere('(p.created_at, p.id) < (:at, :id)', after);
    const rows = await query.getMany();
    const page = toPage(rows, q.limit, (last) => encodeCursor({ at: last.createdAt.toISOString(), id: last.id }));
    const ids = page.items.map((p) => p.id);
    const counts = await quoteCounts(this.dataSource.manager, ids);
    const lots: Array<{ id: string; n: number }> = ids.length
      ? await this.dataSource.query(
          `SELECT procurement_id AS id, count(*)::int AS n FROM procurement_lots WHERE procurement_id = ANY($1) GROUP BY 1`,
          [ids],
        )
      : [];
    const lotCount = new Map(lots.map((r) => [r.id, r.n]));
    return {
      items: page.items.map((p) => ({ ...procurementView(p, [], counts.get(p.id) ?? 0), lotCount: lotCount.get(p.id) ?? 0 })),
      nextCursor: page.nextCursor,
    };
  }

  publish(userId: string, id: string) {
    return this.transition(userId, id, 'publish', async (manager, p) => {
      p.publishedAt = new Date();
      await this.events.scheduleDeadlines(manager, p);
      await this.matching.requestMatch(manager, p.id, 'published');
      const members = await this.clusterPeople.userIds(p.clusterId, { except: userId }, manager);
      await this.notifier.notify(manager, {
        clusterId: p.clusterId,
        userIds: members,
        kind: 'procurement.published',
        title: p.title,
        body: `${dec(p.totalQuantity).toFixed()} ${p.unit}`,
        link: `/procurements/${p.id}`,
        data: { procurementId: p.id },
        dedupeKey: `procurement-published:${p.id}`,
      });
    });
  }

  closeJoining(userId: string, id: string) {
    return this.transition(userId, id, 'close-joining');
  }

  /** The organiser may close early; the quotes are opened then, as at the deadline. */
  closeQuoting(userId: string, id: string) {
    return this.transition(userId, id, 'close-quoting', (manager, p) => this.opening.open(manager, p, userId));
  }

  cancel(userId: string, id: string) {
    return this.transition(userId, id, 'cancel');
  }

  /**
   * Delivered. The winner's record counts each order when its firm confirms receipt; only an award
   * made before orders existed is counted here, on time if within the quoted lead time.
   */
  complete(userId: string, id: string) {
    return this.transition(userId, id, 'complete', async (manager, p) => {
      if (await manager.existsBy(Order, { procurementId: id })) return;
      const quote = p.awardedQuoteId ? await manager.findOneBy(Quote, { id: p.awardedQuoteId }) : null;
      if (!quote || !p.awardedAt) return;
      const onTime = Date.now() <= p.awardedAt.getTime() + quote.leadTimeDays * 86_400_000;
      await this.outbox.add(manager, {
        queue: Queues.matching,
        name: 'performance',
        jobId: `delivered-${id}`,
        data: { organizationId: quote.supplierOrganizationId, delivered: { onTime } },
      });
    });
  }

  /** For the deadline job: moves on only if the procurement is still where the deadline expects and the deadline is unchanged. */
  async deadlineReached(id: string, event: 'close-joining' | 'close-quoting', deadline: string): Promise<'moved' | 'stale'> {
    const moved = await this.dataSource.transaction(async (manager) => {
      const p = await manager.findOne(Procurement, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!p) return null;
      const expected = event === 'close-joining' ? p.joinDeadline : p.quoteDeadline;
      const from: ProcurementStatus = event === 'close-joining' ? 'open' : 'quoting';
      if (p.status !== from || expected.toISOString() !== deadline) return null;
      p.status = nextStatus(p.status, event);
      await manager.update(Procurement, { id }, { status: p.status });
      await this.audit.record(manager, {
        clusterId: p.clusterId,
        actorId: null,
        action: `procurement.${event}`,
        targetType: 'procurement',
        targetId: id,
        data: { by: 'deadline' },
      });
      if (event === 'close-quoting') await this.opening.open(manager, p, null);
      return p;
    });
    if (!moved) return 'stale';
    this.events.changed(moved);
    return 'moved';
  }

  /** A day before a deadline: joining firms (or quoting suppliers) hear that time is nearly up. */
  async remindDeadline(id: string, event: 'remind-join' | 'remind-quote', deadline: string): Promise<'sent' | 'stale'> {
    return this.dataSource.transaction(async (manager) => {
      const p = await manager.findOneBy(Procurement, { id });
      const expected = event === 'remind-join' ? p?.joinDeadline : p?.quoteDeadline;
      if (!p || p.status !== (event === 'remind-join' ? 'open' : 'quoting') || expected?.toISOString() !== deadline) return 'stale';
      const organizations =
        event === 'remind-join'
          ? (await manager.find(Participation, { where: { procurementId: id } })).map((x) => x.organizationId)
          : (
              (await manager.query(
                `SELECT supplier_organization_id AS id FROM procurement_matches WHERE procurement_id = $1 AND invited_at IS NOT NULL`,
                [id],
              )) as Array<{ id: string }>
            ).map((r) => r.id);
      await this.notifier.notify(manager, {
        clusterId: p.clusterId,
        userIds: await this.access.peopleOf(manager, organizations),
        kind: `procurement.${event === 'remind-join' ? 'join' : 'quote'}-deadline-tomorrow`,
        title: p.title,
        link: `/procurements/${id}`,
        data: { procurementId: id, deadline },
        dedupeKey: `${event}:${id}:${deadline}`,
      });
      return 'sent';
    });
  }

  async view(manager: EntityManager, p: Procurement) {
    const participants = await manager.find(Participation, { where: { procurementId: p.id }, order: { createdAt: 'ASC' } });
    const amendments = (await manager.find(Amendment, { where: { procurementId: p.id }, order: { number: 'ASC' } })).map((a) => ({
      number: a.number,
      at: a.madeAt,
      changes: a.changes,
      material: a.material,
    }));
    const view = {
      ...procurementView(p, participants, (await quoteCounts(manager, [p.id])).get(p.id) ?? 0),
      amendments,
      lots: await this.lots.view(manager, p.id, p.currency),
    };
    if (!p.awardedQuoteId) return { ...view, allocations: [] };
    const [rows, quote] = await Promise.all([
      manager.find(AllocationRow, { where: { procurementId: p.id }, order: { organizationId: 'ASC' } }),
      manager.findOneBy(Quote, { id: p.awardedQuoteId }),
    ]);
    // What each firm saves against buying its own quantity alone from the same supplier.
    const allocations = rows.map((a) => {
      const alone = quote ? unitPriceAt(quote.tiers, a.quantity) : null;
      return {
        organizationId: a.organizationId,
        quantity: dec(a.quantity).toFixed(),
        unitPrice: dec(a.unitPrice).toFixed(),
        amount: dec(a.amount).toFixed(minorUnits(p.currency)),
        unitPriceAlone: alone,
        saving: a.saving === null ? null : dec(a.saving).toFixed(),
      };
    });
    return { ...view, allocations };
  }

  private async transition(
    userId: string,
    id: string,
    event: ProcurementEvent,
    effect?: (manager: EntityManager, p: Procurement) => Promise<void>,
  ) {
    const p = await this.dataSource.transaction(async (manager) => {
      const ctx = await this.access.load(userId, id, 'procurement.read', manager, true);
      await this.access.requireOrganiser(userId, ctx);
      const p = ctx.procurement;
      p.status = nextStatus(p.status, event);
      if (effect) await effect(manager, p);
      await manager.update(Procurement, { id }, { status: p.status, publishedAt: p.publishedAt });
      await this.audit.record(manager, {
        clusterId: p.clusterId,
        actorId: userId,
        action: `procurement.${event}`,
        targetType: 'procurement',
        targetId: id,
      });
      return p;
    });
    this.events.changed(p);
    return this.get(userId, id);
  }
}

/** A need without lots names its HS code, unit and quantity; one with lots leaves them to the lots. */
function wholeNeed(input: NewProcurement): { categoryCode: string; unit: string; quantity: string } {
  if (!input.lots) return { categoryCode: input.categoryCode!, unit: input.unit!, quantity: dec(input.quantity!).toFixed() };
  const doubled = (['categoryCode', 'unit', 'quantity'] as const).filter((f) => input[f] !== undefined);
  if (doubled.length)
    throw new BadInput(
      'A need with lots gives its HS code, unit and quantity per lot',
      doubled.map((field) => ({ field, message: 'given per lot on a need with lots', code: 'input.not-allowed' })),
    );
  const [first] = input.lots;
  return {
    categoryCode: first.categoryCode,
    unit: first.unit,
    quantity: input.lots.reduce((s, l) => s.plus(l.quantity), dec(0)).toFixed(),
  };
}
