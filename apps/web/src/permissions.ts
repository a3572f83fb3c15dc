import { useEffect, useState } from 'react';
import { api } from './api';
import { useSession } from './session';

interface Answer {
  role: string;
  organizationId: string | null;
  actions: string[];
}

export interface Permissions {
  /** Whether the caller may do `action` (`procurement.manage`, `dashboard.read`, …) in this cluster. */
  can(action: string): boolean;
  role: string | null;
  organizationId: string | null;
  loading: boolean;
}

const cache = new Map<string, Promise<Answer | null>>();

// The server's one permission table decides; the client keeps no copy of it. Until an answer arrives
// (or if the endpoint cannot be reached) every action is shown and the server's refusal is translated.
function fetchPermissions(clusterId: string, role = ''): Promise<Answer | null> {
  const key = `${clusterId}:${role}`;
  if (!cache.has(key)) {
    const request = api.get<Answer>(`/clusters/${clusterId}/permissions`).catch(() => {
      cache.delete(key);
      return null;
    });
    cache.set(key, request);
  }
  return cache.get(key)!;
}

/** Forget what was fetched (a role changed, the user signed out). */
export const forgetPermissions = () => cache.clear();

export function usePermissions(clusterId: string | undefined): Permissions {
  const { me } = useSession();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [loading, setLoading] = useState(!!clusterId);
  const membership = me.memberships.find((m) => m.clusterId === clusterId);

  useEffect(() => {
    if (!clusterId) return;
    let live = true;
    setLoading(true);
    void fetchPermissions(clusterId, membership?.role).then((a) => {
      if (!live) return;
      setAnswer(a);
      setLoading(false);
    });
    return () => {
      live = false;
    };
  }, [clusterId, membership?.role]);

  const actions = answer ? new Set(answer.actions) : null;
  return {
    can: (action) => (actions ? actions.has(action) : true),
    role: answer?.role ?? membership?.role ?? null,
    organizationId: answer?.organizationId ?? membership?.organizationId ?? null,
    loading,
  };
}
