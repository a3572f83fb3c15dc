import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DecimalInput } from '../../components/DecimalInput';
import { ErrorText } from '../../components/ErrorText';
import { useFormat } from '../../locale/format';
import { currentQuantities, lotQuantitiesOf, LotQuantityFields } from './LotQuantityFields';
import type { Procurement } from './types';

interface Props {
  p: Procurement;
  organizationId: string;
  quantity: string;
  onChanged(): Promise<void>;
}

/** While joining is open, a firm may change the quantity it pooled, or leave (the firm that posted the need stays). */
export function MyParticipation({ p, organizationId, quantity, onChanged }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const [editing, setEditing] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const params = { path: { id: p.id, organizationId } };

  const change = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    setError(null);
    try {
      const body = p.lots.length ? { lots: lotQuantitiesOf(data, p.lots) } : { quantity: String(data.get('quantity') ?? '') };
      await answer(client.PATCH('/api/v1/procurements/{id}/participations/{organizationId}', { params, body }));
      setEditing(false);
      await onChanged();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <div className="stack">
      {editing ? (
        <form className="stack screen" onSubmit={(e) => void change(e)} data-testid="change-quantity-form">
          {p.lots.length ? (
            <LotQuantityFields lots={p.lots} current={currentQuantities(p.lots, organizationId)} />
          ) : (
            <DecimalInput
              label={t('procurement.yourQuantity', { unit: f.unit(p.unit) })}
              name="quantity"
              required
              defaultValue={quantity}
              testId="change-quantity"
            />
          )}
          <div className="row">
            <button type="submit" data-testid="change-quantity-save">
              {t('procurement.mine.save')}
            </button>
            <button type="button" className="secondary" onClick={() => setEditing(false)}>
              {t('fields.back')}
            </button>
          </div>
        </form>
      ) : (
        <div className="actions-row">
          <button type="button" className="secondary" onClick={() => setEditing(true)} data-testid="change-quantity-start">
            {t('procurement.mine.change')}
          </button>
          {organizationId !== p.organizationId && (
            <button type="button" className="secondary" onClick={() => setLeaving(true)} data-testid="leave">
              {t('procurement.mine.leave')}
            </button>
          )}
        </div>
      )}
      <ErrorText error={error} />
      <ConfirmDialog
        open={leaving}
        title={t('procurement.mine.leaveTitle')}
        confirmLabel={t('procurement.mine.leave')}
        danger
        onConfirm={async () => {
          await answer(client.DELETE('/api/v1/procurements/{id}/participations/{organizationId}', { params }));
          await onChanged();
        }}
        onClose={() => setLeaving(false)}
        testId="leave-dialog"
      >
        <p>{t('procurement.mine.leaveBody', { quantity: f.quantity(quantity, p.unit) })}</p>
      </ConfirmDialog>
    </div>
  );
}
