import { useEffect, useState } from 'react';
import { answer, client, type Schemas } from './api';
import { useSession } from './session';

type Answer = Schemas['PermissionsView'];
/** An action of the server's permission table (`procurement.manage`, `dashboard.read`, …). */
export type Action = Answer['actions'][number];

export interface Permissions {
  /** Whether the caller may do `action` in this cluster. */
  can(action: Action): boolean;
  role: Answer['role'] | null;
  organizationId: string | null;
  loading: boolean;
}

const cache = new Map<string, Promise<Answer | null>>();

// The server's one permission table decides; the client keeps no copy of it. Until an answer arrives
// (or if the endpoint cannot be reached) every action is shown and the server's refusal is translated.
function fetchPermissions(clusterId: string, role = ''): Promise<Answer | null> {
  const key = `${clusterId}:${role}`;
  if (!cache.has(key)) {
    const request = answer(client.GET('/api/v1/clusters/{clusterId}/permissions', { params: { path: { clusterId } } })).catch(() => {
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
  const [granted, setGranted] = useState<Answer | null>(null);
  const [loading, setLoading] = useState(!!clusterId);
  const membership = me.memberships.find((m) => m.clusterId === clusterId);

  useEffect(() => {
    if (!clusterId) return;
    let live = true;
    setLoading(true);
    void fetchPermissions(clusterId, membership?.role).then((a) => {
      if (!live) return;
      setGranted(a);
      setLoading(false);
    });
    return () => {
      live = false;
    };
  }, [clusterId, membership?.role]);

  const actions = granted ? new Set(granted.actions) : null;
  return {
    can: (action) => (actions ? actions.has(action) : true),
    role: granted?.role ?? membership?.role ?? null,
    organizationId: granted?.organizationId ?? membership?.organizationId ?? null,
    loading,
  };
}
