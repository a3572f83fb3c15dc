import Decimal from 'decimal.js';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../../api';
import { Bidi } from '../../components/Bidi';
import { localDigits } from '../../components/decimal';
import { DecimalInput } from '../../components/DecimalInput';
import { ErrorText } from '../../components/ErrorText';
import { useFormat } from '../../locale/format';
import { AwardReason } from './AwardReason';
import type { Evaluation, Lot, Procurement, Quote } from './types';

interface Props {
  p: Procurement;
  quotes: Quote[];
  evaluation: Evaluation | null;
  orgName(id: string): string;
  mayAward: boolean;
  onAwarded(): Promise<void>;
}

/** A need in lots, lot by lot: who pools how much, the quotes for it in their weighted order, and its award (whole, or split by quantity). */
export function Lots({ p, quotes, evaluation, orgName, mayAward, onAwarded }: Props) {
  const { t } = useTranslation();
  if (!p.lots.length) return null;
  return (
    <section className="card stack" data-testid="lots">
      <h3>{t('procurement.lots.heading')}</h3>
      <ul className="cards">
        {p.lots.map((lot) => (
          <LotCard
            key={lot.id}
            p={p}
            lot={lot}
            quotes={quotes}
            ranking={evaluation?.lots.find((x) => x.lotId === lot.id)?.ranking ?? []}
            orgName={orgName}
            mayAward={mayAward}
            onAwarded={onAwarded}
          />
        ))}
      </ul>
    </section>
  );
}

