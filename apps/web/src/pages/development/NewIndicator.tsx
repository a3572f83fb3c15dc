import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../../api';
import { DecimalInput } from '../../components/DecimalInput';
import { ErrorText } from '../../components/ErrorText';
import { go } from '../../router';
import { LocalText } from './local-text';
import { LocalTextInput } from './LocalTextInput';
import { INDICATOR_SOURCES, IndicatorView } from './types';

/** The agent adds an indicator: its name in the cluster's languages, a unit, and where its values come from. */
export function NewIndicator({ clusterId }: { clusterId: string }) {
  const { t } = useTranslation();
  const [name, setName] = useState<LocalText>({});
  const [unit, setUnit] = useState('');
  const [source, setSource] = useState<IndicatorView['source']>('readings');
  const [currency, setCurrency] = useState('');
  const [baseline, setBaseline] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const body = {
        name,
        unit: unit.trim(),
        source,
        ...(source === 'procurement-savings' ? { currency: currency.trim().toUpperCase() } : {}),
        ...(baseline !== null ? { baseline } : {}),
      };
      const made = await answer(client.POST('/api/v1/clusters/{clusterId}/indicators', { params: { path: { clusterId } }, body }));
      go('c', clusterId, 'development', 'indicators', made.id);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="stack" onSubmit={(e) => void submit(e)} data-testid="indicator-form">
      <LocalTextInput label={t('development.indicatorName')} value={name} onChange={setName} testId="indicator-name" />
      <div className="fields">
        <label className="field">
          <span>{t('development.unit')}</span>
          <input value={unit} onChange={(e) => setUnit(e.target.value)} required dir="auto" data-testid="indicator-unit" />
        </label>
        <label className="field">
          <span>{t('development.sourceLabel')}</span>
          <select value={source} onChange={(e) => setSource(e.target.value as IndicatorView['source'])} data-testid="indicator-source">
            {INDICATOR_SOURCES.map((s) => (
              <option key={s} value={s}>
                {t(`development.source.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {source === 'procurement-savings' && (
          <label className="field">
            <span>{t('development.currency')}</span>
            <input
              value={currency}
              onChange={(e) => setCurrency(e.target.value)}
              required
              maxLength={3}
              dir="ltr"
              placeholder="AZN"
              data-testid="indicator-currency"
            />
          </label>
        )}
        <DecimalInput label={t('development.baselineOptional')} signed onValue={setBaseline} testId="indicator-baseline-input" />
      </div>
      <ErrorText error={error} />
      <button type="submit" disabled={busy} aria-busy={busy} data-testid="indicator-create">
        {t('development.addIndicator')}
      </button>
    </form>
  );
}
