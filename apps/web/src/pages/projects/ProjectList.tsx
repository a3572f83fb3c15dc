import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../../api';
import { Bidi } from '../../components/Bidi';
import { ScreenState } from '../../components/ScreenState';
import { useFormat } from '../../locale/format';
import { usePermissions } from '../../permissions';
import { useSession } from '../../session';
import { Board } from './Board';
import { PROJECT_STATUSES, type ProjectStatus, type ProjectSummary } from './types';

/** The cluster's joint projects by status: what is planned, running, done. */
export function ProjectList() {
  const { t } = useTranslation();
  const f = useFormat();
  const { cluster } = useSession();
  const clusterId = cluster!.id;
  const permissions = usePermissions(clusterId);
  const [projects, setProjects] = useState<ProjectSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [picked, setPicked] = useState<ProjectStatus | null>(null);

  const load = useCallback(() => {
    setError(null);
    answer(client.GET('/api/v1/clusters/{clusterId}/projects', { params: { path: { clusterId } } }))
      .then((p) => setProjects(p.items))
      .catch(setError);
  }, [clusterId]);
  useEffect(load, [load]);

  const mayCreate = permissions.can('project.create');
  const initial = (['active', 'planned', 'completed', 'cancelled'] as const).find((s) => projects?.some((p) => p.status === s)) ?? 'active';
  return (
    <div className="screen" data-testid="projects-page">
      <div className="screen-head">
        <h2>{t('projects.title')}</h2>
        {mayCreate && (
          <a className="button" href={`#/c/${clusterId}/projects/new`} data-testid="new-project">
            {t('projects.new')}
          </a>
        )}
      </div>
      <ScreenState
        loading={projects === null && !error}
        error={error}
        onRetry={load}
        empty={projects?.length === 0}
        emptyText={mayCreate ? t('projects.emptyOrganiser') : t('projects.empty')}
      >
        <Board<ProjectStatus, ProjectSummary>
          label={t('projects.statusLabel')}
          statuses={PROJECT_STATUSES}
          items={projects ?? []}
          statusOf={(p) => p.status}
          name={(s) => t(`projects.projectStatus.${s}`)}
          keyOf={(p) => p.id}
          initial={initial}
          picked={picked}
          onPick={setPicked}
          empty={t('projects.noneInStatus')}
          testId="projects"
          render={(p) => (
            <a className="item" href={`#/c/${clusterId}/projects/${p.id}`} data-testid="project">
              <Bidi className="item-title">{p.title}</Bidi>
              <span className="muted">{t(`projects.kinds.${p.kind}`, { defaultValue: t('projects.kinds.other') })}</span>
              <span className="muted">{t('projects.period', { start: f.date(p.startDate), end: f.date(p.endDate) })}</span>
            </a>
          )}
        />
      </ScreenState>
    </div>
  );
}
