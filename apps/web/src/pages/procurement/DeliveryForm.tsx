import Decimal from 'decimal.js';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../../api';
import { DateField } from '../../components/DateField';
import { DecimalInput } from '../../components/DecimalInput';
import { ErrorText } from '../../components/ErrorText';
import { useFormat } from '../../locale/format';
import type { Order, Procurement } from './types';

interface Props {
  p: Procurement;
  order: Order;
  onDone(): Promise<void>;
  onCancel(): void;
}

/** What arrived, partial or whole, on which day, and anything wrong with it; the rest of the order is offered as the quantity. */
export function DeliveryForm({ p, order, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const remaining = new Decimal(order.quantity).minus(order.deliveredQuantity).toFixed();
  const [deliveredOn, setDeliveredOn] = useState(() => new Date().toISOString());
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const qualityIssue = String(form.get('qualityIssue') ?? '').trim();
    setBusy(true);
    setError(null);
    try {
      // A day picked in the calendar keeps the current time of day, so today is never "in the future".
      const at = new Date(deliveredOn).getTime() > Date.now() ? new Date().toISOString() : deliveredOn;
      await answer(
        client.POST('/api/v1/orders/{id}/deliveries', {
          params: { path: { id: order.id } },
          body: { quantity: String(form.get('quantity') ?? ''), deliveredOn: at, ...(qualityIssue ? { qualityIssue } : {}) },
        }),
      );
      await onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={(e) => void submit(e)} data-testid="delivery-form">
      <DecimalInput
        label={t('procurement.orders.receivedQuantity', { unit: f.unit(p.unit) })}
        name="quantity"
        required
        defaultValue={remaining}
        testId="delivery-quantity"
      />
      <p className="muted">{t('procurement.orders.remaining', { quantity: f.quantity(remaining, p.unit) })}</p>
      <DateField
        label={t('procurement.orders.deliveredOn')}
        value={deliveredOn}
        onChange={setDeliveredOn}
        required
        testId="delivery-date"
      />
      <label className="field">
        <span>{t('procurement.orders.qualityIssue')}</span>
        <textarea name="qualityIssue" dir="auto" maxLength={2000} data-testid="delivery-issue-input" />
      </label>
      <ErrorText error={error} />
      <div className="row">
        <button type="submit" disabled={busy} aria-busy={busy} data-testid="delivery-save">
          {t('procurement.orders.saveDelivery')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('fields.back')}
        </button>
      </div>
    </form>
  );
}
