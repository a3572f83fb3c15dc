import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../../api';
import { Bidi } from '../../components/Bidi';
import { DecimalInput } from '../../components/DecimalInput';
import { ErrorText } from '../../components/ErrorText';
import { useFormat } from '../../locale/format';
import type { Procurement } from './types';

const TIERS = [0, 1, 2];
const LOT_TIERS = [0, 1];
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
  const judgedBy = (c: string) => p.criteria.some((x) => x.criterion === c);

  const send = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const tiersOf = (prefix: string) => {
      const mins = form.getAll(`${prefix}minQuantity`).map(String);
      const prices = form.getAll(`${prefix}unitPrice`).map(String);
      return mins.map((m, i) => ({ minQuantity: m, unitPrice: prices[i] })).filter((x) => x.minQuantity && x.unitPrice);
    };
    // On a need with lots, each lot quoted gets its own tiers and, if the supplier cannot deliver all of it, its most.
    const offer = p.lots.length
      ? {
          lots: p.lots
            .map((l) => ({
              lotId: l.id,
              tiers: tiersOf(`lot-${l.id}-`),
              ...(form.get(`lot-${l.id}-max`) ? { maxQuantity: String(form.get(`lot-${l.id}-max`)) } : {}),
            }))
            .filter((l) => l.tiers.length > 0),
        }
      : { tiers: tiersOf('') };
    setBusy(true);
    setError(null);
    try {
      const body = {
        organizationId: supplier.id,
        ...offer,
        leadTimeDays: Number(form.get('leadTimeDays')),
        validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        ...wholeNumber(form, 'warrantyMonths'),
        ...wholeNumber(form, 'paymentTermsDays'),
      };
      await answer(client.POST('/api/v1/procurements/{id}/quotes', { params: { path: { id: p.id } }, body }));
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
      {p.lots.length
        ? p.lots.map((l) => (
            <fieldset key={l.id} className="stack" data-testid={`quote-lot-${l.number}`}>
              <legend>
                <Bidi>{l.title}</Bidi> — {f.quantity(l.totalQuantity, l.unit)}
              </legend>
              <p className="muted">{t('procurement.lots.quoteHint')}</p>
              {LOT_TIERS.map((i) => (
                <fieldset key={i} className="fields tier">
                  <legend className="visually-hidden">{t('procurement.tier', { n: f.number(i + 1) })}</legend>
                  <DecimalInput
                    label={t('procurement.minQuantity')}
                    name={`lot-${l.id}-minQuantity`}
                    testId={`lot-${l.number}-tier-min-${i}`}
                  />
                  <DecimalInput
                    label={t('procurement.unitPrice')}
                    name={`lot-${l.id}-unitPrice`}
                    testId={`lot-${l.number}-tier-price-${i}`}
                  />
                </fieldset>
              ))}
              <DecimalInput
                label={t('procurement.lots.maxQuantity', { unit: f.unit(l.unit) })}
                name={`lot-${l.id}-max`}
                testId={`lot-${l.number}-max`}
              />
            </fieldset>
          ))
        : TIERS.map((i) => (
            <fieldset key={i} className="fields tier">
              <legend className="visually-hidden">{t('procurement.tier', { n: f.number(i + 1) })}</legend>
              <DecimalInput label={t('procurement.minQuantity')} name="minQuantity" required={i === 0} testId={`tier-min-${i}`} />
              <DecimalInput label={t('procurement.unitPrice')} name="unitPrice" required={i === 0} testId={`tier-price-${i}`} />
            </fieldset>
          ))}
      <DecimalInput label={t('procurement.leadTime')} name="leadTimeDays" integer required defaultValue="14" testId="lead-time" />
      {judgedBy('warranty') && (
        <DecimalInput label={t('procurement.evaluation.warrantyMonths')} name="warrantyMonths" integer testId="warranty-months" />
      )}
      {judgedBy('payment-terms') && (
        <DecimalInput label={t('procurement.evaluation.paymentTermsDays')} name="paymentTermsDays" integer testId="payment-terms-days" />
      )}
      {sent && <p role="status">{t('procurement.quoteSent')}</p>}
      <ErrorText error={error} />
      <button type="submit" disabled={busy} data-testid="send-quote">
        {t('procurement.sendQuote')}
      </button>
    </form>
  );
}
