import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from '@hamkar/clusters';
import { Conflict, dec, NotFound, RuleBroken } from '@hamkar/common';
import { PlatformChannels } from '@hamkar/messaging';
import { Participation } from './participation.entity';
import { ProcurementAccess } from './procurement-access';
import { ProcurementEvents } from './procurement-events';
import { LotQuantity, noLotsInNeed, perLotRequired, ProcurementLots } from './procurement-lots';
import { ProcurementMatching } from './procurement-matching';
import { ProcurementsService } from './procurements.service';
import { Procurement } from './procurement.entity';

/**
 * Joining, changing and leaving a pooled need. Each change locks the procurement row, so the
 * pooled total is exact however many firms join at the same moment.
 */
@Injectable()
export class ParticipationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly access: ProcurementAccess,
    private readonly events: ProcurementEvents,
    private readonly procurements: ProcurementsService,
    private readonly matching: ProcurementMatching,
    private readonly channels: PlatformChannels,
    private readonly lots: ProcurementLots,
  ) {}

  /** On a need with lots, the firm gives its quantity per lot (`lots`, any of them), and its participation is their sum. */
  join(userId: string, id: string, organizationId: string, given: Amount | string) {
    const amount = typeof given === 'string' ? { quantity: given } : given;
    return this.change(userId, id, organizationId, async (manager, p) => {
      const existing = await manager.findOneBy(Participation, { procurementId: id, organizationId });
      if (existing)
        throw new Conflict('This organization already takes part; change its quantity instead', { code: 'participation.exists' });
      const perLot = await this.perLot(manager, id, amount);
      const quantity = perLot ? perLot.lots.reduce((s, l) => s.plus(l.quantity), dec(0)).toFixed() : amount.quantity!;
      await manager.insert(Participation, { procurementId: id, organizationId, quantity: dec(quantity).toFixed(), joinedBy: userId });
      if (perLot) await this.lots.setQuantities(manager, perLot.need, id, organizationId, perLot.lots);
      if (p.channelId) {
        const people = [userId, ...(await this.access.peopleOf(manager, [organizationId]))];
        await this.channels.addMembers(manager, p.channelId, people);
        return { total: dec(p.totalQuantity).plus(quantity), welcome: { channelId: p.channelId, people } };
      }
      return { total: dec(p.totalQuantity).plus(quantity) };
    });
  }

  update(userId: string, id: string, organizationId: string, given: Amount | string) {
    const amount = typeof given === 'string' ? { quantity: given } : given;
    return this.change(userId, id, organizationId, async (manager, p) => {
      const existing = await manager.findOneBy(Participation, { procurementId: id, organizationId });
      if (!existing) throw new NotFound('participation');
      const perLot = await this.perLot(manager, id, amount);
      const quantity = perLot
        ? (await this.lots.setQuantities(manager, perLot.need, id, organizationId, perLot.lots)).toFixed()
        : amount.quantity!;
      await manager.update(Participation, { procurementId: id, organizationId }, { quantity: dec(quantity).toFixed() });
      return { total: dec(p.totalQuantity).minus(existing.quantity).plus(quantity) };
    });
  }

  withdraw(userId: string, id: string, organizationId: string) {
    return this.change(userId, id, organizationId, async (manager, p) => {
      if (organizationId === p.organizationId)
        throw new RuleBroken('The organization that posted the need cannot leave it; cancel the procurement instead', {
          code: 'participation.organiser-stays',
        });
      const existing = await manager.findOneBy(Participation, { procurementId: id, organizationId });
      if (!existing) throw new NotFound('participation');
      await manager.delete(Participation, { procurementId: id, organizationId });
      return { total: dec(p.totalQuantity).minus(existing.quantity) };
    });
  }

  /** A need with lots takes quantities per lot, one without takes one quantity. */
  private async perLot(manager: EntityManager, id: string, amount: Amount) {
    const need = await this.lots.of(manager, id);
    if (need.length === 0) {
      if (amount.lots !== undefined) throw noLotsInNeed('lots');
      return null;
    }
    if (amount.lots === undefined || amount.quantity !== undefined) throw perLotRequired('lots');
    return { need, lots: amount.lots };
  }

  private async change(
    userId: string,
    id: string,
    organizationId: string,
    apply: (manager: EntityManager, p: Procurement) => Promise<Change>,
  ) {
    const { p, welcome } = await this.dataSource.transaction(async (manager) => {
      const { procurement } = await this.access.load(userId, id, 'procurement.join', manager, true);
      await this.policy.requireActsIn(userId, procurement.clusterId, organizationId, manager);
      if (procurement.status !== 'open')
        throw new Conflict(`Participations change only while the procurement is open (it is ${procurement.status})`, {
          code: 'procurement.wrong-state',
          params: { state: procurement.status },
        });
      const { total, welcome } = await apply(manager, procurement);
      await this.lots.recount(manager, id);
      if (this.matching.needsRematch(procurement, total.toFixed())) await this.matching.requestMatch(manager, id, 'quantity');
      procurement.totalQuantity = total.toFixed();
      await manager.update(Procurement, { id }, { totalQuantity: procurement.totalQuantity });
      return { p: procurement, welcome };
    });
    this.events.changed(p);
    if (welcome) this.channels.announce(welcome.channelId, welcome.people);
    return this.procurements.get(userId, id);
  }
}

/** One quantity, or (on a need with lots) a quantity per lot. */
export interface Amount {
  quantity?: string;
  lots?: LotQuantity[];
}

interface Change {
  total: ReturnType<typeof dec>;
  /** People to move into the procurement's channel once the change is committed. */
  welcome?: { channelId: string; people: string[] };
}
