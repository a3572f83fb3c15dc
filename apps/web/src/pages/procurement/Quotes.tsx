import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../../api';
import { Bidi } from '../../components/Bidi';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorText } from '../../components/ErrorText';
import { useSession } from '../../session';
import { useFormat } from '../../locale/format';
import { awardPreview } from './award-preview';
import { AwardReason } from './AwardReason';
import type { Procurement, Quote } from './types';

interface Props {
  p: Procurement;
  quotes: Quote[];
  sealedCount: number | null;
  orgName(id: string): string;
  mayAward: boolean;
  /** The quote the weighted comparison ranks first; choosing another one needs a written reason. */
  topQuoteId?: string;
  /** Reloads the procurement after an award or a confirmation. */
  onAwarded(): Promise<void>;
}

/** Quotes as cards, cheapest first; the Award button sits in its quote's card and asks before it decides. */
export function Quotes({ p, quotes, sealedCount, orgName, mayAward, topQuoteId, onAwarded }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const { me } = useSession();
  const [choosing, setChoosing] = useState<Quote | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [reason, setReason] = useState('');
  const mine = (q: Quote) => me.organizations.some((o) => o.id === q.supplierOrganizationId);
  // After a material change to the need, a supplier keeps its quote by confirming it.
  const confirmQuote = async (q: Quote) => {
    setError(null);
    try {
      await answer(client.POST('/api/v1/quotes/{id}/confirm', { params: { path: { id: q.id } } }));
      await onAwarded();
    } catch (e) {
      setError(e);
    }
  };
  // While sealed, a buyer learns only how many quotes came in; a supplier sees its own quote below.
  const sealedNote = sealedCount !== null && (
    <p className="muted" data-testid="quotes-sealed">
      {t('procurement.sealed', { n: f.number(sealedCount) })}
    </p>
  );
  if (quotes.length === 0)
    return sealedNote ? (
      <section className="card">
        <h3>{t('procurement.quotes')}</h3>
        {sealedNote}
      </section>
    ) : null;
  const needsReason = !!choosing && !!topQuoteId && choosing.id !== topQuoteId;
  const preview = choosing?.unitPriceAtTotal ? awardPreview(p.participants, choosing.unitPriceAtTotal, p.currency) : null;

  return (
    <section className="card stack">
      <h3>{t('procurement.quotes')}</h3>
      {sealedNote}
      <ul className="cards" data-testid="quotes">
        {quotes.map((q) => (
          <li key={q.id} className={`item${p.awardedQuoteId === q.id ? ' winner' : ''}`} data-testid="quote">
            <Bidi className="item-title">{orgName(q.supplierOrganizationId)}</Bidi>
            {p.awardedQuoteId === q.id && <span className="status status-awarded">{t('procurement.winner')}</span>}
            {q.status === 'needs-confirmation' && (
              <span className="status" data-testid="quote-needs-confirmation">
                {t('procurement.needsConfirmation')}
              </span>
            )}
            {q.lots.length ? (
              <ul className="amounts" data-testid="quote-lots">
                {q.lots.map((line) => {
                  const lot = p.lots.find((l) => l.id === line.lotId);
                  return (
                    <li key={line.lotId}>
                      <span>
                        <Bidi>{lot?.title ?? ''}</Bidi> — {f.quantity(line.quantity, lot?.unit ?? p.unit)}
                      </span>
                      <bdi data-testid="quote-lot-price">
                        {line.unitPriceAtTotal
                          ? f.unitPrice(line.unitPriceAtTotal, p.currency, lot?.unit ?? p.unit)
                          : t('procurement.noTierReached')}
                      </bdi>
                    </li>
                  );
                })}
              </ul>
            ) : (
              <div className="item-row">
                <span>{t('procurement.unitPriceAtTotal')}</span>
                <bdi data-testid="quote-unit-price">
                  {q.unitPriceAtTotal ? f.unitPrice(q.unitPriceAtTotal, p.currency, p.unit) : t('procurement.noTierReached')}
                </bdi>
              </div>
            )}
            <div className="item-row">
              <span>{t('procurement.totalPrice')}</span>
              <bdi data-testid="quote-total">{q.totalPrice ? f.money(q.totalPrice, p.currency) : '—'}</bdi>
            </div>
            <div className="item-row">
              <span>{t('procurement.leadTimeLabel')}</span>
              <span>{t('procurement.days', { count: q.leadTimeDays, n: f.number(q.leadTimeDays) })}</span>
            </div>
            {q.tiers.length > 1 && (
              <ul className="muted tiers">
                {q.tiers.map((tier) => (
                  <li key={tier.minQuantity}>
                    {t('procurement.tierLine', {
                      from: f.quantity(tier.minQuantity, p.unit),
                      price: f.unitPrice(tier.unitPrice, p.currency, p.unit),
                    })}
                  </li>
                ))}
              </ul>
            )}
            {q.status === 'needs-confirmation' && mine(q) && (
              <div className="actions-row">
                <button type="button" onClick={() => void confirmQuote(q)} data-testid="confirm-quote">
                  {t('procurement.confirmQuote')}
                </button>
              </div>
            )}
            {p.status === 'evaluating' && mayAward && q.unitPriceAtTotal && !p.lots.length && (
              <div className="actions-row">
                <button
                  type="button"
                  onClick={() => {
                    setReason('');
                    setChoosing(q);
                  }}
                  data-testid="award"
                >
                  {t('procurement.award')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <ErrorText error={error} />
      <ConfirmDialog
        open={!!choosing}
        title={t('procurement.confirm.awardTitle')}
        confirmLabel={t('procurement.confirm.awardConfirm')}
        onConfirm={async () => {
          const body = { quoteId: choosing!.id, ...(needsReason && reason.trim() ? { reason: reason.trim() } : {}) };
          await answer(client.POST('/api/v1/procurements/{id}/award', { params: { path: { id: p.id } }, body }));
          await onAwarded();
        }}
        onClose={() => setChoosing(null)}
        testId="award-dialog"
      >
        {choosing && preview && (
          <>
            <p data-testid="award-winner">
              {t('procurement.confirm.awardWinner')} <Bidi className="item-title">{orgName(choosing.supplierOrganizationId)}</Bidi>
            </p>
            <p>
              <bdi>{f.unitPrice(choosing.unitPriceAtTotal!, p.currency, p.unit)}</bdi>
            </p>
            <ul className="amounts" data-testid="award-amounts">
              {preview.shares.map((s) => (
                <li key={s.organizationId}>
                  <span>
                    <Bidi>{orgName(s.organizationId)}</Bidi> · {f.quantity(s.quantity, p.unit)}
                  </span>
                  <bdi>{f.money(s.amount, p.currency)}</bdi>
                </li>
              ))}
              <li className="total">
                <span>{t('procurement.totalPrice')}</span>
                <bdi data-testid="award-total">{f.money(preview.total, p.currency)}</bdi>
              </li>
            </ul>
            {needsReason && <AwardReason value={reason} onChange={setReason} hint testId="award-reason" />}
            <p className="muted">{t('procurement.confirm.awardFinal')}</p>
          </>
        )}
      </ConfirmDialog>
    </section>
  );
}
