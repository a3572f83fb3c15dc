import { useEffect, useState } from 'react';
import { answer, client, type Schemas } from '../api';

export type Organization = Schemas['OrganizationView'];

/** The organizations with a seat in the cluster, to name each member's. */
export function useOrganizations(clusterId: string) {
  const [organizations, setOrganizations] = useState<Organization[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    setError(null);
    answer(client.GET('/api/v1/clusters/{clusterId}/organizations', { params: { path: { clusterId } } }))
      .then((p) => setOrganizations(p.items))
      .catch(setError);
  }, [clusterId, attempt]);
  return { organizations, error, retry: () => setAttempt((a) => a + 1) };
}
