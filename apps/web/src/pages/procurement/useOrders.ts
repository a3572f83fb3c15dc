import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api';
import type { Order, Procurement } from './types';

/** The award's orders this person may see (their firm's, their supplier's, or all for the organiser). */
export function useOrders(p: Procurement | null) {
  const [orders, setOrders] = useState<Order[]>([]);
  const [error, setError] = useState<unknown>(null);
  const awarded = !!p && (p.status === 'awarded' || p.status === 'completed');
  const id = p?.id;
  const reload = useCallback(async () => {
    if (!id || !awarded) return setOrders([]);
    try {
      setOrders((await api.get<{ items: Order[] }>(`/procurements/${id}/orders`)).items);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [id, awarded]);
  useEffect(() => {
    void reload();
    // The other party's steps are not pushed to this screen: coming back to it shows them.
    const onVisible = () => document.visibilityState === 'visible' && void reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);
  return { orders, error, reload };
}
