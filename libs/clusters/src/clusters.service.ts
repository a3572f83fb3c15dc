import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Conflict } from '@hamkar/common';
import type { Locale } from '@hamkar/identity';
import { AccessPolicy } from './access/access-policy';
import { AuditLog } from './audit-log';
import { Cluster } from './cluster.entity';
import { type ClusterRole, Membership } from './membership.entity';

export interface NewCluster {
  slug: string;
  name: string;
  sector: string;
  country: string;
  region: string;
  description?: string;
  defaultLocale?: Locale;
}

export type ClusterView = Cluster & { role: ClusterRole };

/** What an admin may change about the cluster; its slug and country stay as created. */
export interface ClusterChange {
  name?: string;
  sector?: string;
  region?: string;
  description?: string | null;
  defaultLocale?: Locale;
}

@Injectable()
export class ClustersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditLog,
  ) {}

  async create(userId: string, input: NewCluster): Promise<ClusterView> {
    return this.dataSource.transaction(async (manager) => {
      const slug = input.slug.toLowerCase();
      if (await manager.existsBy(Cluster, { slug }))
        throw new Conflict(`The slug "${slug}" is taken`, { code: 'cluster.slug-taken', params: { slug } });
      const cluster = await manager.save(
        Cluster,
        manager.create(Cluster, {
          ...input,
          slug,
          country: input.country.toUpperCase(),
          description: input.description ?? null,
          defaultLocale: input.defaultLocale ?? 'en',
          createdBy: userId,
        }),
      );
      await manager.insert(Membership, { clusterId: cluster.id, userId, role: 'admin', organizationId: null });
      await this.audit.record(manager, {
        clusterId: cluster.id,
        actorId: userId,
        action: 'cluster.created',
        targetType: 'cluster',
        targetId: cluster.id,
      });
      return { ...cluster, role: 'admin' };
    });
  }

  async mine(userId: string): Promise<ClusterView[]> {
    const rows = await this.dataSource
      .getRepository(Cluster)
      .createQueryBuilder('c')
      .innerJoin(Membership, 'm', 'm.cluster_id = c.id AND m.user_id = :userId', { userId })
      .addSelect('m.role', 'role')
      .orderBy('c.name')
      .getRawAndEntities();
    return rows.entities.map((c, i) => ({ ...c, role: rows.raw[i].role }));
  }

  async update(userId: string, clusterId: string, change: ClusterChange): Promise<ClusterView> {
    return this.dataSource.transaction(async (manager) => {
      const membership = await this.policy.authorize(userId, clusterId, 'cluster.manage', 'cluster', manager);
      const cluster = await manager.findOneOrFail(Cluster, { where: { id: clusterId }, lock: { mode: 'pessimistic_write' } });
      const before = {
        name: cluster.name,
        sector: cluster.sector,
        region: cluster.region,
        description: cluster.description,
        defaultLocale: cluster.defaultLocale,
      };
      const after = { ...before, ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) };
      await manager.update(Cluster, { id: clusterId }, after);
      const changed = Object.keys(after).filter((k) => after[k as keyof typeof after] !== before[k as keyof typeof before]);
      if (changed.length)
        await this.audit.record(manager, {
          clusterId,
          actorId: userId,
          action: 'cluster.updated',
          targetType: 'cluster',
          targetId: clusterId,
          data: { changed },
        });
      return { ...cluster, ...after, role: membership.role };
    });
  }

  async get(userId: string, clusterId: string): Promise<ClusterView> {
    const membership = await this.policy.authorize(userId, clusterId, 'cluster.read');
    const cluster = await this.dataSource.manager.findOneByOrFail(Cluster, { id: clusterId });
    return { ...cluster, role: membership.role };
  }
}
