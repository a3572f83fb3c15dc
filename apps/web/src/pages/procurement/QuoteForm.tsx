import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { DecimalInput } from '../../components/DecimalInput';
import { ErrorText } from '../../components/ErrorText';
import { useFormat } from '../../locale/format';
import type { Procurement } from './types';

const TIERS = [0, 1, 2];
/** An optional whole-number field: left out of the quote when left empty. */
const wholeNumber = (form: FormData, name: string) => (form.get(name) ? { [name]: Number(form.get(name)) } : {});

/** A supplier's sealed quote: up to three volume tiers (from this quantity, this unit price) and a lead time. */
export function QuoteForm({ p, supplier, onSent }: { p: Procurement; supplier: { id: string }; onSent(): Promise<void> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  // Warranty and payment terms are asked for only when the need is judged by them.
  const judgedBy = (c: string) => !!p.criteria?.some((x) => x.criterion === c);

  const send = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const mins = form.getAll('minQuantity').map(String);
    const prices = form.getAll('unitPrice').map(String);
    const tiers = mins.map((m, i) => ({ minQuantity: m, unitPrice: prices[i] })).filter((x) => x.minQuantity && x.unitPrice);
    setBusy(true);
    setError(null);
    try {
      await api.post(`/procurements/${p.id}/quotes`, {
        organizationId: supplier.id,
        tiers,
        leadTimeDays: Number(form.get('leadTimeDays')),
        validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        ...wholeNumber(form, 'warrantyMonths'),
        ...wholeNumber(form, 'paymentTermsDays'),
      });
      setSent(true);
      await onSent();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card stack screen" onSubmit={(e) => void send(e)} data-testid="quote-form">
      <h3>{t('procurement.sendQuote')}</h3>
      <p className="muted">{t('procurement.quoteHint', { currency: f.currency(p.currency), unit: f.unit(p.unit) })}</p>
      {TIERS.map((i) => (
        <fieldset key={i} className="fields tier">
          <legend className="visually-hidden">{t('procurement.tier', { n: f.number(i + 1) })}</legend>
          <DecimalInput label={t('procurement.minQuantity')} name="minQuantity" required={i === 0} testId={`tier-min-${i}`} />
          <DecimalInput label={t('procurement.unitPrice')} name="unitPrice" required={i === 0} testId={`tier-price-${i}`} />
        </fieldset>
      ))}
      <DecimalInput label={t('procurement.leadTime')} name="leadTimeDays" integer required defaultValue="14" testId="lead-time" />
      {judgedBy('warranty') && <DecimalInput label={t('procurement.evaluation.warrantyMonths')} name="warrantyMonths" integer testId="warranty-months" />}
      {judgedBy('payment-terms') && <DecimalInput label={t('procurement.evaluation.paymentTermsDays')} name="paymentTermsDays" integer testId="payment-terms-days" />}
      {sent && <p role="status">{t('procurement.quoteSent')}</p>}
      <ErrorText error={error} />
      <button type="submit" disabled={busy} data-testid="send-quote">
        {t('procurement.sendQuote')}
      </button>
    </form>
  );
}
