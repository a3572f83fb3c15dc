import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../../api';
import { DateField } from '../../components/DateField';
import { ErrorText } from '../../components/ErrorText';
import { useSession } from '../../session';
import type { Task } from './types';

/** Adding a task: a title, optionally who does it and by when (picked in the reader's calendar). */
export function TaskForm({ projectId, onAdded }: { projectId: string; onAdded(task: Task): void }) {
  const { t } = useTranslation();
  const { members } = useSession();
  const [due, setDue] = useState('');
  const [error, setError] = useState<unknown>(null);
  const add = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const f = Object.fromEntries(new FormData(form)) as Record<string, string>;
    setError(null);
    try {
      const body = { title: f.title, assigneeId: f.assigneeId || undefined, dueDate: due || undefined };
      onAdded(await answer(client.POST('/api/v1/projects/{id}/tasks', { params: { path: { id: projectId } }, body })));
      form.reset();
      setDue('');
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="card stack screen" onSubmit={(e) => void add(e)} data-testid="task-form">
      <h3>{t('projects.addTask')}</h3>
      <label>
        {t('projects.task')}
        <input name="title" required dir="auto" data-testid="task-title" />
      </label>
      <div className="fields">
        <label>
          {t('projects.assignee')}
          <select name="assigneeId">
            <option value="">{t('projects.unassigned')}</option>
            {members.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.displayName}
              </option>
            ))}
          </select>
        </label>
        <DateField label={t('projects.due')} value={due} onChange={setDue} kind="day" testId="task-due" />
      </div>
      <ErrorText error={error} />
      <button type="submit" data-testid="task-add">
        {t('projects.addTask')}
      </button>
    </form>
  );
}
