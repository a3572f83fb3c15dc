import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog } from '@hamkar/clusters';
import { Conflict, dec, RuleBroken } from '@hamkar/common';
import { Notifier } from '@hamkar/notifications';
import { Amendment } from './amendment.entity';
import { amendmentOf, ProcurementChange } from './procurement-amendment';
import { ProcurementAccess } from './procurement-access';
import { ProcurementEvents } from './procurement-events';
import { Procurement } from './procurement.entity';
import { ProcurementsService } from './procurements.service';

const notInFuture = (field: string) =>
  new RuleBroken(`${field} must be in the future`, [{ field, message: 'must be in the future', code: 'input.not-in-future' }], {
    code: 'input.not-in-future',
  });

/** The organiser changes a published need, as a numbered amendment everyone concerned hears about. */
@Injectable()
export class AmendProcurement {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ProcurementAccess,
    private readonly events: ProcurementEvents,
    private readonly procurements: ProcurementsService,
    private readonly audit: AuditLog,
    private readonly notifier: Notifier,
  ) {}

  async amend(userId: string, id: string, change: ProcurementChange) {
    const p = await this.dataSource.transaction(async (manager) => {
      const ctx = await this.access.load(userId, id, 'procurement.read', manager, true);
      await this.access.requireOrganiser(userId, ctx);
      const p = ctx.procurement;
      if (p.status !== 'open' && p.status !== 'quoting')
        throw new Conflict(`Only an open or quoting procurement can be amended (this one is ${p.status})`, {
          code: 'procurement.wrong-state',
          params: { state: p.status },
        });
      const { changes, material } = amendmentOf(p, change);
      if (Object.keys(changes).length === 0) throw new RuleBroken('The amendment changes nothing', { code: 'amendment.no-change' });
      this.checkDeadlines(p, change);

      const number =
        ((await manager.query(`SELECT coalesce(max(number), 0)::int AS n FROM procurement_amendments WHERE procurement_id = $1`, [id]))[0]
          .n as number) + 1;
      await manager.insert(Amendment, { procurementId: id, number, madeBy: userId, changes, material });
      const fields = Object.fromEntries(Object.keys(changes).map((f) => [f, change[f as keyof ProcurementChange]]));
      if ('maxUnitPrice' in fields && fields.maxUnitPrice !== null) fields.maxUnitPrice = dec(fields.maxUnitPrice as string).toFixed();
      Object.assign(p, fields);
      await manager.update(Procurement, { id }, fields);
      // Quotes made against the old terms do not count until their suppliers confirm or replace them.
      const waiting: Array<{ supplier_organization_id: string }> = material
        ? await manager
            .query(
              `UPDATE quotes SET status = 'needs-confirmation' WHERE procurement_id = $1 AND status = 'live' RETURNING supplier_organization_id`,
              [id],
            )
            .then((r) => (Array.isArray(r[0]) ? r[0] : r))
        : [];
      // A moved deadline gets new jobs; the old ones find the deadline changed and do nothing.
      if (changes.joinDeadline || changes.quoteDeadline) await this.events.scheduleDeadlines(manager, p);
      await this.audit.record(manager, {
        clusterId: p.clusterId,
        actorId: userId,
        action: 'procurement.amended',
        targetType: 'procurement',
        targetId: id,
        data: { number, changes, material, quotesToConfirm: waiting.length },
      });
      await this.notifier.notify(manager, {
        clusterId: p.clusterId,
        userIds: (await this.access.audienceOf(manager, id)).filter((u) => u !== userId),
        kind: 'procurement.amended',
        title: p.title,
        body: Object.keys(changes).join(', '),
        link: `/procurements/${id}`,
        data: { procurementId: id, number, material },
        dedupeKey: `procurement-amended:${id}:${number}`,
      });
      return p;
    });
    this.events.changed(p);
    return this.procurements.get(userId, id);
  }

  private checkDeadlines(p: Procurement, change: ProcurementChange) {
    if (change.joinDeadline !== undefined && change.joinDeadline.getTime() !== p.joinDeadline.getTime()) {
      if (p.status !== 'open')
        throw new Conflict('Joining has closed: its deadline can no longer move', { code: 'amendment.joining-closed' });
      if (change.joinDeadline.getTime() <= Date.now()) throw notInFuture('joinDeadline');
    }
    if (change.quoteDeadline !== undefined && change.quoteDeadline.getTime() <= Date.now()) throw notInFuture('quoteDeadline');
    const join = change.joinDeadline ?? p.joinDeadline;
    const quote = change.quoteDeadline ?? p.quoteDeadline;
    if (quote.getTime() <= join.getTime())
      throw new RuleBroken(
        'quoteDeadline must come after joinDeadline',
        [{ field: 'quoteDeadline', message: 'must be after joinDeadline', code: 'procurement.deadlines-out-of-order' }],
        { code: 'procurement.deadlines-out-of-order' },
      );
  }
}
