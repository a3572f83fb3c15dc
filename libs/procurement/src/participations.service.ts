import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from '@hamkar/clusters';
import { Conflict, dec, NotFound, RuleBroken } from '@hamkar/common';
import { PlatformChannels } from '@hamkar/messaging';
import { Participation } from './participation.entity';
import { ProcurementAccess } from './procurement-access';
import { ProcurementEvents } from './procurement-events';
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
  ) {}

  join(userId: string, id: string, organizationId: string, quantity: string) {
    return this.change(userId, id, organizationId, async (manager, p) => {
      const existing = await manager.findOneBy(Participation, { procurementId: id, organizationId });
      if (existing) throw new Conflict('This organization already takes part; change its quantity instead', { code: 'participation.exists' });
      await manager.insert(Participation, { procurementId: id, organizationId, quantity: dec(quantity).toFixed(), joinedBy: userId });
      if (p.channelId) {
        const people = [userId, ...(await this.access.peopleOf(manager, [organizationId]))];
        await this.channels.addMembers(manager, p.channelId, people);
        return { total: dec(p.totalQuantity).plus(quantity), welcome: { channelId: p.channelId, people } };
      }
      return { total: dec(p.totalQuantity).plus(quantity) };
    });
  }

  update(userId: string, id: string, organizationId: string, quantity: string) {
    return this.change(userId, id, organizationId, async (manager, p) => {
      const existing = await manager.findOneBy(Participation, { procurementId: id, organizationId });
      if (!existing) throw new NotFound('participation');
      await manager.update(Participation, { procurementId: id, organizationId }, { quantity: dec(quantity).toFixed() });
      return { total: dec(p.totalQuantity).minus(existing.quantity).plus(quantity) };
    });
  }

  withdraw(userId: string, id: string, organizationId: string) {
    return this.change(userId, id, organizationId, async (manager, p) => {
      if (organizationId === p.organizationId) throw new RuleBroken('The organization that posted the need cannot leave it; cancel the procurement instead', { code: 'participation.organiser-stays' });
      const existing = await manager.findOneBy(Participation, { procurementId: id, organizationId });
      if (!existing) throw new NotFound('participation');
      await manager.delete(Participation, { procurementId: id, organizationId });
      return { total: dec(p.totalQuantity).minus(existing.quantity) };
    });
  }

  private async change(userId: string, id: string, organizationId: string, apply: (manager: EntityManager, p: Procurement) => Promise<Change>) {
    const { p, welcome } = await this.dataSource.transaction(async (manager) => {
      const { procurement } = await this.access.load(userId, id, 'procurement.join', manager, true);
      await this.policy.requireActsIn(userId, procurement.clusterId, organizationId, manager);
      if (procurement.status !== 'open') throw new Conflict(`Participations change only while the procurement is open (it is ${procurement.status})`, { code: 'procurement.wrong-state', params: { state: procurement.status } });
      const { total, welcome } = await apply(manager, procurement);
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

interface Change {
  total: ReturnType<typeof dec>;
  /** People to move into the procurement's channel once the change is committed. */
  welcome?: { channelId: string; people: string[] };
}
