import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../../api';
import { Bidi } from '../../components/Bidi';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorText } from '../../components/ErrorText';
import { ScreenState } from '../../components/ScreenState';
import { localDigits } from '../../components/decimal';
import { useFormat } from '../../locale/format';
import { usePermissions } from '../../permissions';
import { go } from '../../router';
import { nameOf, useSession } from '../../session';
import { Offer, OFFER_DIRECTIONS, OFFER_KINDS } from './types';

/** Offers and requests of the cluster, searched in any language and keyboard (the server folds like chat search). */
export function OfferSearch({ clusterId }: { clusterId: string }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const { me, members } = useSession();
  const permissions = usePermissions(clusterId);
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<Offer['kind'] | ''>('');
  const [direction, setDirection] = useState<Offer['direction'] | ''>('');
  const [offers, setOffers] = useState<Offer[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [closing, setClosing] = useState<Offer | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const load = useCallback(() => {
    setError(null);
    const query = {
      limit: 50,
      ...(q.trim() ? { q: q.trim() } : {}),
      ...(kind ? { kind } : {}),
      ...(direction ? { direction } : {}),
    };
    answer(client.GET('/api/v1/clusters/{clusterId}/offers', { params: { path: { clusterId }, query } }))
      .then((p) => setOffers(p.items))
      .catch(setError);
  }, [clusterId, q, kind, direction]);
  // Typing waits a moment before asking, so a word is one request and not one per letter.
  useEffect(() => {
    const timer = setTimeout(load, 250);
    return () => clearTimeout(timer);
  }, [load]);

  const interested = async (offer: Offer) => {
    setActionError(null);
    setBusy(offer.id);
    try {
      const { channelId } = await answer(client.POST('/api/v1/offers/{id}/interest', { params: { path: { id: offer.id } } }));
      go('c', clusterId, 'chat', channelId);
    } catch (err) {
      setActionError(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="screen" data-testid="partners">
      <div className="screen-head">
        <h2>{t('partners.heading')}</h2>
        {permissions.can('offer.post') && permissions.organizationId && (
          <a className="button" href={`#/c/${clusterId}/partners/new`} data-testid="offer-new">
            {t('partners.post')}
          </a>
        )}
      </div>
      <a href={`#/c/${clusterId}/partners/meetings`} data-testid="my-meetings-link">
        {t('partners.myMeetings')}
      </a>
      <div className="fields" role="search">
        <label className="field">
          <span>{t('partners.search')}</span>
          <input
            type="search"
            dir="auto"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder={t('partners.searchHint')}
            data-testid="offer-search"
          />
        </label>
        <label className="field">
          <span>{t('partners.kindLabel')}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as Offer['kind'] | '')} data-testid="offer-kind-filter">
            <option value="">{t('partners.anyKind')}</option>
            {OFFER_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`partners.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('partners.directionLabel')}</span>
          <select
            value={direction}
            onChange={(e) => setDirection(e.target.value as Offer['direction'] | '')}
            data-testid="offer-direction-filter"
          >
            <option value="">{t('partners.anyDirection')}</option>
            {OFFER_DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {t(`partners.direction.${d}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorText error={actionError} />
      {!offers ? (
        <ScreenState loading={!error} error={error} onRetry={load} />
      ) : (
        <ScreenState empty={offers.length === 0} emptyText={q || kind || direction ? t('partners.noMatches') : t('partners.empty')}>
          <ul className="cards" data-testid="offers">
            {offers.map((o) => {
              const mine = o.postedBy === me.id;
              return (
                <li key={o.id} className="item" data-testid="offer">
                  <span className="chips">
                    <span className="status">{t(`partners.direction.${o.direction}`)}</span>
                    <span className="status">{t(`partners.kind.${o.kind}`)}</span>
                  </span>
                  <span className="item-title">
                    <Bidi>{o.title}</Bidi>
                  </span>
                  {o.description && <Bidi>{o.description}</Bidi>}
                  <span className="muted">
                    {o.hsCodes.map((c) => localDigits(c, i18n.language)).join(t('publicPage.comma'))}
                    {o.place && (
                      <>
                        {' · '}
                        <Bidi>{o.place}</Bidi>
                      </>
                    )}
                  </span>
                  <span className="muted">
                    <Bidi>{nameOf(members, o.postedBy)}</Bidi> · {f.date(o.createdAt)}
                  </span>
                  <div className="actions-row">
                    {mine ? (
                      <button type="button" className="secondary" onClick={() => setClosing(o)} data-testid="offer-close">
                        {t('partners.close')}
                      </button>
                    ) : (
                      <>
                        <button
                          type="button"
                          onClick={() => void interested(o)}
                          disabled={busy === o.id}
                          aria-busy={busy === o.id}
                          data-testid="offer-interest"
                        >
                          {t('partners.interested')}
                        </button>
                        {permissions.can('meeting.request') && (
                          <a className="button secondary" href={`#/c/${clusterId}/partners/meet/${o.id}`} data-testid="offer-meet">
                            {t('partners.requestMeeting')}
                          </a>
                        )}
                      </>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        </ScreenState>
      )}
      <ConfirmDialog
        open={!!closing}
        title={t('partners.closeTitle')}
        confirmLabel={t('partners.close')}
        onConfirm={() => answer(client.POST('/api/v1/offers/{id}/close', { params: { path: { id: closing!.id } } })).then(load)}
        onClose={() => setClosing(null)}
      >
        <p>
          <Bidi>{closing?.title}</Bidi>
        </p>
        <p>{t('partners.closeBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
