import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * What other contexts may read about a cluster's projects without touching their tables. The
 * caller has already checked who may see the cluster's figures.
 */
@Injectable()
export class ProjectFigures {
  constructor(private readonly dataSource: DataSource) {}

  /** Each organization that took part in a project of the cluster, with when it first joined one. */
  async firstMemberships(clusterId: string): Promise<Array<{ organizationId: string; first: Date }>> {
    return this.dataSource.query(
      `SELECT pm.organization_id AS "organizationId", min(pm.joined_at) AS first
         FROM project_members pm JOIN projects p ON p.id = pm.project_id
        WHERE p.cluster_id = $1 GROUP BY pm.organization_id`,
      [clusterId],
    );
  }
}
