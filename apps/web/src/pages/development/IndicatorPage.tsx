import { FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../../api';
import { BackLink } from '../../components/BackLink';
import { Bidi } from '../../components/Bidi';
import { DateField } from '../../components/DateField';
import { DecimalInput } from '../../components/DecimalInput';
import { ErrorText } from '../../components/ErrorText';
import { ScreenState } from '../../components/ScreenState';
import { useFormat } from '../../locale/format';
import { usePermissions } from '../../permissions';
import { pick } from './local-text';
import type { IndicatorView } from './types';

const today = () => new Date().toISOString().slice(0, 10);

/** One indicator: baseline and where it came from, targets by date, the values measured so far; the agent sets targets, readings and a typed baseline here. */
export function IndicatorPage({ clusterId, indicatorId }: { clusterId: string; indicatorId: string }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const permissions = usePermissions(clusterId);
  const [indicator, setIndicator] = useState<IndicatorView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    setError(null);
    answer(client.GET('/api/v1/indicators/{id}', { params: { path: { id: indicatorId } } }))
      .then(setIndicator)
      .catch(setError);
  }, [indicatorId]);
  useEffect(load, [load]);

  if (!indicator) return <ScreenState loading={!error} error={error} onRetry={load} />;
  const manages = permissions.can('indicator.manage');
  const path = { params: { path: { id: indicatorId } } };
  const value = (v: string | null) => (v === null ? '—' : `${f.number(v)} ${indicator.unit}`);
  return (
    <div className="screen" data-testid="indicator-page">
      <BackLink href={`#/c/${clusterId}/development`} label={t('development.back')} />
      <h2>
        <Bidi>{pick(indicator.name, i18n.language)}</Bidi>
      </h2>
      <p className="muted">{t(`development.source.${indicator.source}`)}</p>
      <ul className="amounts card">
        <li>
          <span>{t('development.baseline')}</span>
          <bdi data-testid="indicator-baseline">{value(indicator.baseline)}</bdi>
        </li>
        {indicator.baselineDate && (
          <li>
            <span>{t('development.baselineDate')}</span>
            <span>{f.date(indicator.baselineDate)}</span>
          </li>
        )}
        {indicator.baselineOrigin && (
          <li>
            <span>{t('development.baselineOrigin')}</span>
            <span>{t(`development.statistic.${indicator.baselineOrigin.statistic}`)}</span>
          </li>
        )}
        <li>
          <span>{t('development.current')}</span>
          <bdi data-testid="indicator-current">{value(indicator.current)}</bdi>
        </li>
        {indicator.progress !== null && (
          <li>
            <span>{t('development.progress')}</span>
            <span>{t('dashboard.percent', { value: f.number(indicator.progress) })}</span>
          </li>
        )}
      </ul>
      <section className="card stack">
        <h3>{t('development.targets')}</h3>
        <ScreenState empty={indicator.targets.length === 0} emptyText={t('development.noTargets')}>
          <ul className="amounts" data-testid="targets">
            {indicator.targets.map((x) => (
              <li key={x.dueDate} data-testid="target">
                <span>{f.date(x.dueDate)}</span>
                <bdi>{value(x.value)}</bdi>
              </li>
            ))}
          </ul>
        </ScreenState>
        {manages && (
          <DatedValueForm
            label={t('development.targetDate')}
            valueLabel={t('development.targetValue')}
            submitLabel={t('development.setTarget')}
            testId="target"
            onSubmit={(date, v) =>
              answer(client.PUT('/api/v1/indicators/{id}/targets', { ...path, body: { dueDate: date, value: v } })).then(setIndicator)
            }
          />
        )}
      </section>
      <section className="card stack">
        <h3>{t('development.readings')}</h3>
        <ScreenState empty={indicator.series.length === 0} emptyText={t('development.noReadings')}>
          <ul className="amounts" data-testid="readings">
            {indicator.series.map((x) => (
              <li key={x.date}>
                <span>{f.date(x.date)}</span>
                <bdi>{value(x.value)}</bdi>
              </li>
            ))}
          </ul>
        </ScreenState>
        {manages && indicator.source === 'readings' && (
          <DatedValueForm
            label={t('development.measuredOn')}
            valueLabel={t('development.readingValue')}
            submitLabel={t('development.addReading')}
            testId="reading"
            initialDate={today()}
            onSubmit={(date, v) =>
              answer(client.POST('/api/v1/indicators/{id}/readings', { ...path, body: { measuredOn: date, value: v } })).then(setIndicator)
            }
          />
        )}
      </section>
      {manages && (
        <details className="card">
          <summary>{t('development.typeBaseline')}</summary>
          <DatedValueForm
            label={t('development.baselineDate')}
            valueLabel={t('development.baseline')}
            submitLabel={t('development.setBaseline')}
            testId="baseline"
            initialDate={today()}
            onSubmit={(date, v) =>
              answer(client.PUT('/api/v1/indicators/{id}/baseline', { ...path, body: { date, value: v } })).then(setIndicator)
            }
          />
        </details>
      )}
    </div>
  );
}

/** A day picked in the reader's calendar and a number typed in any digits. */
function DatedValueForm({
  label,
  valueLabel,
  submitLabel,
  testId,
  initialDate = '',
  onSubmit,
}: {
  label: string;
  valueLabel: string;
  submitLabel: string;
  testId: string;
  initialDate?: string;
  onSubmit(date: string, value: string): Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [date, setDate] = useState(initialDate);
  const [value, setValue] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [round, setRound] = useState(0);
  const [missingDate, setMissingDate] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!date) return setMissingDate(true);
    if (value === null) return;
    setBusy(true);
    try {
      await onSubmit(date, value);
      setRound((r) => r + 1);
      setDate(initialDate);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="stack" onSubmit={(e) => void submit(e)} data-testid={`${testId}-form`} key={round}>
      <div className="fields">
        <DateField label={label} kind="day" value={date} onChange={(d) => (setDate(d), setMissingDate(false))} testId={`${testId}-date`} />
        <DecimalInput label={valueLabel} required signed onValue={setValue} testId={`${testId}-value`} />
      </div>
      {missingDate && (
        <p className="field-error" role="alert">
          {t('fields.date.required')}
        </p>
      )}
      <ErrorText error={error} />
      <button type="submit" disabled={busy} aria-busy={busy} data-testid={`${testId}-submit`}>
        {submitLabel}
      </button>
    </form>
  );
}
