import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy, ClusterPeople, Membership, Permission } from '@hamkar/clusters';
import { Forbidden, NotFound } from '@hamkar/common';
import { Procurement } from './procurement.entity';

export interface ProcurementContext {
  procurement: Procurement;
  membership: Membership;
}

/** Procurement-level checks on top of the cluster's AccessPolicy: outsiders get 404, never a hint. */
@Injectable()
export class ProcurementAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly people: ClusterPeople,
  ) {}

  /**
   * Loads (and, in a transaction, locks) the procurement for a member with `permission`. `what` names
   * the thing the caller asked for (an order, a quote), so that an outsider's 404 for a real one
   * reads exactly like the 404 for a made-up id.
   */
  async load(
    userId: string,
    id: string,
    permission: Permission = 'procurement.read',
    manager: EntityManager = this.dataSource.manager,
    lock = false,
    what = 'procurement',
  ): Promise<ProcurementContext> {
    const procurement = await manager.findOne(Procurement, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!procurement) throw new NotFound(what);
    const membership = await this.policy.authorize(userId, procurement.clusterId, permission, what, manager);
    return { procurement, membership };
  }

  /** Running a procurement (publish, close, award, cancel): its owner organization's people, or the cluster's organisers. */
  async requireOrganiser(userId: string, ctx: ProcurementContext): Promise<void> {
    if (this.policy.can(ctx.membership, 'procurement.manage')) return;
    if (await this.policy.actsFor(userId, ctx.procurement.organizationId)) return;
    throw new Forbidden('Only the organization that posted this need, or an agent, may do this', { code: 'procurement.organiser-only' });
  }

  /**
   * Everyone a procurement speaks to: the participating firms, the matched or invited suppliers,
   * and any supplier that has quoted or asked. Their people, to notify them.
   */
  async audienceOf(manager: EntityManager, procurementId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT organization_id AS id FROM participations WHERE procurement_id = $1
       UNION SELECT supplier_organization_id FROM procurement_matches WHERE procurement_id = $1
       UNION SELECT supplier_organization_id FROM quotes WHERE procurement_id = $1
       UNION SELECT asker_organization_id FROM procurement_questions WHERE procurement_id = $1`,
      [procurementId],
    );
    return this.peopleOf(
      manager,
      rows.map((r) => r.id),
    );
  }

  /** Users who act for these organizations (to notify them). */
  async peopleOf(manager: EntityManager, organizationIds: string[]): Promise<string[]> {
    return this.people.actingFor(organizationIds, manager);
  }
}
