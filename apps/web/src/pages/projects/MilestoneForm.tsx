import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../../api';
import { DateField } from '../../components/DateField';
import { ErrorText } from '../../components/ErrorText';

/** The organiser sets a milestone: what and by which day (picked in the reader's calendar). */
export function MilestoneForm({ projectId, onAdded }: { projectId: string; onAdded(): void }) {
  const { t } = useTranslation();
  const [due, setDue] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [dueMissing, setDueMissing] = useState(false);
  const add = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const title = String(new FormData(form).get('title') ?? '').trim();
    if (!due) return setDueMissing(true);
    setError(null);
    try {
      await answer(client.POST('/api/v1/projects/{id}/milestones', { params: { path: { id: projectId } }, body: { title, dueDate: due } }));
      form.reset();
      setDue('');
      onAdded();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="stack screen" onSubmit={(e) => void add(e)} data-testid="milestone-form">
      <div className="fields">
        <label>
          {t('projects.milestone')}
          <input name="title" required dir="auto" maxLength={200} data-testid="milestone-title" />
        </label>
        <DateField
          label={t('projects.due')}
          value={due}
          onChange={(v) => {
            setDue(v);
            setDueMissing(false);
          }}
          kind="day"
          required
          testId="milestone-due"
        />
      </div>
      {dueMissing && (
        <p className="field-error" role="alert">
          {t('fields.date.required')}
        </p>
      )}
      <ErrorText error={error} />
      <button type="submit" className="secondary" data-testid="milestone-add">
        {t('projects.addMilestone')}
      </button>
    </form>
  );
}
