import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Cluster } from './cluster.entity';
import { Organization } from './organization.entity';

/**
 * What other contexts may read about clusters and organizations for a page the public sees: who a
 * cluster is, and the names and places of organizations it chose to list. Nothing here checks
 * access; the caller decides what may be shown.
 */
@Injectable()
export class ClusterDirectory {
  constructor(private readonly dataSource: DataSource) {}

  async bySlug(slug: string) {
    const c = await this.dataSource.manager.findOneBy(Cluster, { slug: slug.toLowerCase() });
    return (
      c && { id: c.id, slug: c.slug, name: c.name, sector: c.sector, country: c.country, region: c.region, description: c.description }
    );
  }

  async byId(id: string) {
    const c = await this.dataSource.manager.findOneBy(Cluster, { id });
    return (
      c && { id: c.id, slug: c.slug, name: c.name, sector: c.sector, country: c.country, region: c.region, description: c.description }
    );
  }

  async organizations(ids: string[]) {
    if (ids.length === 0) return [];
    const rows = await this.dataSource.manager.findBy(Organization, { id: In(ids) });
    return rows.map((o) => ({ id: o.id, name: o.name, kind: o.kind, city: o.city }));
  }
}
