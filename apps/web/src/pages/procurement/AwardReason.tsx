import { useTranslation } from 'react-i18next';

/** Why a quote other than the top-ranked one is chosen: required then, and kept in the audit log. */
export function AwardReason({
  value,
  onChange,
  hint,
  testId,
}: {
  value: string;
  onChange(value: string): void;
  hint?: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <label className="field">
      <span>{t('procurement.evaluation.reason')}</span>
      <textarea dir="auto" required maxLength={2000} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} />
      {hint && <span className="muted">{t('procurement.evaluation.reasonHint')}</span>}
    </label>
  );
}
