import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { clusterSql } from '@hamkar/clusters';
import { dec } from '@hamkar/common';
import { Queues } from '@hamkar/jobs';
import { Notifier } from '@hamkar/notifications';
import { Outbox } from '@hamkar/outbox';
import { ProcurementAccess } from './procurement-access';
import { Procurement } from './procurement.entity';

/** The same shape as the suppliers' MatchNeed; procurement does not depend on the suppliers context. */
export interface NeedForMatching {
  clusterId: string;
  categoryCode: string;
  quantity: string;
  unit: string;
  deliveryLat: number;
  deliveryLng: number;
  neededBy: Date;
}

export interface StoredMatch {
  supplierOrganizationId: string;
  score: number;
  reasons: Array<{ code: string; params: Record<string, string | number> }>;
}

/** How many of the best matches are invited to quote. */
export const INVITED_MATCHES = 5;
/** Delivery is wanted within this many days after quoting closes. */
export const DELIVERY_WINDOW_DAYS = 45;
/** A pooled quantity that moved by more than this share since the last match is matched again. */
export const REMATCH_CHANGE = 0.2;

@Injectable()
export class ProcurementMatching {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ProcurementAccess,
    private readonly outbox: Outbox,
    private readonly notifier: Notifier,
  ) {}

  /** Inside the publishing (or quantity-changing) transaction. */
  async requestMatch(manager: EntityManager, procurementId: string, why: string): Promise<void> {
    await this.outbox.add(manager, {
      queue: Queues.matching,
      name: 'match-procurement',
      jobId: `match-${procurementId}-${why}-${Date.now()}`,
      data: { procurementId },
    });
  }

  needsRematch(p: Procurement & { matchedQuantity?: string | null }, newTotal: string): boolean {
    if (!p.matchedQuantity || dec(p.matchedQuantity).isZero()) return false;
    return dec(newTotal).minus(p.matchedQuantity).abs().div(p.matchedQuantity).gt(REMATCH_CHANGE);
  }

  async needOf(procurementId: string): Promise<NeedForMatching | null> {
    const p = await this.dataSource.manager.findOneBy(Procurement, { id: procurementId });
    if (!p || !['open', 'quoting'].includes(p.status)) return null;
    return {
      clusterId: p.clusterId,
      categoryCode: p.categoryCode,
      quantity: dec(p.totalQuantity).toFixed(),
      unit: p.unit,
      deliveryLat: p.deliveryLat,
      deliveryLng: p.deliveryLng,
      neededBy: new Date(p.quoteDeadline.getTime() + DELIVERY_WINDOW_DAYS * 86_400_000),
    };
  }

  /** Replaces the stored matches (a re-run is idempotent) and invites the newly top-ranked suppliers. */
  async save(procurementId: string, matches: StoredMatch[], matchedQuantity: string): Promise<{ invited: number }> {
    return this.dataSource.transaction(async (manager) => {
      const p = await manager.findOne(Procurement, { where: { id: procurementId }, lock: { mode: 'pessimistic_write' } });
      if (!p) return { invited: 0 };
      const before: Array<{ supplier_organization_id: string; invited_at: Date | null }> = await manager.query(
        `SELECT supplier_organization_id, invited_at FROM procurement_matches WHERE procurement_id = $1`,
        [procurementId],
      );
      const invitedBefore = new Map(before.filter((b) => b.invited_at).map((b) => [b.supplier_organization_id, b.invited_at]));
      await manager.query(`DELETE FROM procurement_matches WHERE procurement_id = $1`, [procurementId]);
      const newlyInvited: string[] = [];
      for (const [i, m] of matches.entries()) {
        const invitedAt = invitedBefore.get(m.supplierOrganizationId) ?? (i < INVITED_MATCHES ? new Date() : null);
        if (i < INVITED_MATCHES && !invitedBefore.has(m.supplierOrganizationId)) newlyInvited.push(m.supplierOrganizationId);
        await manager.query(
          `INSERT INTO procurement_matches (procurement_id, supplier_organization_id, rank, score, reasons, invited_at) VALUES ($1, $2, $3, $4, $5, $6)`,
          [procurementId, m.supplierOrganizationId, i + 1, m.score, JSON.stringify(m.reasons), invitedAt],
        );
      }
      await manager.query(`UPDATE procurements SET matched_quantity = $2 WHERE id = $1`, [procurementId, matchedQuantity]);
      const people = await this.access.peopleOf(manager, newlyInvited);
      await this.notifier.notify(manager, {
        clusterId: p.clusterId,
        userIds: people,
        kind: 'procurement.invited',
        title: p.title,
        body: `${dec(p.totalQuantity).toFixed()} ${p.unit}`,
        link: `/procurements/${p.id}`,
        data: { procurementId: p.id },
        dedupeKey: `procurement-invited:${p.id}:${matchedQuantity}`,
      });
      return { invited: newlyInvited.length };
    });
  }

  /** Open procurements in the clusters a supplier organization belongs to (to re-match when its profile changes). */
  async openFor(supplierOrganizationId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT p.id FROM procurements p WHERE p.status IN ('open', 'quoting')
          AND p.cluster_id IN ${clusterSql.clustersOfOrganization('$1')}`,
      [supplierOrganizationId],
    );
    return rows.map((r) => r.id);
  }

  async list(userId: string, procurementId: string): Promise<StoredMatch[]> {
    await this.access.load(userId, procurementId);
    const rows: Array<{ supplier_organization_id: string; score: string; reasons: StoredMatch['reasons'] }> = await this.dataSource.query(
      `SELECT supplier_organization_id, score, reasons FROM procurement_matches WHERE procurement_id = $1 ORDER BY rank`,
      [procurementId],
    );
    return rows.map((r) => ({ supplierOrganizationId: r.supplier_organization_id, score: Number(r.score), reasons: r.reasons }));
  }
}
