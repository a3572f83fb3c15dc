import type { ClusterRole } from './membership.entity';

/**
 * SQL that clusters publishes for queries of other contexts that must stay one statement (a filtered,
 * ordered, paged list over 100,000 rows; a check inside a write). Only this file and clusters' own
 * know the columns of memberships, organizations and organization_members: a caller gets a relation
 * or a condition of the declared shape, so a renamed column is changed here alone. Every argument
 * is SQL (a parameter such as `$1`, or a column of the caller's query), never input.
 */
export const clusterSql = {
  /** The organizations taking part in a cluster, as a relation `(id, name, kind, city, country)`. */
  organizationsIn: (cluster: string) =>
    `(SELECT o.id, o.name, o.kind, o.city, o.country FROM organizations o
       WHERE EXISTS (SELECT 1 FROM memberships m WHERE m.cluster_id = ${cluster} AND m.organization_id = o.id))`,
  /** True when the organization takes part in the cluster, with this role when one is named. */
  takesPart: (cluster: string, organization: string, role?: ClusterRole) =>
    `EXISTS (SELECT 1 FROM memberships m
              WHERE m.cluster_id = ${cluster} AND m.organization_id = ${organization}${role ? ` AND m.role = '${role}'` : ''})`,
  /** The ids of the clusters an organization takes part in, as a relation `(cluster_id)`. */
  clustersOfOrganization: (organization: string) => `(SELECT cluster_id FROM memberships WHERE organization_id = ${organization})`,
  /** The user ids of a cluster's members, as a relation `(user_id)`. */
  memberIds: (cluster: string) => `(SELECT user_id FROM memberships WHERE cluster_id = ${cluster})`,
  /** The ids of the clusters a user is a member of, as a relation `(cluster_id)`. */
  clustersOfUser: (user: string) => `(SELECT cluster_id FROM memberships WHERE user_id = ${user})`,
};
