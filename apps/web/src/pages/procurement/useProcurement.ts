import { useCallback, useEffect, useState } from 'react';
import { answer, client } from '../../api';
import { getSocket } from '../../socket';
import type { Match, Procurement, Quote, QuotesAnswer } from './types';

const NONE: QuotesAnswer = { sealed: false, count: 0, items: [], nextCursor: null };

export interface ProcurementData {
  procurement: Procurement | null;
  quotes: Quote[];
  /** Buyers see only how many sealed quotes came in until quoting closes. */
  sealedCount: number | null;
  matches: Match[];
  error: unknown;
  reload(): Promise<void>;
}

/** One procurement with its quotes and matched suppliers, kept live by the `procurement:updated` event. */
export function useProcurement(id: string): ProcurementData {
  const [procurement, setProcurement] = useState<Procurement | null>(null);
  const [quotes, setQuotes] = useState<QuotesAnswer>(NONE);
  const [matches, setMatches] = useState<Match[]>([]);
  const [error, setError] = useState<unknown>(null);

  const reload = useCallback(async () => {
    try {
      const params = { path: { id } };
      const [p, q] = await Promise.all([
        answer(client.GET('/api/v1/procurements/{id}', { params })),
        answer(client.GET('/api/v1/procurements/{id}/quotes', { params })),
      ]);
      setProcurement(p);
      setQuotes(q);
      setError(null);
    } catch (e) {
      setError(e);
    }
    // Matches are advice for the organiser; not being allowed to see them is no failure of the screen.
    await answer(client.GET('/api/v1/procurements/{id}/matches', { params: { path: { id } } }))
      .then((m) => setMatches(m.items))
      .catch(() => setMatches([]));
  }, [id]);

  useEffect(() => {
    setProcurement(null);
    void reload();
    const socket = getSocket();
    const on = (e: { procurementId: string; status: Procurement['status']; totalQuantity: string }) => {
      if (e.procurementId !== id) return;
      setProcurement((cur) => (cur ? { ...cur, status: e.status, totalQuantity: e.totalQuantity } : cur));
      void reload();
    };
    socket.on('procurement:updated', on);
    return () => void socket.off('procurement:updated', on);
  }, [id, reload]);

  return { procurement, quotes: quotes.items, sealedCount: quotes.sealed ? quotes.count : null, matches, error, reload };
}
