import { FormEvent, KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { upload } from '../api';
import { insertChip, isFull, readBody, textBeforeCaret, writeBody } from '../chat/mentionEditor';
import { mentionQuery } from '../chat/mentions';
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

/**
 * Message input with @-mention autocomplete (a picked mention is a chip with the person's name,
 * sent as its `<@userId>` token), attachments with progress (a file may go with no text), typing
 * signals, and a draft that survives a reload.
 */
export function Composer({ channelId, threadRootId, onSend, testId = 'composer' }: Props) {
  const { t } = useTranslation();
  const { members, cluster, me } = useSession();
  const draftKey = drafts.key(me.id, channelId, threadRootId);
  const editor = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState<string | null>(null);
  const [files, setFiles] = useState<Array<{ id: string; name: string }>>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const lastTyping = useRef(0);
  const fileInput = useRef<HTMLInputElement>(null);

  // The draft keeps the tokens, so a reload still knows who was meant; the chips need the members' names.
  useEffect(() => {
    const root = editor.current;
    if (!root || document.activeElement === root) return;
    writeBody(root, drafts.read(draftKey), members);
  }, [draftKey, members]);

  // A native listener: React's onBeforeInput does not say what kind of input is coming.
  useEffect(() => {
    const root = editor.current!;
    const limit = (e: InputEvent) => e.inputType.startsWith('insert') && isFull(root) && e.preventDefault();
    root.addEventListener('beforeinput', limit);
    return () => root.removeEventListener('beforeinput', limit);
  }, []);

  const suggestions = query === null ? [] : members.filter((m) => m.displayName.toLowerCase().includes(query.toLowerCase())).slice(0, 6);

  // The suggestions follow the word at the caret, typed or reached with the arrow keys.
  const followCaret = () => {
    const before = textBeforeCaret(editor.current!);
    setQuery(before ? mentionQuery(before.text) : null);
  };
  const changed = () => {
    const root = editor.current!;
    const body = readBody(root);
    // What the browser leaves behind when everything is deleted (a lone <br>) would hide the placeholder.
    if (body === '' && root.childNodes.length) root.replaceChildren();
    drafts.write(draftKey, body);
    followCaret();
    if (Date.now() - lastTyping.current > 2000 && getSocket().connected) {
      lastTyping.current = Date.now();
      getSocket().emit('typing', { channelId });
    }
  };
  const pick = (userId: string) => {
    const member = members.find((m) => m.userId === userId);
    const root = editor.current;
    if (!member || !root) return;
    root.focus();
    insertChip(root, member);
    changed();
    setQuery(null);
  };
  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    const root = editor.current!;
    const body = readBody(root).trim();
    if (!body && files.length === 0) return;
    onSend(
      body,
      files.map((f) => f.id),
    );
    root.replaceChildren();
    drafts.write(draftKey, '');
    setQuery(null);
    setFiles([]);
  };
  const key = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    e.preventDefault();
    // Shift+Enter is a new line; a <br>, so the text stays one block the body can be read from.
    if (e.shiftKey) document.execCommand('insertLineBreak');
    else if (suggestions.length && query !== null) pick(suggestions[0].userId);
    else submit();
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
              {/* Taking no focus on press keeps the caret where the mention goes. */}
              <button
                type="button"
                role="option"
                aria-selected={false}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(m.userId)}
                data-testid="mention-option"
              >
                @<Bidi>{m.displayName}</Bidi>
              </button>
            </li>
          ))}
        </ul>
      )}
      {files.length > 0 && (
        <ul className="pending-files" data-testid="pending-files">
          {files.map((f) => (
            <li key={f.id} className="row muted" data-testid="pending-file">
              <Icon name="attach" />
              <Bidi>{f.name}</Bidi>
              {/* Only off this message: the uploaded file stays on the server, attached to nothing (there is no delete route). */}
              <button
                type="button"
                className="secondary icon-button"
                onClick={() => setFiles((fs) => fs.filter((other) => other.id !== f.id))}
                aria-label={t('chat.removeAttachment', { name: f.name })}
                data-testid="pending-file-remove"
              >
                <Icon name="close" />
              </button>
            </li>
          ))}
        </ul>
      )}
      {progress !== null && <progress value={progress} max={1} aria-label={t('chat.uploading')} />}
      <ErrorText error={uploadError} />
      <div className="row">
        <div
          ref={editor}
          className="composer-input grow"
          contentEditable
          suppressContentEditableWarning
          role="textbox"
          aria-multiline="true"
          aria-label={t('chat.message')}
          aria-placeholder={t('chat.placeholder')}
          data-placeholder={t('chat.placeholder')}
          dir="auto"
          onInput={changed}
          onKeyDown={key}
          onKeyUp={(e) => e.key.startsWith('Arrow') && followCaret()}
          // Pasted text comes as text: no markup from elsewhere gets into a message.
          onPaste={(e) => {
            e.preventDefault();
            document.execCommand('insertText', false, e.clipboardData.getData('text/plain'));
          }}
          onDrop={(e) => e.preventDefault()}
          data-testid={testId}
        />
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
