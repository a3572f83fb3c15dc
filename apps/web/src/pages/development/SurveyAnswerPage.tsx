import { FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client, type Schemas } from '../../api';
import { Bidi } from '../../components/Bidi';
import { ErrorText } from '../../components/ErrorText';
import { ScreenState } from '../../components/ScreenState';
import { useFormat } from '../../locale/format';
import { usePermissions } from '../../permissions';
import { pick } from './local-text';

type Survey = Schemas['SurveyDetailView'];

/** One question a screen-width at a time on a phone: big targets, the keyboard's own digits welcome. */
export function SurveyAnswerPage({ surveyId, clusterId }: { surveyId: string; clusterId: string }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const permissions = usePermissions(clusterId);
  const [survey, setSurvey] = useState<Survey | null>(null);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [sendError, setSendError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [sending, setSending] = useState(false);

  const load = useCallback(() => {
    setError(null);
    answer(client.GET('/api/v1/surveys/{id}', { params: { path: { id: surveyId } } }))
      .then((s) => {
        setSurvey(s);
        setAnswers(s.myAnswers ?? {});
      })
      .catch(setError);
  }, [surveyId]);
  useEffect(load, [load]);

  if (!survey) return <ScreenState loading={!error} error={error} onRetry={load} />;
  const set = (id: string, value: string) => {
    setSaved(false);
    setAnswers((a) => ({ ...a, [id]: value }));
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSendError(null);
    setSending(true);
    try {
      const given = Object.entries(answers).filter(([, v]) => v.trim() !== '');
      await answer(
        client.PUT('/api/v1/surveys/{id}/answers', {
          params: { path: { id: surveyId } },
          body: {
            // Only someone acting for an organization is offered this screen (the overview's answer link).
            organizationId: permissions.organizationId!,
            answers: given.map(([questionId, value]) => ({ questionId, value })),
          },
        }),
      );
      setSaved(true);
    } catch (err) {
      setSendError(err);
    } finally {
      setSending(false);
    }
  };

  return (
    <form className="screen survey" onSubmit={(e) => void submit(e)} data-testid="survey-form">
      <a href={`#/c/${clusterId}/development`} data-testid="back">
        {t('development.back')}
      </a>
      <h2>
        <Bidi>{pick(survey.title, i18n.language)}</Bidi>
      </h2>
      {survey.questions.map((q, n) => (
        <fieldset key={q.id} className="card" data-testid={`question-${q.id}`}>
          <legend>
            {f.number(n + 1)}. <Bidi>{pick(q.text, i18n.language)}</Bidi>
          </legend>
          {q.kind === 'number' && (
            <input
              inputMode="decimal"
              aria-label={pick(q.text, i18n.language)}
              value={answers[q.id] ?? ''}
              onChange={(e) => set(q.id, e.target.value)}
              data-testid={`answer-${q.id}`}
            />
          )}
          {q.kind === 'text' && (
            <textarea
              aria-label={pick(q.text, i18n.language)}
              rows={3}
              value={answers[q.id] ?? ''}
              onChange={(e) => set(q.id, e.target.value)}
              data-testid={`answer-${q.id}`}
            />
          )}
          {(q.kind === 'choice' || q.kind === 'scale') &&
            (q.kind === 'choice'
              ? (q.options ?? []).map((o, i) => ({ value: String(i), label: pick(o, i18n.language) }))
              : range(q.min ?? 1, q.max ?? 5).map((v) => ({ value: String(v), label: f.number(v) }))
            ).map((o) => (
              <label key={o.value} className="choice">
                <input
                  type="radio"
                  name={q.id}
                  value={o.value}
                  checked={answers[q.id] === o.value}
                  onChange={() => set(q.id, o.value)}
                  data-testid={`answer-${q.id}-${o.value}`}
                />
                <Bidi>{o.label}</Bidi>
              </label>
            ))}
        </fieldset>
      ))}
      <button type="submit" disabled={sending || survey.status !== 'open'} data-testid="survey-send">
        {t('development.send')}
      </button>
      {saved && (
        <p role="status" data-testid="survey-saved">
          {t('development.saved')}
        </p>
      )}
      <ErrorText error={sendError} />
    </form>
  );
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_v, i) => from + i);
