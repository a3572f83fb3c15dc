import { useTranslation } from 'react-i18next';
import { Bidi } from '../../components/Bidi';
import { localDigits } from '../../components/decimal';
import { useFormat } from '../../locale/format';
import type { Procurement } from './types';

/** What is being bought, how much is pooled, and the deadlines, readable on a phone (labels above values). */
export function ProcurementFacts({ p, organiser }: { p: Procurement; organiser: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const tier = p.tierProgress;
  return (
    <section className="card stack">
      <div className="screen-head">
        <h2>
          <Bidi>{p.title}</Bidi>
        </h2>
        <span className={`status status-${p.status}`} data-testid="procurement-status">
          {t(`procurement.status.${p.status}`)}
        </span>
      </div>
      {p.description && (
        <p dir="auto" className="body">
          {p.description}
        </p>
      )}
      <dl className="facts">
        <dt>{t('procurement.postedBy')}</dt>
        <dd>
          <Bidi>{organiser}</Bidi>
        </dd>
        <dt>{t('procurement.pooled')}</dt>
        {p.lots.length ? (
          // Lots may differ in unit: each is pooled on its own.
          <dd data-testid="pooled-lots">
            {p.lots.map((l) => (
              <div key={l.id}>
                <Bidi>{l.title}</Bidi> — <bdi>{f.quantity(l.totalQuantity, l.unit)}</bdi>
              </div>
            ))}
          </dd>
        ) : (
          <dd data-testid="pooled-total">{f.quantity(p.totalQuantity, p.unit)}</dd>
        )}
        {tier?.unitPrice && (
          <>
            <dt>{t('procurement.tierNow')}</dt>
            <dd data-testid="tier-progress">
              <bdi>{f.unitPrice(tier.unitPrice, p.currency, p.unit)}</bdi>
              {tier.next && (
                <strong className="hint">
                  {' '}
                  {t('procurement.tierNext', {
                    missing: f.quantity(tier.next.missing, p.unit),
                    percent: f.number(tier.next.percentCheaper, { maxFractionDigits: 1 }),
                  })}
                </strong>
              )}
            </dd>
          </>
        )}
        {p.maxUnitPrice && (
          <>
            <dt>{t('procurement.amend.fields.maxUnitPrice')}</dt>
            <dd>
              <bdi>{f.unitPrice(p.maxUnitPrice, p.currency, p.unit)}</bdi>
            </dd>
          </>
        )}
        <dt>{t('procurement.category')}</dt>
        <dd>
          <Bidi>
            {localDigits(
              p.lots.length ? [...new Set(p.lots.map((l) => l.categoryCode))].join(f.locale === 'fa' ? '، ' : ', ') : p.categoryCode,
              f.locale,
            )}
          </Bidi>
        </dd>
        <dt>{t('procurement.deliveryCity')}</dt>
        <dd>
          <Bidi>{p.deliveryCity}</Bidi>
        </dd>
        {p.criteria && p.criteria.length > 0 && (
          <>
            <dt>{t('procurement.evaluation.judgedBy')}</dt>
            <dd data-testid="criteria">
              {p.criteria
                .map((c) =>
                  t('procurement.evaluation.weight', {
                    criterion: t(`procurement.evaluation.criteria.${c.criterion}`),
                    n: f.number(c.weight),
                  }),
                )
                .join(' · ')}
            </dd>
          </>
        )}
        <dt>{t('procurement.joinDeadline')}</dt>
        <dd data-testid="join-deadline">{f.dateTime(p.joinDeadline)}</dd>
        <dt>{t('procurement.quoteDeadline')}</dt>
        <dd data-testid="quote-deadline">{f.dateTime(p.quoteDeadline)}</dd>
      </dl>
    </section>
  );
}
