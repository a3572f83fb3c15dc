import { FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { ErrorText } from '../components/ErrorText';
import { formatDate } from '../i18n';
import { go } from '../router';
import { nameOf, useSession } from '../session';
import { getSocket } from '../socket';
import type { Page } from '../types';

interface Task {
  id: string;
  title: string;
  status: 'todo' | 'doing' | 'done';
  assigneeId: string | null;
  dueDate: string | null;
  milestoneId: string | null;
  projectId: string;
}
interface Project {
  id: string;
  title: string;
  kind: string;
  status: string;
  startDate: string;
  endDate: string;
  channelId: string;
  milestones: Array<{ id: string; title: string; dueDate: string; doneAt: string | null }>;
  tasks: Task[];
}

const COLUMNS: Task['status'][] = ['todo', 'doing', 'done'];

export function ProjectsPage({ projectId }: { projectId?: string }) {
  const { t } = useTranslation();
  const { cluster } = useSession();
  const [projects, setProjects] = useState<Project[]>([]);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => void api.get<Page<Project>>(`/clusters/${cluster!.id}/projects`).then((p) => setProjects(p.items)), [cluster]);
  if (projectId) return <ProjectBoard id={projectId} />;
  const create = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    try {
      const p = await api.post<Project>(`/clusters/${cluster!.id}/projects`, Object.fromEntries(new FormData(e.currentTarget)));
      go('c', cluster!.id, 'projects', p.id);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div className="grid2">
      <section className="card">
        <h2>{t('projects.title')}</h2>
        <ul className="list" data-testid="projects">
          {projects.map((p) => (
            <li key={p.id}>
              <a href={`#/c/${cluster!.id}/projects/${p.id}`} dir="auto">
                {p.title}
              </a>{' '}
              <span className="muted">
                {t(`projects.kinds.${p.kind}`)} · {formatDate(p.startDate)} – {formatDate(p.endDate)}
              </span>
            </li>
          ))}
        </ul>
      </section>
      {['admin', 'agent'].includes(cluster!.role) && (
        <form className="card stack" onSubmit={create}>
          <h2>{t('projects.new')}</h2>
          <label>
            {t('projects.name')}
            <input name="title" required minLength={3} />
          </label>
          <label>
            {t('procurement.description')}
            <textarea name="description" dir="auto" />
          </label>
          <label>
            {t('projects.kind')}
            <select name="kind">
              {['training', 'trade_fair', 'shared_facility', 'export_consortium', 'certification', 'study', 'other'].map((k) => (
                <option key={k} value={k}>
                  {t(`projects.kinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <div className="row">
            <label>
              {t('projects.start')}
              <input name="startDate" type="date" required />
            </label>
            <label>
              {t('projects.end')}
              <input name="endDate" type="date" required />
            </label>
          </div>
          <ErrorText error={error} />
          <button type="submit">{t('common.create')}</button>
        </form>
      )}
    </div>
  );
}

function ProjectBoard({ id }: { id: string }) {
  const { t } = useTranslation();
  const { members, cluster } = useSession();
  const [project, setProject] = useState<Project | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => void api.get<Project>(`/projects/${id}`).then(setProject), [id]);
  useEffect(() => {
    load();
    const socket = getSocket();
    const on = (task: Task) => task.projectId === id && setProject((p) => (p ? { ...p, tasks: [...p.tasks.filter((x) => x.id !== task.id), task] } : p));
    socket.on('task:updated', on);
    socket.on('project:updated', load);
    return () => {
      socket.off('task:updated', on);
      socket.off('project:updated', load);
    };
  }, [id, load]);
  if (!project) return <p>{t('common.loading')}</p>;
  const move = (task: Task, status: Task['status']) => void api.patch(`/tasks/${task.id}`, { status }).catch(setError);
  const addTask = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const f = Object.fromEntries(new FormData(form)) as Record<string, string>;
    try {
      await api.post(`/projects/${id}/tasks`, { title: f.title, assigneeId: f.assigneeId || undefined, dueDate: f.dueDate || undefined });
      form.reset();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div className="stack">
      <section className="card">
        <a href={`#/c/${cluster!.id}/projects`}>← {t('projects.title')}</a>
        <h2 dir="auto">{project.title}</h2>
        <p className="muted">
          {formatDate(project.startDate)} – {formatDate(project.endDate)} · <a href={`#/c/${cluster!.id}/chat/${project.channelId}`}>{t('projects.channel')}</a>
        </p>
        <h3>{t('projects.milestones')}</h3>
        <ul className="list">
          {project.milestones.map((m) => (
            <li key={m.id}>
              {m.doneAt ? '✔ ' : '◻ '}
              {m.title} <span className="muted">{formatDate(m.dueDate)}</span>
            </li>
          ))}
        </ul>
      </section>
      <div className="board" data-testid="kanban">
        {COLUMNS.map((col) => (
          <section key={col} className="column" aria-label={t(`projects.status.${col}`)}>
            <h3>{t(`projects.status.${col}`)}</h3>
            {project.tasks
              .filter((task) => task.status === col)
              .map((task) => (
                <article key={task.id} className="card tile" data-testid="task">
                  <strong dir="auto">{task.title}</strong>
                  {task.assigneeId && <span className="muted">{nameOf(members, task.assigneeId)}</span>}
                  {task.dueDate && <span className="muted">{formatDate(task.dueDate)}</span>}
                  <div className="row">
                    {COLUMNS.filter((c) => c !== col).map((c) => (
                      <button key={c} type="button" className="chip" onClick={() => move(task, c)}>
                        → {t(`projects.status.${c}`)}
                      </button>
                    ))}
                  </div>
                </article>
              ))}
          </section>
        ))}
      </div>
      <form className="card row" onSubmit={addTask}>
        <input name="title" required placeholder={t('projects.task')} aria-label={t('projects.task')} />
        <select name="assigneeId" aria-label={t('projects.assignee')}>
          <option value="">{t('projects.unassigned')}</option>
          {members.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.displayName}
            </option>
          ))}
        </select>
        <input name="dueDate" type="date" aria-label={t('projects.due')} />
        <button type="submit">{t('projects.addTask')}</button>
      </form>
      <ErrorText error={error} />
    </div>
  );
}
