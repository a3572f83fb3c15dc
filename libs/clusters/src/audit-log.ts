import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor, Page, toPage } from '@hamkar/common';
import { AuditEntry } from './audit-entry.entity';

export interface AuditRecord {
  clusterId: string | null;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  data?: Record<string, unknown>;
}

@Injectable()
export class AuditLog {
  constructor(private readonly dataSource: DataSource) {}

  /** Inside the caller's transaction, so the entry exists exactly when the change does. */
  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    await manager.insert(AuditEntry, { ...entry, targetId: entry.targetId ?? null, data: (entry.data ?? {}) as object });
  }

  async list(clusterId: string, limit = 50, cursor?: string): Promise<Page<AuditEntry>> {
    const before = decodeCursor<{ id: string }>(cursor)?.id;
    const q = this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      // The cluster's own events, and security events (failed logins, token reuse) of its members.
      .where(
        `(a.cluster_id = :clusterId OR (a.cluster_id IS NULL AND a.actor_id IN (SELECT m.user_id FROM memberships m WHERE m.cluster_id = :clusterId)))`,
        { clusterId },
      )
      .orderBy('a.id', 'DESC')
      .take(limit + 1);
    if (before) q.andWhere('a.id < :before', { before });
    const rows = await q.getMany();
    return toPage(rows, limit, (last) => encodeCursor({ id: last.id }));
  }
}
