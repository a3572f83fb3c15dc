import { useEffect, useState } from 'react';
import { answer, client, type Schemas } from '../../api';
import { useSession } from '../../session';

export type ClusterOrganization = Schemas['OrganizationView'];

const cache = new Map<string, Promise<ClusterOrganization[]>>();
function fetchOrganizations(clusterId: string): Promise<ClusterOrganization[]> {
  if (!cache.has(clusterId)) {
    const request = answer(client.GET('/api/v1/clusters/{clusterId}/organizations', { params: { path: { clusterId } } })).then(
      (p) => p.items,
      (e) => {
        cache.delete(clusterId);
        throw e;
      },
    );
    cache.set(clusterId, request);
  }
  return cache.get(clusterId)!;
}

/** The organizations taking part in the cluster (null while loading). Only these post, join or quote in it. */
export function useClusterOrganizations(clusterId: string): ClusterOrganization[] | null {
  const [items, setItems] = useState<ClusterOrganization[] | null>(null);
  useEffect(() => {
    let live = true;
    fetchOrganizations(clusterId)
      .then((list) => live && setItems(list))
      .catch(() => live && setItems([]));
    return () => {
      live = false;
    };
  }, [clusterId]);
  return items;
}

/** Names to put on participants, quotes and allocations; the id's short form stands in until they arrive. */
export function useOrganizationNames(clusterId: string): (organizationId: string) => string {
  const { me } = useSession();
  const list = useClusterOrganizations(clusterId);
  return (id) => list?.find((o) => o.id === id)?.name ?? me.organizations.find((o) => o.id === id)?.name ?? `${id.slice(0, 8)}…`;
}
