import { useTranslation } from 'react-i18next';
import { fieldMessages, problemMessage } from '../errors';

/** A failed call shown to the user in their language, with the fields it names. */
export function ErrorText({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  const fields = fieldMessages(t, error);
  return (
    <div role="alert" className="error" data-testid="error">
      <p>{problemMessage(t, error)}</p>
      {fields.length > 0 && (
        <ul>
          {fields.map((f) => (
            <li key={f.field}>
              {f.label}: {f.message}
            </li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="secondary" onClick={onRetry} data-testid="retry">
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}
