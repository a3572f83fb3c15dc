import { FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { CategoryPicker } from '../components/CategoryPicker';
import { ErrorText } from '../components/ErrorText';
import { formatDate, formatNumber } from '../i18n';
import { go } from '../router';
import { useSession } from '../session';
import { getSocket } from '../socket';
import type { Page } from '../types';

interface Procurement {
  id: string;
  title: string;
  description: string;
  status: string;
  organizationId: string;
  categoryCode: string;
  unit: string;
  currency: string;
  totalQuantity: string;
  joinDeadline: string;
  quoteDeadline: string;
  deliveryCity: string;
  participants: Array<{ organizationId: string; quantity: string }>;
  allocations?: Array<{ organizationId: string; quantity: string; unitPrice: string; amount: string; saving: string | null }>;
  awardTotal: string | null;
  tierProgress: { unitPrice: string | null; next: { missing: string; unitPrice: string; percentCheaper: number } | null } | null;
}
interface Quote {
  id: string;
  supplierOrganizationId: string;
  tiers: Array<{ minQuantity: string; unitPrice: string }>;
  leadTimeDays: number;
  unitPriceAtTotal: string | null;
  totalPrice: string | null;
}
interface Match {
  supplierOrganizationId: string;
  score: number;
  reasons: string[];
}

const STATUSES = ['draft', 'open', 'quoting', 'evaluating', 'awarded', 'completed', 'cancelled'];
const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 16);

export function ProcurementsPage({ procurementId }: { procurementId?: string }) {
  return procurementId ? <ProcurementDetail id={procurementId} /> : <ProcurementBoard />;
}

function ProcurementBoard() {
  const { t } = useTranslation();
  const { cluster, me } = useSession();
  const [items, setItems] = useState<Procurement[]>([]);
  const [category, setCategory] = useState('');
  const [error, setError] = useState<unknown>(null);
  const mine = me.memberships.find((m) => m.clusterId === cluster!.id)?.organizationId ?? me.organizations[0]?.id;

  const load = useCallback(() => void api.get<Page<Procurement>>(`/clusters/${cluster!.id}/procurements?limit=200`).then((p) => setItems(p.items)), [cluster]);
  useEffect(() => {
    load();
    const socket = getSocket();
    socket.on('procurement:updated', load);
    return () => void socket.off('procurement:updated', load);
  }, [load]);

  const create = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    try {
      const p = await api.post<Procurement>(`/clusters/${cluster!.id}/procurements`, {
        organizationId: mine,
        title: f.title,
        description: f.description,
        categoryCode: category,
        unit: f.unit,
        quantity: f.quantity,
        currency: f.currency,
        joinDeadline: new Date(f.joinDeadline).toISOString(),
        quoteDeadline: new Date(f.quoteDeadline).toISOString(),
        deliveryCity: f.deliveryCity,
        deliveryLat: Number(f.deliveryLat),
        deliveryLng: Number(f.deliveryLng),
      });
      go('c', cluster!.id, 'procurements', p.id);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <div className="stack">
      <div className="board" data-testid="procurement-board">
        {STATUSES.map((s) => (
          <section key={s} className="column" aria-label={t(`procurement.status.${s}`)}>
            <h3>{t(`procurement.status.${s}`)}</h3>
            {items
              .filter((p) => p.status === s)
              .map((p) => (
                <a key={p.id} className="card tile" href={`#/c/${cluster!.id}/procurements/${p.id}`} data-testid="procurement-tile">
                  <strong dir="auto">{p.title}</strong>
                  <span>
                    {formatNumber(p.totalQuantity)} {p.unit}
                  </span>
                </a>
              ))}
          </section>
        ))}
      </div>
      {mine && (
        <form className="card stack" onSubmit={create}>
          <h2>{t('procurement.new')}</h2>
          <label>
            {t('procurement.title')}
            <input name="title" required minLength={3} data-testid="need-title" />
          </label>
          <label>
            {t('procurement.description')}
            <textarea name="description" dir="auto" data-testid="need-description" />
          </label>
          <CategoryPicker value={category} onChange={setCategory} />
          <div className="row">
            <label>
              {t('procurement.quantity')}
              <input name="quantity" required inputMode="decimal" pattern="\d+(\.\d+)?" data-testid="need-quantity" />
            </label>
            <label>
              {t('procurement.unit')}
              <input name="unit" required defaultValue="kg" data-testid="need-unit" />
            </label>
            <label>
              {t('procurement.currency')}
              <input name="currency" required defaultValue={cluster!.role && me.locale === 'az' ? 'AZN' : 'IRR'} pattern="[A-Z]{3}" data-testid="need-currency" />
            </label>
          </div>
          <div className="row">
            <label>
              {t('procurement.joinDeadline')}
              <input name="joinDeadline" type="datetime-local" required defaultValue={inDays(7)} />
            </label>
            <label>
              {t('procurement.quoteDeadline')}
              <input name="quoteDeadline" type="datetime-local" required defaultValue={inDays(14)} />
            </label>
          </div>
          <div className="row">
            <label>
              {t('common.city')}
              <input name="deliveryCity" required data-testid="need-city" />
            </label>
            <label>
              {t('common.lat')}
              <input name="deliveryLat" required inputMode="decimal" data-testid="need-lat" />
            </label>
            <label>
              {t('common.lng')}
              <input name="deliveryLng" required inputMode="decimal" data-testid="need-lng" />
            </label>
          </div>
          <ErrorText error={error} />
          <button type="submit" data-testid="need-create">
            {t('procurement.post')}
          </button>
        </form>
      )}
    </div>
  );
}

function ProcurementDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const { me, cluster } = useSession();
  const [p, setP] = useState<Procurement | null>(null);
  const [quotes, setQuotes] = useState<Quote[]>([]);
  const [matches, setMatches] = useState<Match[]>([]);
  const [orgNames, setOrgNames] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const myOrgs = me.organizations;
  const role = cluster!.role;

  const load = useCallback(async () => {
    const next = await api.get<Procurement>(`/procurements/${id}`);
    setP(next);
    setQuotes((await api.get<Page<Quote>>(`/procurements/${id}/quotes`)).items);
    setMatches((await api.get<Page<Match>>(`/procurements/${id}/matches`)).items);
  }, [id]);
  useEffect(() => {
    void load();
    void api.get<Page<{ id: string; name: string }>>(`/clusters/${cluster!.id}/organizations`).then((o) => setOrgNames(Object.fromEntries(o.items.map((x) => [x.id, x.name]))));
    const socket = getSocket();
    const on = (e: { procurementId: string; status: string; totalQuantity: string }) => {
      if (e.procurementId !== id) return;
      setP((cur) => (cur ? { ...cur, status: e.status, totalQuantity: e.totalQuantity } : cur));
      void load();
    };
    socket.on('procurement:updated', on);
    return () => void socket.off('procurement:updated', on);
  }, [id, load, cluster]);

  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      await load();
    } catch (e) {
      setError(e);
    }
  };
  if (!p) return <p>{t('common.loading')}</p>;
  const org = (oid: string) => orgNames[oid] ?? myOrgs.find((o) => o.id === oid)?.name ?? oid.slice(0, 8);
  const mineIn = p.participants.find((x) => myOrgs.some((o) => o.id === x.organizationId));
  const joinable = myOrgs.filter((o) => o.kind !== 'supplier' && !p.participants.some((x) => x.organizationId === o.id));
  const supplierOrg = myOrgs.find((o) => o.kind === 'supplier');

  const join = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    void act(() => api.post(`/procurements/${id}/participations`, { organizationId: f.organizationId, quantity: f.quantity }));
  };
  const quote = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const mins = f.getAll('minQuantity').map(String);
    const prices = f.getAll('unitPrice').map(String);
    const tiers = mins.map((m, i) => ({ minQuantity: m, unitPrice: prices[i] })).filter((x) => x.minQuantity && x.unitPrice);
    void act(() => api.post(`/procurements/${id}/quotes`, { organizationId: supplierOrg!.id, tiers, leadTimeDays: Number(f.get('leadTimeDays')), validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString() }));
  };

  return (
    <div className="stack">
      <section className="card stack">
        <a href={`#/c/${cluster!.id}/procurements`}>← {t('procurement.board')}</a>
        <h2 dir="auto">{p.title}</h2>
        <p dir="auto">{p.description}</p>
        <dl className="facts">
          <dt>{t('procurement.statusLabel')}</dt>
          <dd data-testid="procurement-status">{t(`procurement.status.${p.status}`)}</dd>
          <dt>{t('procurement.pooled')}</dt>
          <dd data-testid="pooled-total">
            {formatNumber(p.totalQuantity)} {p.unit}
          </dd>
          {p.tierProgress?.unitPrice && (
            <>
              <dt>{t('procurement.tierNow')}</dt>
              <dd data-testid="tier-progress">
                {formatNumber(p.tierProgress.unitPrice)} {p.currency}
                {p.tierProgress.next && (
                  <strong className="hint">
                    {' '}
                    {t('procurement.tierNext', { missing: formatNumber(p.tierProgress.next.missing), unit: p.unit, percent: formatNumber(p.tierProgress.next.percentCheaper) })}
                  </strong>
                )}
              </dd>
            </>
          )}
          <dt>{t('procurement.category')}</dt>
          <dd>{p.categoryCode}</dd>
          <dt>{t('procurement.joinDeadline')}</dt>
          <dd>{formatDate(p.joinDeadline, true)}</dd>
          <dt>{t('procurement.quoteDeadline')}</dt>
          <dd>{formatDate(p.quoteDeadline, true)}</dd>
        </dl>
        <div className="row">
          {p.status === 'draft' && (
            <button type="button" onClick={() => void act(() => api.post(`/procurements/${id}/publish`))} data-testid="publish">
              {t('procurement.publish')}
            </button>
          )}
          {p.status === 'open' && (
            <button type="button" onClick={() => void act(() => api.post(`/procurements/${id}/close-joining`))} data-testid="close-joining">
              {t('procurement.closeJoining')}
            </button>
          )}
          {p.status === 'quoting' && (
            <button type="button" onClick={() => void act(() => api.post(`/procurements/${id}/close-quoting`))} data-testid="close-quoting">
              {t('procurement.closeQuoting')}
            </button>
          )}
          {['draft', 'open', 'quoting', 'evaluating'].includes(p.status) && (
            <button type="button" className="secondary" onClick={() => void act(() => api.post(`/procurements/${id}/cancel`))}>
              {t('procurement.cancel')}
            </button>
          )}
        </div>
        <ErrorText error={error} />
      </section>

      <section className="card">
        <h3>{t('procurement.participants')}</h3>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('procurement.organization')}</th>
              <th scope="col">{t('procurement.quantity')}</th>
            </tr>
          </thead>
          <tbody data-testid="participants">
            {p.participants.map((x) => (
              <tr key={x.organizationId}>
                <td>{org(x.organizationId)}</td>
                <td>{formatNumber(x.quantity)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {p.status === 'open' && joinable.length > 0 && !mineIn && (
          <form className="row" onSubmit={join}>
            <select name="organizationId" aria-label={t('procurement.organization')}>
              {joinable.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
            <input name="quantity" required inputMode="decimal" pattern="\d+(\.\d+)?" aria-label={t('procurement.quantity')} data-testid="join-quantity" />
            <button type="submit" data-testid="join">
              {t('procurement.join')}
            </button>
          </form>
        )}
      </section>

      {p.status === 'quoting' && supplierOrg && role === 'supplier' && (
        <form className="card stack" onSubmit={quote}>
          <h3>{t('procurement.sendQuote')}</h3>
          {[0, 1, 2].map((i) => (
            <div className="row" key={i}>
              <input name="minQuantity" inputMode="decimal" placeholder={t('procurement.minQuantity')} aria-label={t('procurement.minQuantity')} data-testid={`tier-min-${i}`} />
              <input name="unitPrice" inputMode="decimal" placeholder={t('procurement.unitPrice')} aria-label={t('procurement.unitPrice')} data-testid={`tier-price-${i}`} />
            </div>
          ))}
          <label>
            {t('procurement.leadTime')}
            <input name="leadTimeDays" type="number" min={0} max={365} defaultValue={14} data-testid="lead-time" />
          </label>
          <button type="submit" data-testid="send-quote">
            {t('procurement.sendQuote')}
          </button>
        </form>
      )}

      {quotes.length > 0 && (
        <section className="card">
          <h3>{t('procurement.quotes')}</h3>
          <table data-testid="quotes">
            <thead>
              <tr>
                <th scope="col">{t('procurement.supplier')}</th>
                <th scope="col">{t('procurement.unitPriceAtTotal')}</th>
                <th scope="col">{t('procurement.totalPrice')}</th>
                <th scope="col">{t('procurement.leadTime')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {quotes.map((q) => (
                <tr key={q.id}>
                  <td>{org(q.supplierOrganizationId)}</td>
                  <td>{q.unitPriceAtTotal ? formatNumber(q.unitPriceAtTotal) : '—'}</td>
                  <td>{q.totalPrice ? `${formatNumber(q.totalPrice)} ${p.currency}` : '—'}</td>
                  <td>{q.leadTimeDays}</td>
                  <td>
                    {p.status === 'evaluating' && role !== 'supplier' && (
                      <button type="button" onClick={() => void act(() => api.post(`/procurements/${id}/award`, { quoteId: q.id }))} data-testid="award">
                        {t('procurement.award')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {p.allocations && p.allocations.length > 0 && (
        <section className="card">
          <h3>
            {t('procurement.allocations')} — {formatNumber(p.awardTotal ?? '0')} {p.currency}
          </h3>
          <table data-testid="allocations">
            <thead>
              <tr>
                <th scope="col">{t('procurement.organization')}</th>
                <th scope="col">{t('procurement.quantity')}</th>
                <th scope="col">{t('procurement.unitPrice')}</th>
                <th scope="col">{t('procurement.amount')}</th>
                <th scope="col">{t('procurement.saving')}</th>
              </tr>
            </thead>
            <tbody>
              {p.allocations.map((a) => (
                <tr key={a.organizationId}>
                  <td>{org(a.organizationId)}</td>
                  <td>{formatNumber(a.quantity)}</td>
                  <td>{formatNumber(a.unitPrice)}</td>
                  <td>{formatNumber(a.amount)}</td>
                  <td>{a.saving ? formatNumber(a.saving) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {matches.length > 0 && (
        <section className="card">
          <h3>{t('procurement.matches')}</h3>
          <ol className="list" data-testid="matches">
            {matches.slice(0, 10).map((m) => (
              <li key={m.supplierOrganizationId}>
                <strong>{org(m.supplierOrganizationId)}</strong> <span className="badge">{formatNumber(m.score.toFixed(1))}</span>
                <ul>
                  {m.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
