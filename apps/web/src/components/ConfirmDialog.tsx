import { ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../styles/screens.css';
import { ErrorText } from './ErrorText';

interface Props {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  /** Cancelling a procurement cannot be undone: the button says so by its colour. */
  danger?: boolean;
  onConfirm(): Promise<unknown>;
  onClose(): void;
  testId?: string;
}

/**
 * Asks before something that cannot be taken back (award, cancel, closing a round). A modal
 * <dialog>: the browser keeps focus inside it, makes the page behind inert and closes it on Escape.
 * A failure stays in the dialog, in the user's language, so they can try again or step back.
 */
export function ConfirmDialog(props: Props) {
  // Only an open dialog is in the page: a closed one is nothing a screen reader or a test can stumble on.
  return props.open ? <OpenDialog {...props} /> : null;
}

function OpenDialog({ title, children, confirmLabel, danger, onConfirm, onClose, testId = 'confirm-dialog' }: Props) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  // Removed from the page when closed, so there is nothing to close on the way out.
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="confirm"
      aria-labelledby={`${testId}-title`}
      onClose={onClose}
      onCancel={(e) => busy && e.preventDefault()}
      data-testid={testId}
    >
      <h2 id={`${testId}-title`}>{title}</h2>
      <div className="stack">{children}</div>
      <ErrorText error={error} />
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onClose} disabled={busy} data-testid={`${testId}-cancel`}>
          {t('fields.back')}
        </button>
        <button
          type="button"
          className={danger ? 'danger' : undefined}
          onClick={() => void confirm()}
          disabled={busy}
          aria-busy={busy}
          data-testid={`${testId}-confirm`}
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
