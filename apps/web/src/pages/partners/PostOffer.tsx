import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../../api';
import { BackLink } from '../../components/BackLink';
import { CategoryPicker } from '../../components/CategoryPicker';
import { ErrorText } from '../../components/ErrorText';
import { usePermissions } from '../../permissions';
import { go } from '../../router';
import { type Offer, OFFER_DIRECTIONS, OFFER_KINDS } from './types';

/** A firm posts what it offers (capacity, a machine) or seeks (a subcontractor, a buyer), tagged by HS category and place. */
export function PostOffer({ clusterId }: { clusterId: string }) {
  const { t } = useTranslation();
  const permissions = usePermissions(clusterId);
  const [direction, setDirection] = useState<Offer['direction']>('offer');
  const [hs, setHs] = useState('');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setTried(true);
    setError(null);
    if (!hs) return;
    const form = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    setBusy(true);
    try {
      await answer(
        client.POST('/api/v1/clusters/{clusterId}/offers', {
          params: { path: { clusterId } },
          body: {
            // The post link shows only to someone acting for an organization (OfferSearch).
            organizationId: permissions.organizationId!,
            direction,
            // The form's select offers OFFER_KINDS only.
            kind: form.kind as Offer['kind'],
            title: form.title,
            description: form.description ?? '',
            hsCodes: [hs],
            ...(form.place?.trim() ? { place: form.place.trim() } : {}),
          },
        }),
      );
      go('c', clusterId, 'partners');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="screen" onSubmit={(e) => void submit(e)} data-testid="offer-form">
      <BackLink href={`#/c/${clusterId}/partners`} label={t('partners.back')} />
      <h2>{t('partners.post')}</h2>
      <fieldset className="stack">
        <legend>{t('partners.directionLabel')}</legend>
        {OFFER_DIRECTIONS.map((d) => (
          <label key={d} className="choice">
            <input
              type="radio"
              name="direction"
              value={d}
              checked={direction === d}
              onChange={() => setDirection(d)}
              data-testid={`offer-direction-${d}`}
            />
            {t(`partners.directionLong.${d}`)}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t('partners.kindLabel')}</span>
        <select name="kind" defaultValue="capacity" data-testid="offer-kind">
          {OFFER_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`partners.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('partners.title')}</span>
        <input name="title" required minLength={3} maxLength={200} dir="auto" data-testid="offer-title" />
      </label>
      <label className="field">
        <span>{t('partners.description')}</span>
        <textarea name="description" rows={4} maxLength={4000} dir="auto" data-testid="offer-description" />
      </label>
      <CategoryPicker value={hs} onChange={setHs} missing={tried} />
      <label className="field">
        <span>{t('partners.place')}</span>
        <input name="place" maxLength={120} dir="auto" data-testid="offer-place" />
      </label>
      <ErrorText error={error} />
      <button type="submit" disabled={busy} aria-busy={busy} data-testid="offer-submit">
        {t('partners.publish')}
      </button>
    </form>
  );
}
