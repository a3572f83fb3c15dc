import { useEffect, useState } from 'react';
import { answer, client } from '../../api';
import type { Evaluation, Procurement } from './types';

/**
 * The weighted comparison, once the quotes are opened. Those who may not see every quote get none:
 * that is no failure of the screen, so the comparison is simply left out.
 */
export function useEvaluation(p: Procurement | null): Evaluation | null {
  const [evaluation, setEvaluation] = useState<Evaluation | null>(null);
  const opened = !!p && ['evaluating', 'awarded', 'completed'].includes(p.status);
  useEffect(() => {
    if (!p || !opened) return setEvaluation(null);
    let live = true;
    answer(client.GET('/api/v1/procurements/{id}/evaluation', { params: { path: { id: p.id } } }))
      .then((e) => live && setEvaluation(e))
      .catch(() => live && setEvaluation(null));
    return () => {
      live = false;
    };
  }, [p?.id, p?.status, opened]); // eslint-disable-line react-hooks/exhaustive-deps
  return evaluation;
}
