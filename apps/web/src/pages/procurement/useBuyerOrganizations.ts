import { usePermissions } from '../../permissions';
import { useSession } from '../../session';
import { useClusterOrganizations } from './useOrganizationNames';

/**
 * The firms the caller may buy for here: their own non-supplier organizations that take part in
 * this cluster, the one their membership names first. `mine` lists the caller's organizations
 * that do not take part yet, so the screen can say why they are missing.
 */
export function useBuyerOrganizations() {
  const { me, cluster } = useSession();
  const permissions = usePermissions(cluster!.id);
  const inCluster = useClusterOrganizations(cluster!.id);
  const own = me.organizations.filter((o) => o.kind !== 'supplier');
  const buyers = inCluster ? own.filter((o) => o.id === permissions.organizationId || inCluster.some((c) => c.id === o.id)) : [];
  const first = buyers.find((o) => o.id === permissions.organizationId) ?? buyers[0];
  const organizations = first ? [first, ...buyers.filter((o) => o !== first)] : [];
  return {
    permissions,
    organizations,
    outside: inCluster ? own.filter((o) => !organizations.includes(o)) : [],
    loading: permissions.loading || inCluster === null,
    mayPost: permissions.can('procurement.create'),
  };
}
