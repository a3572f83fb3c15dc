import type { Dispatch, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { DecimalInput } from '../../components/DecimalInput';
import { useFormat } from '../../locale/format';
import { UNITS } from '../choices';

export interface LotDraft {
  key: number;
  title: string;
  categoryCode: string;
  unit: string;
  quantity: string | null;
}

let next = 0;
const blank = (): LotDraft => ({ key: ++next, title: '', categoryCode: '', unit: 'kg', quantity: null });
export const newLots = () => [blank(), blank()];
/** What the api takes for the lots typed so far (HS codes as digits, whatever the keyboard typed). */
export const lotsOf = (lots: LotDraft[]) =>
  lots.map((l) => ({ title: l.title.trim(), categoryCode: l.categoryCode.trim(), unit: l.unit, quantity: l.quantity ?? '' }));

/** The lots of a need being posted: each its own title, HS code, unit and the firm's own quantity. */
export function LotFields({ lots, onChange }: { lots: LotDraft[]; onChange: Dispatch<SetStateAction<LotDraft[]>> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const set = (key: number, change: Partial<LotDraft>) => onChange((all) => all.map((l) => (l.key === key ? { ...l, ...change } : l)));
  return (
    <fieldset className="stack" data-testid="lot-fields">
      <legend>{t('procurement.lots.heading')}</legend>
      <p className="muted">{t('procurement.lots.hint')}</p>
      {lots.map((l, i) => (
        <fieldset key={l.key} className="card stack" data-testid="lot-draft">
          <legend>{t('procurement.lots.number', { n: f.number(i + 1) })}</legend>
          <label>
            {t('procurement.lots.title')}
            <input
              value={l.title}
              onChange={(e) => set(l.key, { title: e.target.value })}
              required
              maxLength={200}
              dir="auto"
              data-testid={`lot-title-${i}`}
            />
          </label>
          <div className="fields">
            <label>
              {t('procurement.lots.hsCode')}
              <input
                value={l.categoryCode}
                onChange={(e) => set(l.key, { categoryCode: e.target.value })}
                required
                inputMode="numeric"
                maxLength={6}
                dir="ltr"
                data-testid={`lot-code-${i}`}
              />
            </label>
            <label>
              {t('procurement.unit')}
              <select value={l.unit} onChange={(e) => set(l.key, { unit: e.target.value })} data-testid={`lot-unit-${i}`}>
                {UNITS.map((u) => (
                  <option key={u} value={u}>
                    {f.unit(u)}
                  </option>
                ))}
              </select>
            </label>
            <DecimalInput
              label={t('procurement.quantity')}
              required
              onValue={(v) => set(l.key, { quantity: v })}
              testId={`lot-quantity-${i}`}
            />
          </div>
          {lots.length > 1 && (
            <button
              type="button"
              className="secondary"
              onClick={() => onChange((all) => all.filter((x) => x.key !== l.key))}
              data-testid={`lot-remove-${i}`}
            >
              {t('procurement.lots.remove')}
            </button>
          )}
        </fieldset>
      ))}
      <button type="button" className="secondary" onClick={() => onChange((all) => [...all, blank()])} data-testid="lot-add">
        {t('procurement.lots.add')}
      </button>
    </fieldset>
  );
}
