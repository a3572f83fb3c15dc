import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../../api';
import { DecimalInput } from '../../components/DecimalInput';
import { ErrorText } from '../../components/ErrorText';
import { useFormat } from '../../locale/format';
import type { Order } from './types';

interface Props {
  order: Order;
  onDone(): Promise<void>;
  onCancel(): void;
}

/** A payment towards the order, at most what is still due (offered as the amount). */
export function PaymentForm({ order, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const amount = String(new FormData(e.currentTarget).get('amount') ?? '');
      await answer(client.POST('/api/v1/orders/{id}/payments', { params: { path: { id: order.id } }, body: { amount } }));
      await onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={(e) => void submit(e)} data-testid="payment-form">
      <DecimalInput
        label={t('procurement.orders.paymentAmount', { currency: f.currency(order.currency) })}
        name="amount"
        required
        defaultValue={order.amountDue}
        testId="payment-amount"
      />
      <p className="muted">{t('procurement.orders.dueNow', { amount: f.money(order.amountDue, order.currency) })}</p>
      <ErrorText error={error} />
      <div className="row">
        <button type="submit" disabled={busy} aria-busy={busy} data-testid="payment-save">
          {t('procurement.orders.savePayment')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('fields.back')}
        </button>
      </div>
    </form>
  );
}
