import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { answer, api, client, type Schemas } from '../api';
import { ErrorText } from '../components/ErrorText';
import { ScreenState } from '../components/ScreenState';
import { useFormat } from '../locale/format';
import { usePermissions } from '../permissions';
import { useSession } from '../session';
import '../styles/screens.css';
import '../styles/manat-sign';

type Dashboard = Schemas['DashboardView'];

const SLICES = ['#2f6f5e', '#c2772b', '#4b7bb5', '#8a5a9e', '#5f8f3e', '#b3261e', '#7a8a85'];

/** The cluster's indicators for those who steer it (agents, admins, observers), readable on a phone. */
export function DashboardPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { cluster } = useSession();
  const permissions = usePermissions(cluster!.id);
  const [data, setData] = useState<Dashboard | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [csvError, setCsvError] = useState<unknown>(null);
  const allowed = permissions.can('dashboard.read');

  const load = useCallback(() => {
    setError(null);
    answer(client.GET('/api/v1/clusters/{clusterId}/dashboard', { params: { path: { clusterId: cluster!.id } } }))
      .then(setData)
      .catch(setError);
  }, [cluster]);
  useEffect(() => {
    if (!permissions.loading && allowed) load();
  }, [load, permissions.loading, allowed]);

  const csv = async () => {
    setCsvError(null);
    try {
      const res = await fetch(`/api/v1/clusters/${cluster!.id}/dashboard.csv`, { headers: { authorization: `Bearer ${api.accessToken}` } });
      if (!res.ok) throw new Error(String(res.status));
      const url = URL.createObjectURL(await res.blob());
      Object.assign(document.createElement('a'), { href: url, download: `hamkar-${cluster!.slug}.csv` }).click();
    } catch (e) {
      setCsvError(e);
    }
  };

  if (!permissions.loading && !allowed)
    return (
      <div className="screen">
        <p className="card" data-testid="dashboard-not-allowed">
          {t('dashboard.notAllowed')}
        </p>
      </div>
    );
  if (!data) return <ScreenState loading={!error} error={error} onRetry={load} />;

  const rtl = document.documentElement.dir === 'rtl';
  const shortDate = (iso: string) => f.date(iso).split(' ').slice(0, 2).join(' ');
  const weeks = data.messagesPerWeek.map((w) => ({ week: shortDate(w.weekStart), messages: w.messages }));
  const statuses = Object.entries(data.procurements.byStatus)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => ({ name: t(`procurement.status.${status}`), value: n }));
  return (
    <div className="screen" data-testid="dashboard">
      <h2>{t('dashboard.heading')}</h2>
      <div className="kpis">
        <Kpi label={t('dashboard.members')} value={f.number(data.members.total)} />
        <Kpi label={t('dashboard.active')} value={f.number(data.members.activeLast30Days)} />
        <Kpi label={t('dashboard.projectsOnTrack')} value={f.number(data.projects.onTrack)} />
        <Kpi label={t('dashboard.projectsLate')} value={f.number(data.projects.late)} />
        <Kpi
          label={t('dashboard.taskCompletion')}
          value={t('dashboard.percent', { value: f.number(Math.round(data.tasks.completionRate * 100)) })}
        />
        {data.procurements.awarded.map((a) => (
          <Kpi
            wide
            key={`pooled-${a.currency}`}
            label={t('dashboard.pooledValue', { currency: f.currency(a.currency) })}
            value={f.money(a.pooledValue, a.currency)}
          />
        ))}
        {data.procurements.awarded.map((a) => (
          <Kpi
            wide
            key={`saved-${a.currency}`}
            label={t('dashboard.savings', { currency: f.currency(a.currency) })}
            value={f.money(a.savings, a.currency)}
          />
        ))}
      </div>
      <div className="charts">
        <section className="card chart">
          <h3>{t('dashboard.messagesPerWeek')}</h3>
          {weeks.length === 0 ? (
            <p className="muted">{t('dashboard.noMessages')}</p>
          ) : (
            <ResponsiveContainer width="100%" height={240}>
              <BarChart data={weeks}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="week" reversed={rtl} tick={{ fontSize: 11 }} interval="preserveStartEnd" />
                <YAxis orientation={rtl ? 'right' : 'left'} allowDecimals={false} tickFormatter={(v: number) => f.number(v)} width={40} />
                <Tooltip formatter={(v) => f.number(Number(v))} />
                <Bar dataKey="messages" name={t('dashboard.messages')} fill="#2f6f5e" />
              </BarChart>
            </ResponsiveContainer>
          )}
        </section>
        <section className="card chart">
          <h3>{t('dashboard.procurements')}</h3>
          {statuses.length === 0 ? (
            <p className="muted">{t('dashboard.noProcurements')}</p>
          ) : (
            <ResponsiveContainer width="100%" height={260}>
              <PieChart>
                <Pie data={statuses} dataKey="value" nameKey="name" outerRadius={80}>
                  {statuses.map((s, i) => (
                    <Cell key={s.name} fill={SLICES[i % SLICES.length]} />
                  ))}
                </Pie>
                <Legend />
                <Tooltip formatter={(v) => f.number(Number(v))} />
              </PieChart>
            </ResponsiveContainer>
          )}
        </section>
      </div>
      <button type="button" className="secondary" onClick={() => void csv()} data-testid="dashboard-csv">
        {t('dashboard.csv')}
      </button>
      <ErrorText error={csvError} />
    </div>
  );
}

/** One indicator; amounts of money take a whole row, so a rial sum is not broken over lines. */
function Kpi({ label, value, wide }: { label: string; value: string; wide?: boolean }) {
  return (
    <div className={wide ? 'card kpi wide' : 'card kpi'}>
      <span className="muted">{label}</span>
      <strong>
        <bdi>{value}</bdi>
      </strong>
    </div>
  );
}
