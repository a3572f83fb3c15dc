import { useCallback, useEffect, useState } from 'react';
import { answer, client } from '../../api';
import { getSocket } from '../../socket';
import type { ProcurementDocument, Procurement } from './types';

/** The procurement's documents this person may read (the server decides: quotes' documents stay sealed until the opening). */
export function useDocuments(p: Procurement | null) {
  const [documents, setDocuments] = useState<ProcurementDocument[]>([]);
  const [error, setError] = useState<unknown>(null);
  const id = p?.id;
  const reload = useCallback(async () => {
    if (!id) return;
    try {
      setDocuments((await answer(client.GET('/api/v1/procurements/{id}/documents', { params: { path: { id } } }))).items);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [id]);
  useEffect(() => {
    void reload();
    // The opening (a status change) reveals the quotes' documents to buyers.
    const socket = getSocket();
    const on = (e: { procurementId: string }) => e.procurementId === id && void reload();
    socket.on('procurement:updated', on);
    return () => void socket.off('procurement:updated', on);
  }, [id, reload]);
  return { documents, error, reload };
}
