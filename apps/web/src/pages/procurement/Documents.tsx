import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile, uploadTo } from '../../api';
import { Bidi } from '../../components/Bidi';
import { ErrorText } from '../../components/ErrorText';
import { useFormat } from '../../locale/format';
import type { ProcurementDocument } from './types';

const kilobytes = (bytes: number) => Math.max(1, Math.round(bytes / 1024));

/** Documents as a list of downloads: the file's own name (isolated for direction), its kind and size. */
export function DocumentList({ documents, testId = 'documents' }: { documents: ProcurementDocument[]; testId?: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [error, setError] = useState<unknown>(null);
  if (documents.length === 0) return null;
  return (
    <>
      <ul className="documents" data-testid={testId}>
        {documents.map((d) => (
          <li key={d.id} data-testid="document">
            <a
              className="attachment"
              href={`/api/v1/files/${d.file.id}`}
              onClick={(e) => {
                e.preventDefault();
                setError(null);
                void downloadFile(d.file.id, d.file.name).catch(setError);
              }}
            >
              <Bidi>{d.file.name}</Bidi>
            </a>
            <span className="muted">
              {t(`procurement.documents.kind.${d.kind}`)} · {t('procurement.documents.size', { size: f.number(kilobytes(d.file.size)) })}
            </span>
          </li>
        ))}
      </ul>
      <ErrorText error={error} />
    </>
  );
}

interface AttachProps {
  /** The route that takes the file, e.g. `/quotes/<id>/documents`. */
  path: string;
  kinds: readonly ProcurementDocument['kind'][];
  onAttached(): Promise<void> | void;
  testId?: string;
}

/** Pick a kind, then a file: it is uploaded at once, with progress; a refusal is shown in the reader's language. */
export function AttachDocument({ path, kinds, onAttached, testId = 'attach-document' }: AttachProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<ProcurementDocument['kind']>(kinds[0]);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const send = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setProgress(0);
    try {
      await uploadTo(path, file, { kind }, setProgress);
      await onAttached();
    } catch (e) {
      setError(e);
    } finally {
      setProgress(null);
      if (input.current) input.current.value = '';
    }
  };
  return (
    <div className="stack" data-testid={testId}>
      <div className="actions-row">
        {kinds.length > 1 && (
          <select
            value={kind}
            onChange={(e) => setKind(e.target.value as ProcurementDocument['kind'])}
            aria-label={t('procurement.documents.kindLabel')}
            data-testid={`${testId}-kind`}
          >
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`procurement.documents.kind.${k}`)}
              </option>
            ))}
          </select>
        )}
        <button
          type="button"
          className="secondary"
          disabled={progress !== null}
          onClick={() => input.current?.click()}
          data-testid={`${testId}-button`}
        >
          {t('procurement.documents.attach')}
        </button>
        <input ref={input} type="file" hidden onChange={(e) => void send(e.target.files?.[0])} data-testid={`${testId}-file`} />
      </div>
      {progress !== null && <progress value={progress} max={1} aria-label={t('procurement.documents.uploading')} />}
      <ErrorText error={error} />
    </div>
  );
}
