import { FormEvent, KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { upload } from '../api';
import { namesToTokens, tokensToNames } from '../chat/mentions';
import { drafts } from '../chat/outbox';
import { useSession } from '../session';
import { getSocket } from '../socket';
import { Bidi } from './Bidi';
import { ErrorText } from './ErrorText';
import { Icon } from './Icon';

interface Props {
  channelId: string;
  threadRootId?: string;
  /** Hands the message to the outbox; it is kept there until the server confirms it. */
  onSend(body: string, attachmentIds: string[]): void;
  testId?: string;
}

/** Message input with @-mention autocomplete, attachments with progress, typing signals, and a draft that survives a reload. */
export function Composer({ channelId, threadRootId, onSend, testId = 'composer' }: Props) {
  const { t } = useTranslation();
  const { members, cluster, me } = useSession();
  const draftKey = drafts.key(me.id, channelId, threadRootId);
  const [text, setText] = useState(() => tokensToNames(drafts.read(draftKey), members));
  const [query, setQuery] = useState<string | null>(null);
  const [files, setFiles] = useState<Array<{ id: string; name: string }>>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const lastTyping = useRef(0);
  const fileInput = useRef<HTMLInputElement>(null);

  // Mentions read as names (`@Maryam`); the draft keeps the tokens, so a reload still knows who was meant.
  useEffect(() => setText(tokensToNames(drafts.read(draftKey), members)), [draftKey, members]);

  const suggestions = query === null ? [] : members.filter((m) => m.displayName.toLowerCase().includes(query.toLowerCase())).slice(0, 6);

  const change = (value: string) => {
    setText(value);
    drafts.write(draftKey, namesToTokens(value, members));
    const at = /@([^\s@<>]*)$/.exec(value);
    setQuery(at ? at[1] : null);
    if (Date.now() - lastTyping.current > 2000 && getSocket().connected) {
      lastTyping.current = Date.now();
      getSocket().emit('typing', { channelId });
    }
  };
  const pick = (userId: string) => change(text.replace(/@([^\s@<>]*)$/, `@${members.find((m) => m.userId === userId)?.displayName ?? ''} `));
  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    // A file may go on its own: its names stand in for the text the server asks for.
    const body = text.trim() ? namesToTokens(text, members) : files.map((f) => f.name).join(', ');
    if (!body.trim()) return;
    onSend(body, files.map((f) => f.id));
    change('');
    setQuery(null);
    setFiles([]);
  };
  const key = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      if (suggestions.length && query !== null) pick(suggestions[0].userId);
      else submit();
    }
  };
  const attach = async (file: File | undefined) => {
    if (!file || !cluster) return;
    setProgress(0);
    setUploadError(null);
    try {
      const f = await upload(cluster.id, file, setProgress);
      setFiles((fs) => [...fs, f]);
    } catch (err) {
      setUploadError(err);
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
                @<Bidi>{m.displayName}</Bidi>
              </button>
            </li>
          ))}
        </ul>
      )}
      {files.length > 0 && (
        <p className="muted">
          <Icon name="attach" />{' '}
          {files.map((f, i) => (
            <span key={f.id}>
              {i > 0 && ', '}
              <Bidi>{f.name}</Bidi>
            </span>
          ))}
        </p>
      )}
      {progress !== null && <progress value={progress} max={1} aria-label={t('chat.uploading')} />}
      <ErrorText error={uploadError} />
      <div className="row">
        <label className="grow">
          <span className="visually-hidden">{t('chat.message')}</span>
          <textarea dir="auto" rows={2} value={text} onChange={(e) => change(e.target.value)} onKeyDown={key} placeholder={t('chat.placeholder')} data-testid={testId} maxLength={8000} />
        </label>
        <button type="button" className="secondary icon-button" onClick={() => fileInput.current?.click()} data-testid="attach-button">
          <Icon name="attach" />
          <span className="visually-hidden">{t('chat.attach')}</span>
        </button>
        <input ref={fileInput} type="file" hidden onChange={(e) => void attach(e.target.files?.[0])} data-testid="attach" />
        <button type="submit" className="icon-button" data-testid={`${testId}-send`}>
          <Icon name="send" />
          <span className="visually-hidden">{t('chat.send')}</span>
        </button>
      </div>
    </form>
  );
}
