import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorText } from './ErrorText';

interface Props {
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  /** True when the screen has nothing to show; `emptyText` says what to do next. */
  empty?: boolean;
  emptyText?: ReactNode;
  children?: ReactNode;
}

/** Loading, failed (translated, with a retry) and empty are three different things a user must tell apart. */
export function ScreenState({ loading, error, onRetry, empty, emptyText, children }: Props) {
  const { t } = useTranslation();
  if (error) return <ErrorText error={error} onRetry={onRetry} />;
  if (loading)
    return (
      <p className="state loading" role="status" aria-live="polite" data-testid="loading">
        <span className="spinner" aria-hidden="true" />
        {t('common.loading')}
      </p>
    );
  if (empty)
    return (
      <p className="state empty muted" data-testid="empty">
        {emptyText ?? t('state.empty')}
      </p>
    );
  return <>{children}</>;
}
