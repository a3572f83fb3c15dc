import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../../api';
import { BackLink } from '../../components/BackLink';
import { Bidi } from '../../components/Bidi';
import { CategoryPicker } from '../../components/CategoryPicker';
import { DateField } from '../../components/DateField';
import { DecimalInput } from '../../components/DecimalInput';
import { ErrorText } from '../../components/ErrorText';
import { NoOrganization } from '../../components/NoOrganization';
import { ScreenState } from '../../components/ScreenState';
import { useFormat } from '../../locale/format';
import { go } from '../../router';
import { useSession } from '../../session';
import { CURRENCIES, UNITS } from '../choices';
import { CriteriaFields, criteriaOf } from './CriteriaFields';
import { LotFields, lotsOf, newLots } from './LotFields';
import { useBuyerOrganizations } from './useBuyerOrganizations';
import '../../styles/screens.css';

const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();

/** Posting a need: what, how much, by when and where to deliver. Numbers and dates as the user writes them. */
export function NeedForm() {
  const { t } = useTranslation();
  const f = useFormat();
  const { cluster, me } = useSession();
  const { organizations, outside, mayPost, loading } = useBuyerOrganizations();
  const [category, setCategory] = useState('');
  const [joinDeadline, setJoinDeadline] = useState(inDays(7));
  const [quoteDeadline, setQuoteDeadline] = useState(inDays(14));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [categoryMissing, setCategoryMissing] = useState(false);
  // A need in lots (say, one yarn in three colours): each lot its own HS code, unit and quantity.
  const [withLots, setWithLots] = useState(false);
  const [lots, setLots] = useState(newLots);
  const clusterId = cluster!.id;

  const create = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    if (!category && !withLots) return setCategoryMissing(true);
    setBusy(true);
    setError(null);
    try {
      const body = {
        organizationId: form.organizationId,
        title: form.title,
        description: form.description,
        ...(withLots ? { lots: lotsOf(lots) } : { categoryCode: category, unit: form.unit, quantity: form.quantity }),
        currency: form.currency,
        maxUnitPrice: form.maxUnitPrice || undefined,
        joinDeadline,
        quoteDeadline,
        deliveryCity: form.deliveryCity,
        deliveryLat: Number(form.deliveryLat),
        deliveryLng: Number(form.deliveryLng),
        criteria: criteriaOf(form),
      };
      const p = await answer(client.POST('/api/v1/clusters/{clusterId}/procurements', { params: { path: { clusterId } }, body }));
      go('c', clusterId, 'procurements', p.id);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const back = <BackLink href={`#/c/${clusterId}/procurements`} label={t('procurement.board')} />;
  if (loading) return <ScreenState loading />;
  if (!mayPost)
    return (
      <div className="screen">
        {back}
        <p className="card">{t('procurement.mayNotPost')}</p>
      </div>
    );
  if (organizations.length === 0)
    return (
      <div className="screen">
        {back}
        <NoOrganization reason={t('procurement.noOrganization')} outside={outside} />
      </div>
    );

  return (
    <div className="screen">
      {back}
      <form className="card stack screen" onSubmit={(e) => void create(e)} data-testid="need-form">
        <h2>{t('procurement.new')}</h2>
        {organizations.length > 1 ? (
          <label>
            {t('procurement.buyingFor')}
            <select name="organizationId" defaultValue={organizations[0].id}>
              {organizations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <p className="muted">
            {t('procurement.buyingFor')}: <Bidi>{organizations[0].name}</Bidi>
            <input type="hidden" name="organizationId" value={organizations[0].id} />
          </p>
        )}
        <label>
          {t('procurement.title')}
          <input name="title" required minLength={3} maxLength={200} dir="auto" data-testid="need-title" />
        </label>
        <label>
          {t('procurement.description')}
          <textarea name="description" dir="auto" maxLength={8000} data-testid="need-description" />
        </label>
        <label className="choice">
          <input type="checkbox" checked={withLots} onChange={(e) => setWithLots(e.target.checked)} data-testid="need-with-lots" />
          {t('procurement.lots.toggle')}
        </label>
        {withLots ? (
          <LotFields lots={lots} onChange={setLots} />
        ) : (
          <CategoryPicker value={category} onChange={setCategory} missing={categoryMissing} />
        )}
        <div className="fields">
          {!withLots && (
            <>
              <DecimalInput label={t('procurement.quantity')} name="quantity" required testId="need-quantity" />
              <label>
                {t('procurement.unit')}
                <select name="unit" defaultValue="kg" data-testid="need-unit">
                  {UNITS.map((u) => (
                    <option key={u} value={u}>
                      {f.unit(u)}
                    </option>
                  ))}
                </select>
              </label>
            </>
          )}
          <label>
            {t('procurement.currency')}
            <select name="currency" defaultValue={me.locale === 'az' ? 'AZN' : 'IRR'} data-testid="need-currency">
              {CURRENCIES.map((c) => (
                <option key={c} value={c}>
                  {f.currency(c)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <DecimalInput label={t('procurement.maxUnitPrice')} name="maxUnitPrice" testId="need-max-price" />
        <div className="fields">
          <DateField
            label={t('procurement.joinDeadline')}
            value={joinDeadline}
            onChange={setJoinDeadline}
            required
            testId="need-join-deadline"
          />
          <DateField
            label={t('procurement.quoteDeadline')}
            value={quoteDeadline}
            onChange={setQuoteDeadline}
            required
            testId="need-quote-deadline"
          />
        </div>
        <div className="fields">
          <label>
            {t('procurement.deliveryCity')}
            <input name="deliveryCity" required maxLength={100} dir="auto" data-testid="need-city" />
          </label>
          <DecimalInput label={t('common.lat')} name="deliveryLat" required signed testId="need-lat" />
          <DecimalInput label={t('common.lng')} name="deliveryLng" required signed testId="need-lng" />
        </div>
        <CriteriaFields />
        <ErrorText error={error} />
        <button type="submit" disabled={busy} data-testid="need-create">
          {t('procurement.post')}
        </button>
      </form>
    </div>
  );
}
