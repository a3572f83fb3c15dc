import { FormEvent, KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { upload } from '../api';
import { useSession } from '../session';
import { getSocket } from '../socket';

interface Props {
  channelId: string;
  onSend(body: string, attachmentIds: string[]): Promise<void>;
  testId?: string;
}

/** Message input with @-mention autocomplete, file attachments with progress, and typing signals. */
export function Composer({ channelId, onSend, testId = 'composer' }: Props) {
  const { t } = useTranslation();
  const { members, cluster } = useSession();
  const [text, setText] = useState('');
  const [query, setQuery] = useState<string | null>(null);
  const [files, setFiles] = useState<Array<{ id: string; name: string }>>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const lastTyping = useRef(0);

  const suggestions = query === null ? [] : members.filter((m) => m.displayName.toLowerCase().includes(query.toLowerCase())).slice(0, 6);

  const change = (value: string) => {
    setText(value);
    const at = /@([^\s@<>]*)$/.exec(value);
    setQuery(at ? at[1] : null);
    if (Date.now() - lastTyping.current > 2000) {
      lastTyping.current = Date.now();
      getSocket().emit('typing', { channelId });
    }
  };
  const pick = (userId: string) => {
    setText((v) => v.replace(/@([^\s@<>]*)$/, `<@${userId}> `));
    setQuery(null);
  };
  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (!text.trim()) return;
    await onSend(text, files.map((f) => f.id));
    setText('');
    setFiles([]);
  };
  const key = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      if (suggestions.length && query !== null) pick(suggestions[0].userId);
      else void submit();
    }
  };
  const attach = async (file: File | undefined) => {
    if (!file || !cluster) return;
    setProgress(0);
    try {
      const f = await upload(cluster.id, file, setProgress);
      setFiles((fs) => [...fs, f]);
    } finally {
      setProgress(null);
    }
  };

  return (
    <form className="composer" onSubmit={submit}>
      {suggestions.length > 0 && (
        <ul className="suggestions" role="listbox" aria-label={t('chat.mention')}>
          {suggestions.map((m) => (
            <li key={m.userId}>
              <button type="button" role="option" aria-selected={false} onClick={() => pick(m.userId)} data-testid="mention-option">
                @{m.displayName}
              </button>
            </li>
          ))}
        </ul>
      )}
      {files.length > 0 && <p className="muted">📎 {files.map((f) => f.name).join(', ')}</p>}
      {progress !== null && <progress value={progress} max={1} aria-label={t('chat.uploading')} />}
      <div className="row">
        <label className="grow">
          <span className="visually-hidden">{t('chat.message')}</span>
          <textarea dir="auto" rows={2} value={text} onChange={(e) => change(e.target.value)} onKeyDown={key} placeholder={t('chat.placeholder')} data-testid={testId} maxLength={8000} />
        </label>
        <label className="button secondary">
          📎<span className="visually-hidden">{t('chat.attach')}</span>
          <input type="file" hidden onChange={(e) => void attach(e.target.files?.[0])} data-testid="attach" />
        </label>
        <button type="submit" data-testid={`${testId}-send`}>
          {t('chat.send')}
        </button>
      </div>
    </form>
  );
}
