import { useTranslation } from 'react-i18next';
import { Bidi } from '../../components/Bidi';
import { localDigits } from '../../components/decimal';
import { useFormat } from '../../locale/format';
import type { Supplier } from './types';

/** One supplier as a card: what it makes, how much a month, how fast, how far, and its delivery record. */
export function SupplierCard({ s }: { s: Supplier }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { deliveriesOnTime, deliveriesTotal } = s.performance;
  return (
    <article className="item" data-testid="supplier">
      <Bidi className="item-title">{s.name}</Bidi>
      <span className="muted">
        <Bidi>{s.city}</Bidi>
        {s.distanceKm !== null && ` · ${t('suppliers.away', { distance: f.number(s.distanceKm, { maxFractionDigits: 0 }) })}`}
      </span>
      <div className="item-row">
        <span>{t('suppliers.categories')}</span>
        <span className="chips">
          {s.categories.map((c) => (
            <bdi key={c} className="chip">
              {localDigits(c, f.locale)}
            </bdi>
          ))}
        </span>
      </div>
      <div className="item-row">
        <span>{t('suppliers.capacity')}</span>
        <span>{f.quantity(s.capacityPerMonth, s.unit)}</span>
      </div>
      <div className="item-row">
        <span>{t('suppliers.minOrder')}</span>
        <span>{f.quantity(s.minOrderQuantity, s.unit)}</span>
      </div>
      <div className="item-row">
        <span>{t('suppliers.leadTime')}</span>
        <span>{t('suppliers.days', { count: s.leadTimeDays, n: f.number(s.leadTimeDays) })}</span>
      </div>
      {deliveriesTotal > 0 && (
        <div className="item-row">
          <span>{t('suppliers.onTime')}</span>
          <span>{t('suppliers.onTimeValue', { onTime: f.number(deliveriesOnTime), total: f.number(deliveriesTotal) })}</span>
        </div>
      )}
      {s.certifications.length > 0 && (
        <span className="chips">
          {s.certifications.map((c) => (
            <bdi key={c} className="chip">
              {c}
            </bdi>
          ))}
        </span>
      )}
    </article>
  );
}