function LotCard({
  p,
  lot,
  quotes,
  ranking,
  orgName,
  mayAward,
  onAwarded,
}: Omit<Props, 'evaluation'> & { lot: Lot; ranking: Evaluation['ranking'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [chosen, setChosen] = useState<string[]>([]);
  const [amounts, setAmounts] = useState<Record<string, string | null>>({});
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const rankOf = (quoteId: string) => ranking.find((r) => r.quoteId === quoteId);
  const offers = quotes
    .filter((q) => q.lots.some((l) => l.lotId === lot.id))
    .sort((a, b) => (rankOf(a.id)?.rank ?? 99) - (rankOf(b.id)?.rank ?? 99));
  const lineOf = (q: Quote) => q.lots.find((l) => l.lotId === lot.id)!;
  const split = chosen.length > 1;
  const assigned = chosen.reduce((s, id) => s.plus(amounts[id] ?? 0), new Decimal(0));
  const top = ranking[0]?.quoteId;
  const needsReason = chosen.length > 0 && !!top && !chosen.includes(top);
  const toggle = (id: string, on: boolean) => setChosen((all) => (on ? [...all, id] : all.filter((x) => x !== id)));

  const award = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const awards = chosen.map((quoteId) => ({ quoteId, ...(split ? { quantity: amounts[quoteId] ?? '' } : {}) }));
      const body = { awards, ...(needsReason && reason.trim() ? { reason: reason.trim() } : {}) };
      await answer(client.POST('/api/v1/procurements/{id}/lots/{lotId}/award', { params: { path: { id: p.id, lotId: lot.id } }, body }));
      setChosen([]);
      await onAwarded();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="item stack" data-testid="lot">
      <Bidi className="item-title">{lot.title}</Bidi>
      <div className="item-row">
        <span>{t('procurement.lots.hsCode')}</span>
        <bdi>{localDigits(lot.categoryCode, f.locale)}</bdi>
      </div>
      <div className="item-row">
        <span>{t('procurement.lots.pooled')}</span>
        <bdi data-testid="lot-total">{f.quantity(lot.totalQuantity, lot.unit)}</bdi>
      </div>
      {lot.awards.length > 0 ? (
        <div className="stack" data-testid="lot-awards">
          {lot.awards.length > 1 && (
            <span className="status status-awarded" data-testid="lot-split">
              {t('procurement.lots.split', { n: f.number(lot.awards.length) })}
            </span>
          )}
          {lot.awards.map((a) => (
            <div key={a.supplierOrganizationId} className="stack" data-testid="lot-award">
              <div className="item-row">
                <Bidi className="item-title">{orgName(a.supplierOrganizationId)}</Bidi>
                <bdi data-testid="lot-award-quantity">{f.quantity(a.quantity, lot.unit)}</bdi>
              </div>
              <div className="item-row">
                <bdi>{f.unitPrice(a.unitPrice, p.currency, lot.unit)}</bdi>
                <bdi data-testid="lot-award-total">{f.money(a.total, p.currency)}</bdi>
              </div>
              <ul className="amounts" data-testid="lot-allocations">
                {a.allocations.map((x) => (
                  <li key={x.organizationId}>
                    <span>
                      <Bidi>{orgName(x.organizationId)}</Bidi> — {f.quantity(x.quantity, lot.unit)}
                    </span>
                    <bdi>{f.money(x.amount, p.currency)}</bdi>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ) : (
        offers.length > 0 && (
          <form className="stack screen" onSubmit={(e) => void award(e)} data-testid="lot-award-form">
            <ul className="cards">
              {offers.map((q) => {
                const line = lineOf(q);
                const r = rankOf(q.id);
                const open = p.status === 'evaluating' && mayAward;
                return (
                  <li key={q.id} className="item" data-testid="lot-offer">
                    {open ? (
                      <label className="choice">
                        <input
                          type="checkbox"
                          checked={chosen.includes(q.id)}
                          onChange={(e) => toggle(q.id, e.target.checked)}
                          data-testid="lot-offer-choose"
                        />
                        <Bidi className="item-title">{orgName(q.supplierOrganizationId)}</Bidi>
                      </label>
                    ) : (
                      <Bidi className="item-title">{orgName(q.supplierOrganizationId)}</Bidi>
                    )}
                    {r && (
                      <div className="item-row">
                        <span>{t('procurement.evaluation.rank', { n: f.number(r.rank) })}</span>
                        <bdi>{t('procurement.lots.score', { n: f.number(r.score, { maxFractionDigits: 2 }) })}</bdi>
                      </div>
                    )}
                    <div className="item-row">
                      <span>{f.quantity(line.quantity, lot.unit)}</span>
                      <bdi>
                        {line.unitPriceAtTotal ? f.unitPrice(line.unitPriceAtTotal, p.currency, lot.unit) : t('procurement.noTierReached')}
                      </bdi>
                    </div>
                    {line.maxQuantity && (
                      <p className="muted">{t('procurement.lots.atMost', { quantity: f.quantity(line.maxQuantity, lot.unit) })}</p>
                    )}
                    {split && chosen.includes(q.id) && (
                      <DecimalInput
                        label={t('procurement.lots.splitQuantity', { unit: f.unit(lot.unit) })}
                        required
                        defaultValue={line.maxQuantity ? localDigits(line.maxQuantity, f.locale) : ''}
                        onValue={(v) => setAmounts((all) => ({ ...all, [q.id]: v }))}
                        testId="lot-split-quantity"
                      />
                    )}
                  </li>
                );
              })}
            </ul>
            {split && (
              <p className={assigned.eq(lot.totalQuantity) ? 'muted' : 'error'} data-testid="lot-split-sum">
                {t('procurement.lots.splitSum', {
                  assigned: f.quantity(assigned.toFixed(), lot.unit),
                  total: f.quantity(lot.totalQuantity, lot.unit),
                })}
              </p>
            )}
            {needsReason && <AwardReason value={reason} onChange={setReason} testId="lot-award-reason" />}
            <ErrorText error={error} />
            {p.status === 'evaluating' && mayAward && (
              <button type="submit" disabled={busy || chosen.length === 0} data-testid="lot-award">
                {split ? t('procurement.lots.awardSplit') : t('procurement.lots.award')}
              </button>
            )}
          </form>
        )
      )}
    </li>
  );
}
