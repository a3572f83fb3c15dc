import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../../api';
import { Bidi } from '../../components/Bidi';
import { ErrorText } from '../../components/ErrorText';
import { useFormat } from '../../locale/format';
import { nameOf, useSession } from '../../session';
import { TASK_STATUSES, type Task } from './types';

/** A task with who does it and by when; buttons move it to the other columns (words, not arrows, so they read the same in RTL). */
export function TaskCard({ task, mayMove, onMoved }: { task: Task; mayMove: boolean; onMoved(task: Task): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { members } = useSession();
  const [error, setError] = useState<unknown>(null);
  const overdue = task.status !== 'done' && task.dueDate !== null && task.dueDate < new Date().toISOString().slice(0, 10);
  const move = (status: Task['status']) => {
    setError(null);
    answer(client.PATCH('/api/v1/tasks/{id}', { params: { path: { id: task.id } }, body: { status } })).then(onMoved, setError);
  };
  return (
    <article className="item" data-testid="task">
      <Bidi className="item-title">{task.title}</Bidi>
      {task.assigneeId && (
        <span className="muted">
          <Bidi>{nameOf(members, task.assigneeId)}</Bidi>
        </span>
      )}
      {task.dueDate && (
        <span className={overdue ? 'error' : 'muted'}>
          {t(overdue ? 'projects.overdue' : 'projects.dueOn', { date: f.date(task.dueDate) })}
        </span>
      )}
      {mayMove && (
        <div className="actions-row">
          {TASK_STATUSES.filter((s) => s !== task.status).map((s) => (
            <button key={s} type="button" className="secondary" onClick={() => move(s)} data-testid={`move-${s}`}>
              {t(`projects.moveTo.${s}`)}
            </button>
          ))}
        </div>
      )}
      <ErrorText error={error} />
    </article>
  );
}
