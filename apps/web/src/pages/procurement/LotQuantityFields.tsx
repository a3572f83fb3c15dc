import { useTranslation } from 'react-i18next';
import { DecimalInput } from '../../components/DecimalInput';
import { useFormat } from '../../locale/format';
import type { Lot } from './types';

/** A firm's quantity in each lot of a need; a lot left empty is one the firm does not take part in. */
export function LotQuantityFields({ lots, current = {} }: { lots: Lot[]; current?: Record<string, string> }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div className="stack" data-testid="lot-quantities">
      {lots.map((l) => (
        <DecimalInput
          key={l.id}
          label={t('procurement.lots.yourQuantityIn', { lot: l.title, unit: f.unit(l.unit) })}
          name={`lot-${l.id}`}
          defaultValue={current[l.id] ?? ''}
          testId={`lot-quantity-${l.number}`}
        />
      ))}
    </div>
  );
}

/** The lots a form's fields name, as the api takes them. */
export const lotQuantitiesOf = (form: FormData, lots: Lot[]) =>
  lots.map((l) => ({ lotId: l.id, quantity: String(form.get(`lot-${l.id}`) ?? '') })).filter((x) => x.quantity !== '');

/** What a firm has in each lot now, to start a change from. */
export const currentQuantities = (lots: Lot[], organizationId: string) =>
  Object.fromEntries(lots.flatMap((l) => l.participants.filter((x) => x.organizationId === organizationId).map((x) => [l.id, x.quantity])));
