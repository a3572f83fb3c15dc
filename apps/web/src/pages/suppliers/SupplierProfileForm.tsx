import { FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, ApiError, client, type Schemas } from '../../api';
import { BackLink } from '../../components/BackLink';
import { localDigits, toAsciiDigits } from '../../components/decimal';
import { DecimalInput } from '../../components/DecimalInput';
import { ErrorText } from '../../components/ErrorText';
import { ScreenState } from '../../components/ScreenState';
import { useFormat } from '../../locale/format';
import { useSession } from '../../session';
import { UNITS } from '../choices';

type Profile = Schemas['SupplierProfileView'];

/** Lists typed the way people type them: commas (Latin or Persian), or spaces. */
const list = (text: string) =>
  text
    .split(/[,،;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * What a supplier delivers: its HS codes, monthly capacity, minimum order, lead time and how far it
 * delivers. Matching reads this, so a supplier without a profile is never invited to quote.
 */
export function SupplierProfileForm({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { cluster } = useSession();
  const [profile, setProfile] = useState<Profile | null | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const load = () => {
    setError(null);
    answer(client.GET('/api/v1/organizations/{id}/supplier-profile', { params: { path: { id: organizationId } } }))
      .then(setProfile)
      .catch((e) => (e instanceof ApiError && e.problem.status === 404 ? setProfile(null) : setError(e)));
  };
  useEffect(load, [organizationId]);

  const save = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    setBusy(true);
    setSaveError(null);
    setSaved(false);
    try {
      setProfile(
        await answer(
          client.PUT('/api/v1/organizations/{id}/supplier-profile', {
            params: { path: { id: organizationId } },
            body: {
              categories: list(toAsciiDigits(form.categories).replace(/\s+/g, ',')),
              capacityPerMonth: form.capacityPerMonth,
              unit: form.unit,
              minOrderQuantity: form.minOrderQuantity,
              leadTimeDays: Number(form.leadTimeDays),
              serviceRadiusKm: Number(form.serviceRadiusKm),
              lat: Number(form.lat),
              lng: Number(form.lng),
              certifications: list(form.certifications),
            },
          }),
        ),
      );
      setSaved(true);
    } catch (err) {
      setSaveError(err);
    } finally {
      setBusy(false);
    }
  };

  const back = <BackLink href={`#/c/${cluster!.id}/suppliers`} label={t('suppliers.heading')} />;
  if (profile === undefined)
    return (
      <div className="screen">
        {back}
        <ScreenState loading={!error} error={error} onRetry={load} />
      </div>
    );
  const p = profile;
  return (
    <div className="screen">
      {back}
      <form className="card stack screen" onSubmit={(e) => void save(e)} data-testid="supplier-profile-form">
        <h2>{t('suppliers.profile.heading')}</h2>
        <p className="muted">{p ? t('suppliers.profile.why') : t('suppliers.profile.none')}</p>
        <label>
          {t('suppliers.profile.categories')}
          <input
            name="categories"
            required
            dir="ltr"
            inputMode="numeric"
            defaultValue={p ? localDigits(p.categories.join(', '), f.locale) : ''}
            placeholder={localDigits('5106, 3204', f.locale)}
            data-testid="profile-categories"
          />
        </label>
        <div className="fields">
          <DecimalInput
            label={t('suppliers.capacity')}
            name="capacityPerMonth"
            required
            defaultValue={p?.capacityPerMonth ?? ''}
            testId="profile-capacity"
          />
          <label>
            {t('procurement.unit')}
            <select name="unit" defaultValue={p?.unit ?? 'kg'}>
              {UNITS.map((u) => (
                <option key={u} value={u}>
                  {f.unit(u)}
                </option>
              ))}
            </select>
          </label>
          <DecimalInput
            label={t('suppliers.minOrder')}
            name="minOrderQuantity"
            required
            defaultValue={p?.minOrderQuantity ?? ''}
            testId="profile-min-order"
          />
        </div>
        <div className="fields">
          <DecimalInput
            label={t('suppliers.profile.leadTimeDays')}
            name="leadTimeDays"
            integer
            required
            defaultValue={p ? String(p.leadTimeDays) : '14'}
            testId="profile-lead-time"
          />
          <DecimalInput
            label={t('suppliers.profile.radius')}
            name="serviceRadiusKm"
            integer
            required
            defaultValue={p ? String(p.serviceRadiusKm) : '300'}
            testId="profile-radius"
          />
        </div>
        <div className="fields">
          <DecimalInput label={t('common.lat')} name="lat" signed required defaultValue={p ? String(p.lat) : ''} testId="profile-lat" />
          <DecimalInput label={t('common.lng')} name="lng" signed required defaultValue={p ? String(p.lng) : ''} testId="profile-lng" />
        </div>
        <label>
          {t('suppliers.profile.certifications')}
          <input name="certifications" dir="auto" defaultValue={p?.certifications.join(', ') ?? ''} placeholder="ISO 9001" />
        </label>
        <ErrorText error={saveError} />
        {saved && (
          <p role="status" data-testid="profile-saved">
            {t('suppliers.profile.saved')}
          </p>
        )}
        <button type="submit" disabled={busy} data-testid="profile-save">
          {t('suppliers.profile.save')}
        </button>
      </form>
    </div>
  );
}
