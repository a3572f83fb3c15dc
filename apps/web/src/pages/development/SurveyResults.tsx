import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client, type Schemas } from '../../api';
import { BackLink } from '../../components/BackLink';
import { Bidi } from '../../components/Bidi';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ScreenState } from '../../components/ScreenState';
import { useFormat } from '../../locale/format';
import { BaselineFromAnswers } from './BaselineFromAnswers';
import { pick } from './local-text';
import type { IndicatorView } from './types';

type Results = Schemas['SurveyResultsView'];

/** The agent's view of one survey: send it, see each question's answers and response rate, and turn a chosen figure into an indicator's baseline. */
export function SurveyResults({ clusterId, surveyId }: { clusterId: string; surveyId: string }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const [results, setResults] = useState<Results | null>(null);
  const [indicators, setIndicators] = useState<IndicatorView[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [asking, setAsking] = useState<'send' | 'close' | null>(null);
  const [baselineFor, setBaselineFor] = useState<string | null>(null);
  const [baselineSet, setBaselineSet] = useState<IndicatorView | null>(null);

  const load = useCallback(() => {
    setError(null);
    Promise.all([
      answer(client.GET('/api/v1/surveys/{id}/results', { params: { path: { id: surveyId } } })),
      answer(client.GET('/api/v1/clusters/{clusterId}/indicators', { params: { path: { clusterId } } })),
    ])
      .then(([r, i]) => {
        setResults(r);
        setIndicators(i.items);
      })
      .catch(setError);
  }, [surveyId, clusterId]);
  useEffect(load, [load]);

  if (!results) return <ScreenState loading={!error} error={error} onRetry={load} />;
  const { survey } = results;
  const lang = i18n.language;
  const questionOf = (id: string) => survey.questions.find((q) => q.id === id)!;

  return (
    <div className="screen" data-testid="survey-results">
      <BackLink href={`#/c/${clusterId}/development`} label={t('development.back')} />
      <div className="screen-head">
        <h2>
          <Bidi>{pick(survey.title, lang)}</Bidi>
        </h2>
        <span className="status" data-testid="survey-status">
          {t(`development.surveyStatus.${survey.status}`)}
        </span>
      </div>
      {survey.status === 'draft' && (
        <button type="button" onClick={() => setAsking('send')} data-testid="survey-send-to-cluster">
          {t('development.sendSurvey')}
        </button>
      )}
      {survey.status !== 'draft' && (
        <p data-testid="survey-response">
          {t('development.responded', { answered: f.number(results.answered), asked: f.number(results.asked) })}
        </p>
      )}
      {baselineSet && (
        <p role="status" className="card" data-testid="baseline-set">
          {t('development.baselineSet', { name: pick(baselineSet.name, lang), value: f.number(baselineSet.baseline ?? '0') })}
        </p>
      )}
      <ol className="plain cards">
        {results.questions.map((r) => {
          const q = questionOf(r.questionId);
          return (
            <li key={r.questionId} className="item" data-testid={`result-${r.questionId}`}>
              <span className="item-title">
                <Bidi>{pick(q.text, lang)}</Bidi>
              </span>
              <span className="muted" data-testid="response-rate">
                {t('development.answeredRate', {
                  answered: f.number(r.answered),
                  rate: t('dashboard.percent', { value: f.number(r.responseRate) }),
                })}
              </span>
              {r.sum !== undefined && q.kind === 'number' && (
                <ul className="amounts">
                  <li>
                    <span>{t('development.statistic.sum')}</span>
                    <bdi data-testid="result-sum">{f.number(r.sum)}</bdi>
                  </li>
                  <li>
                    <span>{t('development.statistic.mean')}</span>
                    <bdi>{f.number(r.mean!, { maxFractionDigits: 2 })}</bdi>
                  </li>
                  <li>
                    <span>{t('development.range')}</span>
                    <bdi>
                      {f.number(r.min!)} – {f.number(r.max!)}
                    </bdi>
                  </li>
                </ul>
              )}
              {r.counts && (
                <ul className="amounts">
                  {r.counts.map((c) => (
                    <li key={c.value}>
                      <Bidi>{q.kind === 'choice' ? pick(q.options?.[c.value] ?? {}, lang) : f.number(c.value)}</Bidi>
                      <span>
                        {f.number(c.count)} · {t('dashboard.percent', { value: f.number(c.share) })}
                      </span>
                    </li>
                  ))}
                  {q.kind === 'scale' && r.mean !== undefined && (
                    <li>
                      <span>{t('development.statistic.mean')}</span>
                      <bdi>{f.number(r.mean, { maxFractionDigits: 2 })}</bdi>
                    </li>
                  )}
                </ul>
              )}
              {r.texts && (
                <ul className="plain">
                  {r.texts.map((text, i) => (
                    <li key={i}>
                      <Bidi>{text}</Bidi>
                    </li>
                  ))}
                </ul>
              )}
              {r.answered > 0 && q.kind !== 'text' && (
                <div className="actions-row">
                  {indicators.length > 0 ? (
                    <button type="button" className="secondary" onClick={() => setBaselineFor(r.questionId)} data-testid="use-as-baseline">
                      {t('development.useAsBaseline')}
                    </button>
                  ) : (
                    <a href={`#/c/${clusterId}/development`}>{t('development.noIndicatorsForBaseline')}</a>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <ConfirmDialog
        open={asking === 'send'}
        title={t('development.sendSurveyTitle')}
        confirmLabel={t('development.sendSurvey')}
        onConfirm={() => answer(client.POST('/api/v1/surveys/{id}/send', { params: { path: { id: surveyId } } })).then(load)}
        onClose={() => setAsking(null)}
      >
        <p>{t('development.sendSurveyBody', { n: f.number(survey.questions.length) })}</p>
      </ConfirmDialog>
      {survey.status === 'open' && (
        <>
          <button type="button" className="secondary" onClick={() => setAsking('close')} data-testid="survey-close">
            {t('development.closeSurvey')}
          </button>
          <ConfirmDialog
            open={asking === 'close'}
            title={t('development.closeSurveyTitle')}
            confirmLabel={t('development.closeSurvey')}
            onConfirm={() => answer(client.POST('/api/v1/surveys/{id}/close', { params: { path: { id: surveyId } } })).then(load)}
            onClose={() => setAsking(null)}
          >
            <p>{t('development.closeSurveyBody')}</p>
          </ConfirmDialog>
        </>
      )}
      {baselineFor && (
        <BaselineFromAnswers
          surveyId={surveyId}
          question={questionOf(baselineFor)}
          result={results.questions.find((r) => r.questionId === baselineFor)!}
          indicators={indicators}
          onDone={(i) => {
            setBaselineSet(i);
            setIndicators((all) => all.map((x) => (x.id === i.id ? i : x)));
          }}
          onClose={() => setBaselineFor(null)}
        />
      )}
    </div>
  );
}
