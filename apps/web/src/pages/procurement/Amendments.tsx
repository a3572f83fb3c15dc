import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client, type Schemas } from '../../api';
import { DateField } from '../../components/DateField';
import { DecimalInput } from '../../components/DecimalInput';
import { ErrorText } from '../../components/ErrorText';
import { useFormat } from '../../locale/format';
import type { Procurement } from './types';

interface Props {
  p: Procurement;
  /** The organiser may amend while the need is open or quoting. */
  mayAmend: boolean;
  onAmended(): Promise<void>;
}

/** The numbered changes made to a published need, and the organiser's form to make one (only what changed is sent). */
export function Amendments({ p, mayAmend, onAmended }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const [editing, setEditing] = useState(false);
  const [joinDeadline, setJoinDeadline] = useState(p.joinDeadline);
  const [quoteDeadline, setQuoteDeadline] = useState(p.quoteDeadline);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const amendments = p.amendments;
  const open = p.status === 'open' || p.status === 'quoting';
  if (amendments.length === 0 && !(mayAmend && open)) return null;

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    const change: Schemas['AmendProcurementDto'] = {};
    if (form.description !== p.description) change.description = form.description;
    if (form.deliveryCity.trim() && form.deliveryCity.trim() !== p.deliveryCity) change.deliveryCity = form.deliveryCity.trim();
    if (form.maxUnitPrice) change.maxUnitPrice = form.maxUnitPrice;
    if (form.deliveryLat && Number(form.deliveryLat) !== Number(p.deliveryLat)) change.deliveryLat = Number(form.deliveryLat);
    if (form.deliveryLng && Number(form.deliveryLng) !== Number(p.deliveryLng)) change.deliveryLng = Number(form.deliveryLng);
    if (new Date(joinDeadline).getTime() !== new Date(p.joinDeadline).getTime()) change.joinDeadline = joinDeadline;
    if (new Date(quoteDeadline).getTime() !== new Date(p.quoteDeadline).getTime()) change.quoteDeadline = quoteDeadline;
    setBusy(true);
    setError(null);
    try {
      await answer(client.PATCH('/api/v1/procurements/{id}', { params: { path: { id: p.id } }, body: change }));
      setEditing(false);
      await onAmended();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card stack" data-testid="amendments">
      <h3>{t('procurement.amend.heading')}</h3>
      {amendments.length === 0 ? (
        <p className="muted">{t('procurement.amend.none')}</p>
      ) : (
        <ol className="list">
          {amendments.map((a) => (
            <li key={a.number} data-testid="amendment">
              {t('procurement.amend.line', {
                n: f.number(a.number),
                date: f.dateTime(a.at),
                fields: Object.keys(a.changes)
                  .map((k) => t(`procurement.amend.fields.${k}`, { defaultValue: k }))
                  .join('، '),
              })}
            </li>
          ))}
        </ol>
      )}
      {mayAmend && open && !editing && (
        <button type="button" className="secondary" onClick={() => setEditing(true)} data-testid="amend">
          {t('procurement.amend.start')}
        </button>
      )}
      {editing && (
        <form className="stack screen" onSubmit={(e) => void submit(e)} data-testid="amend-form">
          <p className="muted">{t('procurement.amend.hint')}</p>
          <label>
            {t('procurement.amend.fields.description')}
            <textarea name="description" dir="auto" defaultValue={p.description} maxLength={8000} />
          </label>
          <div className="fields">
            <label>
              {t('procurement.amend.fields.deliveryCity')}
              <input name="deliveryCity" dir="auto" defaultValue={p.deliveryCity} maxLength={100} />
            </label>
            <DecimalInput label={t('procurement.amend.fields.maxUnitPrice')} name="maxUnitPrice" defaultValue={p.maxUnitPrice ?? ''} />
          </div>
          <div className="fields">
            <DecimalInput
              label={t('procurement.amend.fields.deliveryLat')}
              name="deliveryLat"
              signed
              defaultValue={String(p.deliveryLat)}
            />
            <DecimalInput
              label={t('procurement.amend.fields.deliveryLng')}
              name="deliveryLng"
              signed
              defaultValue={String(p.deliveryLng)}
            />
          </div>
          <div className="fields">
            <DateField label={t('procurement.amend.fields.joinDeadline')} value={joinDeadline} onChange={setJoinDeadline} />
            <DateField label={t('procurement.amend.fields.quoteDeadline')} value={quoteDeadline} onChange={setQuoteDeadline} />
          </div>
          <ErrorText error={error} />
          <div className="row">
            <button type="submit" disabled={busy} data-testid="amend-save">
              {t('procurement.amend.save')}
            </button>
            <button type="button" className="secondary" onClick={() => setEditing(false)}>
              {t('fields.back')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
