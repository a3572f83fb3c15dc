import { useCallback, useEffect, useState } from 'react';
import { answer, client } from '../../api';
import { getSocket } from '../../socket';
import type { Order, Procurement } from './types';

/**
 * The award's orders this person may see (their firm's, their supplier's, or all for the organiser),
 * kept live: the server sends `order:updated` with the whole order to exactly those who may see it.
 */
export function useOrders(p: Procurement | null) {
  const [orders, setOrders] = useState<Order[]>([]);
  const [error, setError] = useState<unknown>(null);
  const awarded = !!p && (p.status === 'awarded' || p.status === 'completed');
  const id = p?.id;
  const reload = useCallback(async () => {
    if (!id || !awarded) return setOrders([]);
    try {
      setOrders((await answer(client.GET('/api/v1/procurements/{id}/orders', { params: { path: { id } } }))).items);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [id, awarded]);
  useEffect(() => {
    void reload();
    const socket = getSocket();
    const onOrder = (o: Order) => {
      if (o.procurementId !== id) return;
      const byFirm = (a: Order, b: Order) => a.organizationId.localeCompare(b.organizationId);
      setOrders((cur) => (cur.some((x) => x.id === o.id) ? cur.map((x) => (x.id === o.id ? o : x)) : [...cur, o].sort(byFirm)));
    };
    socket.on('order:updated', onOrder);
    // Events missed while the phone slept or the line was down: coming back to the screen catches up.
    const onVisible = () => document.visibilityState === 'visible' && void reload();
    socket.on('connect', reload);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      socket.off('order:updated', onOrder);
      socket.off('connect', reload);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [id, reload]);
  return { orders, error, reload };
}
