import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../../api';
import { BackLink } from '../../components/BackLink';
import { DateField } from '../../components/DateField';
import { DecimalInput } from '../../components/DecimalInput';
import { ErrorText } from '../../components/ErrorText';
import { ScreenState } from '../../components/ScreenState';
import { usePermissions } from '../../permissions';
import { go } from '../../router';
import { useSession } from '../../session';
import { CURRENCIES } from '../choices';
import { useFormat } from '../../locale/format';
import { PROJECT_KINDS } from './types';

const day = (offset: number) => {
  const d = new Date(Date.now() + offset * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Starting a joint project (agents and admins): what, what kind, from when to when, and its budget if there is one. */
export function ProjectForm() {
  const { t } = useTranslation();
  const f = useFormat();
  const { cluster, me } = useSession();
  const clusterId = cluster!.id;
  const permissions = usePermissions(clusterId);
  const [startDate, setStartDate] = useState(day(7));
  const [endDate, setEndDate] = useState(day(97));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const back = <BackLink href={`#/c/${clusterId}/projects`} label={t('projects.title')} />;

  const create = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    setBusy(true);
    setError(null);
    try {
      const body = {
        title: form.title,
        description: form.description,
        kind: form.kind as (typeof PROJECT_KINDS)[number],
        startDate,
        endDate,
        budget: form.budget || undefined,
        currency: form.budget ? form.currency : undefined,
      };
      const p = await answer(client.POST('/api/v1/clusters/{clusterId}/projects', { params: { path: { clusterId } }, body }));
      go('c', clusterId, 'projects', p.id);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (permissions.loading) return <ScreenState loading />;
  if (!permissions.can('project.create'))
    return (
      <div className="screen">
        {back}
        <p className="card">{t('projects.mayNotCreate')}</p>
      </div>
    );
  return (
    <div className="screen">
      {back}
      <form className="card stack screen" onSubmit={(e) => void create(e)} data-testid="project-form">
        <h2>{t('projects.new')}</h2>
        <label>
          {t('projects.name')}
          <input name="title" required minLength={3} dir="auto" data-testid="project-title" />
        </label>
        <label>
          {t('projects.description')}
          <textarea name="description" dir="auto" />
        </label>
        <label>
          {t('projects.kind')}
          <select name="kind" defaultValue="training">
            {PROJECT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`projects.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="fields">
          <DateField label={t('projects.start')} value={startDate} onChange={setStartDate} kind="day" required testId="project-start" />
          <DateField label={t('projects.end')} value={endDate} onChange={setEndDate} kind="day" required testId="project-end" />
        </div>
        <div className="fields">
          <DecimalInput label={t('projects.budget')} name="budget" />
          <label>
            {t('procurement.currency')}
            <select name="currency" defaultValue={me.locale === 'az' ? 'AZN' : 'IRR'}>
              {CURRENCIES.map((c) => (
                <option key={c} value={c}>
                  {f.currency(c)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <ErrorText error={error} />
        <button type="submit" disabled={busy} data-testid="project-create">
          {t('common.create')}
        </button>
      </form>
    </div>
  );
}
