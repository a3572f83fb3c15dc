import { FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../../api';
import { ErrorText } from '../../components/ErrorText';
import { useFormat } from '../../locale/format';
import { getSocket } from '../../socket';
import type { Procurement, Question } from './types';

interface Props {
  p: Procurement;
  /** A supplier of the cluster may ask while the need is open or quoting. */
  mayAsk: boolean;
  /** The organiser answers. */
  mayAnswer: boolean;
}

/** Suppliers' clarification questions and the organiser's answers; the asker is never named. */
export function Questions({ p, mayAsk, mayAnswer }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const [items, setItems] = useState<Question[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    answer(client.GET('/api/v1/procurements/{id}/questions', { params: { path: { id: p.id } } }))
      .then((q) => setItems(q.items))
      .catch(() => setItems(null)); // no questions to show is no reason to fail the procurement screen
  }, [p.id]);
  useEffect(() => {
    load();
    const socket = getSocket();
    const on = (e: { procurementId: string }) => e.procurementId === p.id && load();
    socket.on('procurement:updated', on);
    return () => void socket.off('procurement:updated', on);
  }, [load, p.id]);

  const ask = (body: string) => client.POST('/api/v1/procurements/{id}/questions', { params: { path: { id: p.id } }, body: { body } });
  const reply = (questionId: string) => (body: string) =>
    client.POST('/api/v1/procurements/{id}/questions/{questionId}/answer', { params: { path: { id: p.id, questionId } }, body: { body } });
  const send = (call: (body: string) => Promise<{ response: Response }>) => async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const body = String(new FormData(form).get('body') ?? '').trim();
    if (!body) return;
    setError(null);
    try {
      await answer(call(body));
      form.reset();
      load();
    } catch (err) {
      setError(err);
    }
  };

  const open = p.status === 'open' || p.status === 'quoting';
  if (items === null || (items.length === 0 && !(mayAsk && open))) return null;
  return (
    <section className="card stack" data-testid="questions">
      <h3>{t('procurement.questions.heading')}</h3>
      {items.length === 0 && <p className="muted">{t('procurement.questions.none')}</p>}
      <ul className="cards">
        {items.map((q) => (
          <li key={q.id} className="item" data-testid="question">
            <p dir="auto" className="body">
              {q.body}
            </p>
            <span className="muted">{f.relative(q.askedAt)}</span>
            {q.answer ? (
              <p dir="auto" className="body answer">
                <strong>{t('procurement.questions.answer')}</strong> {q.answer}
              </p>
            ) : mayAnswer ? (
              <form className="stack screen" onSubmit={(e) => void send(reply(q.id))(e)}>
                <label>
                  {t('procurement.questions.yourAnswer')}
                  <textarea name="body" required dir="auto" maxLength={4000} />
                </label>
                <button type="submit">{t('procurement.questions.sendAnswer')}</button>
              </form>
            ) : (
              <span className="muted">{t('procurement.questions.waiting')}</span>
            )}
          </li>
        ))}
      </ul>
      {mayAsk && open && (
        <form className="stack screen" onSubmit={(e) => void send(ask)(e)} data-testid="ask-form">
          <label>
            {t('procurement.questions.ask')}
            <textarea name="body" required dir="auto" maxLength={4000} data-testid="question-body" />
          </label>
          <p className="muted">{t('procurement.questions.anonymous')}</p>
          <button type="submit" data-testid="ask">
            {t('procurement.questions.send')}
          </button>
        </form>
      )}
      <ErrorText error={error} />
    </section>
  );
}
