import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../../api';
import { ErrorText } from '../../components/ErrorText';
import { NoOrganization } from '../../components/NoOrganization';
import { ScreenState } from '../../components/ScreenState';
import { StatusFilter } from '../../components/StatusFilter';
import { NARROW, useMediaQuery } from '../../components/useMediaQuery';
import { useFormat } from '../../locale/format';
import { useSession } from '../../session';
import { getSocket } from '../../socket';
import { ProcurementCard } from './ProcurementCard';
import { STATUSES, type ProcurementStatus, type ProcurementSummary } from './types';
import { useBuyerOrganizations } from './useBuyerOrganizations';
import '../../styles/screens.css';

/** What a firm most likely came for: needs it can still join, then those being quoted. */
const FIRST_LOOK: ProcurementStatus[] = ['open', 'quoting', 'evaluating', 'draft', 'awarded', 'completed', 'cancelled'];

export function ProcurementBoard() {
  const { t } = useTranslation();
  const f = useFormat();
  const { cluster } = useSession();
  const clusterId = cluster!.id;
  const narrow = useMediaQuery(NARROW);
  const { organizations, outside, mayPost, loading: orgsLoading } = useBuyerOrganizations();
  const [items, setItems] = useState<ProcurementSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [picked, setPicked] = useState<ProcurementStatus | null>(null);

  const load = useCallback(() => {
    setError(null);
    answer(client.GET('/api/v1/clusters/{clusterId}/procurements', { params: { path: { clusterId }, query: { limit: 200 } } }))
      .then((p) => setItems(p.items))
      .catch(setError);
  }, [clusterId]);
  useEffect(() => {
    load();
    const socket = getSocket();
    socket.on('procurement:updated', load);
    return () => void socket.off('procurement:updated', load);
  }, [load]);

  const counts = useMemo(() => Object.fromEntries(STATUSES.map((s) => [s, items?.filter((p) => p.status === s).length ?? 0])), [items]);
  // Chosen once, so a need changing state under the reader's eyes does not switch the column shown.
  const first = useRef<ProcurementStatus | null>(null);
  if (first.current === null && items) first.current = FIRST_LOOK.find((s) => counts[s] > 0) ?? 'open';
  const status = picked ?? first.current ?? 'open';
  const inStatus = (s: ProcurementStatus) => (items ?? []).filter((p) => p.status === s);

  return (
    <div className="screen" data-testid="procurement-board">
      <div className="screen-head">
        <h2>{t('procurement.heading')}</h2>
        {mayPost && organizations.length > 0 && (
          <a className="button" href={`#/c/${clusterId}/procurements/new`} data-testid="new-need">
            {t('procurement.new')}
          </a>
        )}
      </div>
      {/* A refresh that failed keeps what was shown, and says so. */}
      {items !== null && <ErrorText error={error} onRetry={load} />}
      {mayPost && !orgsLoading && organizations.length === 0 && (
        <NoOrganization reason={t('procurement.noOrganization')} outside={outside} />
      )}
      <ScreenState
        loading={items === null && !error}
        error={items === null ? error : null}
        onRetry={load}
        empty={items?.length === 0}
        emptyText={mayPost ? t('procurement.emptyBuyer') : t('procurement.empty')}
      >
        {narrow ? (
          <>
            <StatusFilter<ProcurementStatus>
              label={t('procurement.statusLabel')}
              statuses={STATUSES}
              counts={counts}
              value={status}
              onChange={setPicked}
              name={(s) => t(`procurement.status.${s}`)}
              count={(n) => f.number(n)}
              testId="status-filter"
            />
            {inStatus(status).length === 0 ? (
              <p className="state muted">{t('procurement.noneInStatus')}</p>
            ) : (
              <ul className="cards">
                {inStatus(status).map((p) => (
                  <li key={p.id}>
                    <ProcurementCard p={p} clusterId={clusterId} />
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <div className="columns" style={{ '--columns': STATUSES.length } as React.CSSProperties}>
            {STATUSES.map((s) => (
              <section key={s} aria-label={t(`procurement.status.${s}`)}>
                <h3>
                  {t(`procurement.status.${s}`)} <span className="muted">{f.number(counts[s])}</span>
                </h3>
                <ul className="cards">
                  {inStatus(s).map((p) => (
                    <li key={p.id}>
                      <ProcurementCard p={p} clusterId={clusterId} />
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        )}
      </ScreenState>
    </div>
  );
}
