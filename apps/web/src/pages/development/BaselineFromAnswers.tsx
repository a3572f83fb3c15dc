import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client, type Schemas } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useFormat } from '../../locale/format';
import { pick } from './local-text';
import type { IndicatorView, QuestionResult, SurveyQuestion } from './types';

type Statistic = Schemas['SurveyFigureDto']['statistic'];
const STATISTICS: Record<SurveyQuestion['kind'], Statistic[]> = {
  number: ['sum', 'mean', 'answered'],
  scale: ['mean', 'share', 'answered'],
  choice: ['share', 'answered'],
  text: ['answered'],
};

/** What the server will take from the answers (the same figures the results show), so the agent sees the baseline before setting it. */
function figure(r: QuestionResult, statistic: Statistic, option: number): string | null {
  if (statistic === 'answered') return String(r.answered);
  if (statistic === 'share') return r.counts?.find((c) => c.value === option)?.share ?? null;
  return r[statistic] ?? null;
}

/** Chosen answers become an indicator's baseline: which indicator, and which figure of the question (total, average, share of an option, or how many answered). */
export function BaselineFromAnswers({
  surveyId,
  question,
  result,
  indicators,
  onDone,
  onClose,
}: {
  surveyId: string;
  question: SurveyQuestion;
  result: QuestionResult;
  indicators: IndicatorView[];
  onDone(i: IndicatorView): void;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const statistics = STATISTICS[question.kind];
  const [indicatorId, setIndicatorId] = useState(indicators[0]?.id ?? '');
  const [statistic, setStatistic] = useState<Statistic>(statistics[0]);
  const [option, setOption] = useState(result.counts?.[0]?.value ?? 0);
  const value = figure(result, statistic, option);
  const optionLabel = (v: number) => (question.kind === 'choice' ? pick(question.options?.[v] ?? {}, i18n.language) : f.number(v));

  return (
    <ConfirmDialog
      open
      title={t('development.useAsBaselineTitle')}
      confirmLabel={t('development.setBaseline')}
      testId="baseline-dialog"
      onConfirm={async () => {
        const body = { surveyId, questionId: question.id, statistic, ...(statistic === 'share' ? { option } : {}) };
        onDone(await answer(client.PUT('/api/v1/indicators/{id}/baseline/from-survey', { params: { path: { id: indicatorId } }, body })));
      }}
      onClose={onClose}
    >
      <label className="field">
        <span>{t('development.indicator')}</span>
        <select value={indicatorId} onChange={(e) => setIndicatorId(e.target.value)} data-testid="baseline-indicator">
          {indicators.map((i) => (
            <option key={i.id} value={i.id}>
              {pick(i.name, i18n.language)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('development.figure')}</span>
        <select value={statistic} onChange={(e) => setStatistic(e.target.value as Statistic)} data-testid="baseline-statistic">
          {statistics.map((s) => (
            <option key={s} value={s}>
              {t(`development.statistic.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {statistic === 'share' && (
        <label className="field">
          <span>{t('development.option')}</span>
          <select value={option} onChange={(e) => setOption(Number(e.target.value))} data-testid="baseline-option">
            {(result.counts ?? []).map((c) => (
              <option key={c.value} value={c.value}>
                {optionLabel(c.value)}
              </option>
            ))}
          </select>
        </label>
      )}
      <p data-testid="baseline-preview">
        {value === null
          ? t('development.figureUnavailable')
          : t('development.baselineWillBe', { value: f.number(value, { maxFractionDigits: 2 }) })}
      </p>
    </ConfirmDialog>
  );
}
