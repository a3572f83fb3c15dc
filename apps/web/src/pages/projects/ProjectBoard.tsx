import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { Bidi } from '../../components/Bidi';
import { ErrorText } from '../../components/ErrorText';
import { ScreenState } from '../../components/ScreenState';
import { useFormat } from '../../locale/format';
import { usePermissions } from '../../permissions';
import { useSession } from '../../session';
import { ProjectResults } from '../development/ProjectResults';
import { Board } from './Board';
import { MilestoneForm } from './MilestoneForm';
import { TaskCard } from './TaskCard';
import { TaskForm } from './TaskForm';
import { TASK_STATUSES, type Task, type TaskStatus } from './types';
import { useProject, withTask } from './useProject';

/** One project: its dates and channel, milestones, and the task board (todo, doing, done). */
export function ProjectBoard({ id }: { id: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { cluster } = useSession();
  const clusterId = cluster!.id;
  const permissions = usePermissions(clusterId);
  const { project, setProject, error, reload } = useProject(id);
  const [picked, setPicked] = useState<TaskStatus | null>(null);
  const back = <BackLink href={`#/c/${clusterId}/projects`} label={t('projects.title')} />;
  if (!project)
    return (
      <div className="screen">
        {back}
        <ScreenState loading={!error} error={error} onRetry={reload} />
      </div>
    );
  const upsert = (task: Task) => setProject((p) => (p ? withTask(p, task) : p));
  const mayWork = permissions.can('project.work');

  return (
    <div className="screen" data-testid="project-detail">
      {back}
      <ErrorText error={error} onRetry={reload} />
      <section className="card stack">
        <div className="screen-head">
          <h2>
            <Bidi>{project.title}</Bidi>
          </h2>
          <span className="status">{t(`projects.projectStatus.${project.status}`)}</span>
        </div>
        <p className="muted">
          {t(`projects.kinds.${project.kind}`, { defaultValue: t('projects.kinds.other') })} ·{' '}
          {t('projects.period', { start: f.date(project.startDate), end: f.date(project.endDate) })}
        </p>
        {project.description && (
          <p dir="auto" className="body">
            {project.description}
          </p>
        )}
        <a href={`#/c/${clusterId}/chat/${project.channelId}`}>{t('projects.channel')}</a>
        <ProjectResults projectId={id} />
        <h3>{t('projects.milestones')}</h3>
        {project.milestones.length === 0 ? (
          <p className="muted">{t('projects.noMilestones')}</p>
        ) : (
          <ul className="list">
            {project.milestones.map((m) => (
              <li key={m.id}>
                <span aria-hidden="true">{m.doneAt ? '✔ ' : '◻ '}</span>
                <Bidi>{m.title}</Bidi>{' '}
                <span className="muted">{m.doneAt ? t('projects.milestoneDone') : t('projects.dueOn', { date: f.date(m.dueDate) })}</span>
              </li>
            ))}
          </ul>
        )}
        {permissions.can('project.manage') && <MilestoneForm projectId={id} onAdded={reload} />}
      </section>
      {project.tasks.length === 0 ? (
        <p className="card muted" data-testid="no-tasks">
          {mayWork ? t('projects.noTasksWorker') : t('projects.noTasks')}
        </p>
      ) : (
        <Board<TaskStatus, Task>
          label={t('projects.taskStatus')}
          statuses={TASK_STATUSES}
          items={project.tasks}
          statusOf={(task) => task.status}
          name={(s) => t(`projects.status.${s}`)}
          keyOf={(task) => task.id}
          initial={(['doing', 'todo', 'done'] as const).find((s) => project.tasks.some((x) => x.status === s)) ?? 'todo'}
          picked={picked}
          onPick={setPicked}
          empty={t('projects.noneInColumn')}
          testId="kanban"
          render={(task) => <TaskCard task={task} mayMove={mayWork} onMoved={upsert} />}
        />
      )}
      {mayWork && <TaskForm projectId={id} onAdded={upsert} />}
    </div>
  );
}
