import { useTranslation } from 'react-i18next';
import { Bidi } from '../../components/Bidi';
import { useFormat } from '../../locale/format';
import type { Procurement } from './types';

/** Largest share first: the order a reader scans a split in (and the same on every load). */
const byAmountDesc = (a: { amount: string; organizationId: string }, b: { amount: string; organizationId: string }) =>
  Number(b.amount) - Number(a.amount) || a.organizationId.localeCompare(b.organizationId);

/** After the award: what each firm takes and pays, and what it saved against buying alone. */
export function Allocations({ p, orgName }: { p: Procurement; orgName(id: string): string }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <section className="card stack">
      <h3>{t('procurement.allocations')}</h3>
      <p className="item-row">
        <span>{t('procurement.awardTotal')}</span>
        <bdi className="item-title" data-testid="award-total-final">
          {f.money(p.awardTotal ?? '0', p.currency)}
        </bdi>
      </p>
      <ul className="cards" data-testid="allocations">
        {[...p.allocations].sort(byAmountDesc).map((a) => (
          <li key={a.organizationId} className="item" data-testid="allocation">
            <Bidi className="item-title">{orgName(a.organizationId)}</Bidi>
            <div className="item-row">
              <span>{t('procurement.quantity')}</span>
              <span>{f.quantity(a.quantity, p.unit)}</span>
            </div>
            <div className="item-row">
              <span>{t('procurement.unitPrice')}</span>
              <bdi data-testid="allocation-unit-price">{f.unitPrice(a.unitPrice, p.currency, p.unit)}</bdi>
            </div>
            <div className="item-row">
              <span>{t('procurement.amount')}</span>
              <bdi data-testid="allocation-amount">{f.money(a.amount, p.currency)}</bdi>
            </div>
            {a.saving && (
              <div className="item-row">
                <span>{t('procurement.saving')}</span>
                <bdi>{f.money(a.saving, p.currency)}</bdi>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
