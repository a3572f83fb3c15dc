import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../../api';
import { Bidi } from '../../components/Bidi';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useFormat } from '../../locale/format';
import { useSession } from '../../session';
import { DeliveryForm } from './DeliveryForm';
import { AttachDocument, DocumentList } from './Documents';
import { PaymentForm } from './PaymentForm';
import type { Order, Procurement, ProcurementDocument } from './types';

const DELIVERY_KINDS = ['receipt', 'other'] as const;

interface Props {
  p: Procurement;
  order: Order;
  orgName(id: string): string;
  onChanged(): Promise<void>;
  /** Receipts and delivery notes on this order's deliveries. */
  documents: ProcurementDocument[];
  onDocumentsChanged(): Promise<void>;
}

/** One firm's order: what, how much, where and by when, what arrived and what is still due; the buttons are for the party whose turn it is. */
export function OrderCard({ p, order: o, orgName, onChanged, documents, onDocumentsChanged }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const { me } = useSession();
  const [form, setForm] = useState<'delivery' | 'payment' | null>(null);
  const [confirming, setConfirming] = useState<'accept' | 'receipt' | null>(null);
  const actsFor = (orgId: string) => me.organizations.some((x) => x.id === orgId);
  const buyer = actsFor(o.organizationId);
  const supplier = actsFor(o.supplierOrganizationId);
  const done = async () => {
    setForm(null);
    await onChanged();
  };

  return (
    <li className="item" data-testid="order">
      <Bidi className="item-title">{orgName(o.organizationId)}</Bidi>
      <div className="actions-row">
        <span className={`status status-order-${o.status}`} data-testid="order-status">
          {t(`procurement.orders.status.${o.status}`)}
        </span>
        <span className={`status status-payment-${o.paymentStatus}`} data-testid="payment-status">
          {t(`procurement.orders.payment.${o.paymentStatus}`)}
        </span>
      </div>
      <div className="item-row">
        <span>{t('procurement.orders.supplier')}</span>
        <Bidi>{orgName(o.supplierOrganizationId)}</Bidi>
      </div>
      {o.lines.length ? (
        // A need in lots: the order lists what it buys in each lot, each at its own price.
        <ul className="amounts" data-testid="order-lines">
          {o.lines.map((l) => (
            <li key={l.lotId} data-testid="order-line">
              <span>
                <Bidi>{l.title}</Bidi> — {f.quantity(l.quantity, l.unit)} × <bdi>{f.unitPrice(l.unitPrice, o.currency, l.unit)}</bdi>
              </span>
              <bdi>{f.money(l.amount, o.currency)}</bdi>
            </li>
          ))}
        </ul>
      ) : (
        <>
          <div className="item-row">
            <span>{t('procurement.quantity')}</span>
            <bdi data-testid="order-quantity">{f.quantity(o.quantity, p.unit)}</bdi>
          </div>
          <div className="item-row">
            <span>{t('procurement.unitPrice')}</span>
            <bdi data-testid="order-unit-price">{f.unitPrice(o.unitPrice, o.currency, p.unit)}</bdi>
          </div>
        </>
      )}
      <div className="item-row">
        <span>{t('procurement.amount')}</span>
        <bdi data-testid="order-amount">{f.money(o.amount, o.currency)}</bdi>
      </div>
      <div className="item-row">
        <span>{t('procurement.orders.deliverTo')}</span>
        <span>
          <Bidi>{o.deliveryCity}</Bidi> · <bdi data-testid="order-due">{f.date(o.dueAt)}</bdi>
        </span>
      </div>
      <div className="item-row">
        <span>{t('procurement.orders.delivered')}</span>
        <bdi data-testid="order-delivered">{f.quantity(o.deliveredQuantity, p.unit)}</bdi>
      </div>
      <div className="item-row">
        <span>{t('procurement.orders.paid')}</span>
        <bdi data-testid="order-paid">{f.money(o.amountPaid, o.currency)}</bdi>
      </div>
      <div className="item-row">
        <span>{t('procurement.orders.due')}</span>
        <bdi data-testid="order-amount-due">{f.money(o.amountDue, o.currency)}</bdi>
      </div>
      {o.deliveries.length > 0 && (
        <ul className="amounts" data-testid="deliveries">
          {o.deliveries.map((d) => (
            <li key={d.id} data-testid="delivery">
              <span>
                <bdi>{f.date(d.deliveredOn)}</bdi> · <bdi>{f.quantity(d.quantity, p.unit)}</bdi>
              </span>
              {d.qualityIssue && (
                <bdi dir="auto" className="muted" data-testid="delivery-issue">
                  {t('procurement.orders.issue', { issue: d.qualityIssue })}
                </bdi>
              )}
              <DocumentList documents={documents.filter((x) => x.deliveryId === d.id)} testId="delivery-documents" />
              {(buyer || supplier) && (
                <AttachDocument
                  path={`/orders/${o.id}/deliveries/${d.id}/documents`}
                  kinds={DELIVERY_KINDS}
                  onAttached={onDocumentsChanged}
                  testId="attach-receipt"
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {form === 'delivery' && <DeliveryForm p={p} order={o} onDone={done} onCancel={() => setForm(null)} />}
      {form === 'payment' && <PaymentForm order={o} onDone={done} onCancel={() => setForm(null)} />}
      {!form && (
        <div className="actions-row">
          {supplier && o.status === 'placed' && (
            <button type="button" onClick={() => setConfirming('accept')} data-testid="accept-order">
              {t('procurement.orders.accept')}
            </button>
          )}
          {buyer && o.status === 'accepted' && (
            <button type="button" onClick={() => setForm('delivery')} data-testid="record-delivery">
              {t('procurement.orders.recordDelivery')}
            </button>
          )}
          {buyer && o.status !== 'placed' && o.paymentStatus !== 'paid' && (
            <button type="button" className="secondary" onClick={() => setForm('payment')} data-testid="record-payment">
              {t('procurement.orders.recordPayment')}
            </button>
          )}
          {buyer && o.status === 'accepted' && o.deliveries.length > 0 && (
            <button type="button" className="secondary" onClick={() => setConfirming('receipt')} data-testid="confirm-receipt">
              {t('procurement.orders.confirmReceipt')}
            </button>
          )}
        </div>
      )}
      {buyer && o.status === 'placed' && <p className="muted">{t('procurement.orders.waitingForSupplier')}</p>}
      <ConfirmDialog
        open={confirming !== null}
        title={t(confirming === 'accept' ? 'procurement.orders.acceptTitle' : 'procurement.orders.receiptTitle')}
        confirmLabel={t(confirming === 'accept' ? 'procurement.orders.accept' : 'procurement.orders.confirmReceipt')}
        onConfirm={async () => {
          const params = { path: { id: o.id } };
          await answer(
            confirming === 'accept'
              ? client.POST('/api/v1/orders/{id}/accept', { params })
              : client.POST('/api/v1/orders/{id}/confirm-receipt', { params }),
          );
          await onChanged();
        }}
        onClose={() => setConfirming(null)}
        testId={confirming === 'accept' ? 'accept-dialog' : 'receipt-dialog'}
      >
        <p>
          {confirming === 'accept'
            ? t('procurement.orders.acceptBody', {
                quantity: f.quantity(o.quantity, p.unit),
                amount: f.money(o.amount, o.currency),
                date: f.date(o.dueAt),
              })
            : t('procurement.orders.receiptBody', {
                quantity: f.quantity(o.deliveredQuantity, p.unit),
                ordered: f.quantity(o.quantity, p.unit),
              })}
        </p>
      </ConfirmDialog>
    </li>
  );
}
