import { useEffect, useState } from 'react';
import { api } from '../api';
import type { Page } from '../types';

export interface Organization {
  id: string;
  name: string;
  kind: string;
  country: string;
  city: string;
  description: string | null;
}

/** The organizations with a seat in the cluster, to name each member's. */
export function useOrganizations(clusterId: string) {
  const [organizations, setOrganizations] = useState<Organization[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    setError(null);
    api
      .get<Page<Organization>>(`/clusters/${clusterId}/organizations`)
      .then((p) => setOrganizations(p.items))
      .catch(setError);
  }, [clusterId, attempt]);
  return { organizations, error, retry: () => setAttempt((a) => a + 1) };
}
