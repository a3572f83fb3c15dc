import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';

/** A problem+json answer shown to the user, with the fields it names. */
export function ErrorText({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const problem = error instanceof ApiError ? error.problem : { title: t('errors.unexpected'), status: 0 };
  return (
    <p role="alert" className="error" data-testid="error">
      {problem.detail ?? problem.title}
      {'errors' in problem && problem.errors?.length ? ` (${problem.errors.map((e) => e.field).join(', ')})` : ''}
    </p>
  );
}
