import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api } from '../api';
import { ErrorText } from '../components/ErrorText';
import { formatDate, formatNumber } from '../i18n';
import { useSession } from '../session';

interface Dashboard {
  members: { total: number; activeLast30Days: number; byRole: Record<string, number> };
  messagesPerWeek: Array<{ weekStart: string; messages: number }>;
  procurements: { byStatus: Record<string, number>; awarded: Array<{ currency: string; procurements: number; pooledValue: string; savings: string }> };
  projects: { active: number; onTrack: number; late: number; completed: number };
  tasks: { total: number; done: number; overdue: number; completionRate: number };
}

export function DashboardPage() {
  const { t } = useTranslation();
  const { cluster } = useSession();
  const [data, setData] = useState<Dashboard | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => void api.get<Dashboard>(`/clusters/${cluster!.id}/dashboard`).then(setData).catch(setError), [cluster]);
  const csv = async () => {
    const res = await fetch(`/api/v1/clusters/${cluster!.id}/dashboard.csv`, { headers: { authorization: `Bearer ${api.accessToken}` } });
    const url = URL.createObjectURL(await res.blob());
    Object.assign(document.createElement('a'), { href: url, download: `hamkar-${cluster!.slug}.csv` }).click();
  };
  if (error) return <ErrorText error={error} />;
  if (!data) return <p>{t('common.loading')}</p>;
  const weeks = data.messagesPerWeek.map((w) => ({ week: formatDate(w.weekStart), messages: w.messages }));
  const statuses = Object.entries(data.procurements.byStatus).map(([status, n]) => ({ name: t(`procurement.status.${status}`), value: n }));
  return (
    <div className="stack" data-testid="dashboard">
      <div className="kpis">
        <Kpi label={t('dashboard.members')} value={data.members.total} />
        <Kpi label={t('dashboard.active')} value={data.members.activeLast30Days} />
        <Kpi label={t('dashboard.projectsOnTrack')} value={data.projects.onTrack} />
        <Kpi label={t('dashboard.projectsLate')} value={data.projects.late} />
        <Kpi label={t('dashboard.taskCompletion')} value={`${formatNumber(Math.round(data.tasks.completionRate * 100))}%`} />
        {data.procurements.awarded.map((a) => (
          <Kpi key={a.currency} label={t('dashboard.savings', { currency: a.currency })} value={formatNumber(a.savings)} />
        ))}
      </div>
      <div className="grid2">
        <section className="card chart">
          <h3>{t('dashboard.messagesPerWeek')}</h3>
          <ResponsiveContainer width="100%" height={240}>
            <BarChart data={weeks}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="week" reversed={document.dir === 'rtl'} />
              <YAxis orientation={document.dir === 'rtl' ? 'right' : 'left'} allowDecimals={false} />
              <Tooltip />
              <Bar dataKey="messages" name={t('dashboard.messages')} fill="#2f6f5e" />
            </BarChart>
          </ResponsiveContainer>
        </section>
        <section className="card chart">
          <h3>{t('dashboard.procurements')}</h3>
          <ResponsiveContainer width="100%" height={240}>
            <PieChart>
              <Pie data={statuses} dataKey="value" nameKey="name" outerRadius={80} fill="#c2772b" label />
              <Legend />
              <Tooltip />
            </PieChart>
          </ResponsiveContainer>
        </section>
      </div>
      <button type="button" onClick={() => void csv()} data-testid="dashboard-csv">
        {t('dashboard.csv')}
      </button>
    </div>
  );
}

function Kpi({ label, value }: { label: string; value: number | string }) {
  return (
    <div className="card kpi">
      <span className="muted">{label}</span>
      <strong>{typeof value === 'number' ? formatNumber(value) : value}</strong>
    </div>
  );
}
