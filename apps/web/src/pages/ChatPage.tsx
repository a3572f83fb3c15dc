import { FormEvent, Fragment, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client, downloadFile } from '../api';
import { channelsOf, history, joinChannel, markRead } from '../chat/calls';
import { outboxOf, OutgoingMessage } from '../chat/outbox';
import { ChannelMembers } from '../chat/ChannelMembers';
import { ChannelSettings } from '../chat/ChannelSettings';
import { ImagePreview } from '../chat/ImagePreview';
import { namesToTokens, tokensToNames } from '../chat/mentions';
import { syncSince } from '../chat/sync';
import '../chat/chat.css';
import { Bidi } from '../components/Bidi';
import { Composer } from '../components/Composer';
import { ErrorText } from '../components/ErrorText';
import { Icon } from '../components/Icon';
import { MessageBody } from '../components/MessageBody';
import { ScreenState } from '../components/ScreenState';
import { useFormat } from '../locale/format';
import { usePermissions } from '../permissions';
import { go } from '../router';
import { nameOf, useSession } from '../session';
import { getSocket } from '../socket';
import type { Channel, Message } from '../types';
import type { ServerToClientEvents } from '../../../../libs/realtime/src/events';

const REACTIONS = ['👍', '❤️', '🎉'];
// Side by side panes only where they fit; on a phone the channel list is a screen of its own.
const wide = () => window.matchMedia('(min-width: 761px)').matches;

/** Where a channel opens: the message a link names, else the first one not read yet, else the newest. */
const AROUND = 15;

export function ChatPage({ channelId, focusSeq }: { channelId?: string; focusSeq?: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { cluster, me, members } = useSession();
  const permissions = usePermissions(cluster?.id);
  const outbox = outboxOf(me.id);
  const outgoing = useSyncExternalStore(outbox.subscribe, outbox.list);
  const [channels, setChannels] = useState<Channel[] | null>(null);
  const [channelsError, setChannelsError] = useState<unknown>(null);
  const [messages, setMessages] = useState<Message[]>([]);
  const [messagesState, setMessagesState] = useState<{ loading: boolean; error: unknown }>({ loading: false, error: null });
  const [hasOlder, setHasOlder] = useState(false);
  const [hasNewer, setHasNewer] = useState(false);
  const [highlighted, setHighlighted] = useState<number | null>(null);
  // The seq read up to when the channel was opened: the "new messages" line sits after it.
  const [readUpTo, setReadUpTo] = useState<number | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const [thread, setThread] = useState<Message | null>(null);
  const [replies, setReplies] = useState<Message[]>([]);
  const [typing, setTyping] = useState<Record<string, number>>({});
  const [results, setResults] = useState<Message[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const lastSeq = useRef<Record<string, number>>({});

  const loadChannels = useCallback(async () => {
    if (!cluster) return;
    try {
      const page = await channelsOf(cluster.id);
      setChannels(page.items);
      setChannelsError(null);
      const joined = page.items.filter((c) => c.isMember);
      // On a phone too, opening chat lands where reading should start; once: the list it comes back to stays a list.
      const arriving = !openedOnce.has(cluster.id);
      openedOnce.add(cluster.id);
      if (!channelId && joined.length) {
        const next = firstToRead(joined);
        if (wide()) go('c', cluster.id, 'chat', (next ?? joined[0]).id);
        else if (next && arriving) go('c', cluster.id, 'chat', next.id);
      }
    } catch (err) {
      setChannelsError(err);
    }
  }, [cluster, channelId]);

  useEffect(() => {
    void loadChannels();
  }, [loadChannels]);

  const merge = useCallback(
    (incoming: Message[]) => {
      setMessages((current) => {
        const byId = new Map(current.map((m) => [m.id, m]));
        for (const m of incoming) if (m.channelId === channelId && !m.threadRootId) byId.set(m.id, m);
        return [...byId.values()].sort((a, b) => a.seq - b.seq);
      });
      for (const m of incoming) lastSeq.current[m.channelId] = Math.max(lastSeq.current[m.channelId] ?? 0, m.seq);
    },
    [channelId],
  );
  const scrollToEnd = () => requestAnimationFrame(() => listRef.current?.lastElementChild?.scrollIntoView({ block: 'end' }));

  const loadMessages = useCallback(() => {
    if (!channelId) return;
    setMessages([]);
    setThread(null);
    setHighlighted(null);
    setMessagesState({ loading: true, error: null });
    const open = async () => {
      // The list is where the reader's own place in each channel is kept (read up to, unread counts).
      const list = await channelsOf(cluster!.id);
      const channel = list.items.find((c) => c.id === channelId);
      const marker = channel?.isMember && channel.unreadCount > 0 ? channel.lastReadSeq : null;
      setReadUpTo(marker);
      const target = focusSeq && /^\d+$/.test(focusSeq) ? Number(focusSeq) : marker !== null ? marker + 1 : null;
      if (target === null) {
        // The same path and query as main.tsx's prefetch, so this takes the answer already on its way.
        const page = await history(channelId, { limit: 50 });
        merge(page.items);
        setHasOlder(!!page.nextCursor);
        setHasNewer(false);
        setMessagesState({ loading: false, error: null });
        return scrollToEnd();
      }
      // Opened in the middle: a few messages before the target for context, then forwards from it.
      const from = Math.max(0, target - AROUND);
      const page = await history(channelId, { after: from, limit: 100 });
      merge(page.items);
      setHasOlder(from > 0);
      setHasNewer(!!page.nextCursor);
      setMessagesState({ loading: false, error: null });
      if (focusSeq) setHighlighted(target);
      requestAnimationFrame(() => scrollToSeq(target));
    };
    open().catch((err) => setMessagesState({ loading: false, error: err }));
  }, [channelId, focusSeq, merge, cluster?.id]); // eslint-disable-line react-hooks/exhaustive-deps
  // A reply in a thread is not in the channel's list: the nearest message after it stands in.
  const scrollToSeq = (seq: number) => {
    const items = Array.from(listRef.current?.querySelectorAll<HTMLElement>('[data-seq]') ?? []);
    const at = items.find((el) => Number(el.dataset.seq) >= seq) ?? items[items.length - 1];
    at?.scrollIntoView({ block: 'center' });
  };
  const newer = async () => {
    const last = messages[messages.length - 1];
    if (!last) return;
    try {
      const page = await history(channelId!, { after: last.seq, limit: 100 });
      merge(page.items);
      setHasNewer(!!page.nextCursor);
    } catch (err) {
      setError(err);
    }
  };
  const copyLink = async (m: Message) => {
    const link = `${window.location.origin}${window.location.pathname}#/c/${cluster!.id}/chat/${m.channelId}/${m.seq}`;
    try {
      await navigator.clipboard.writeText(link);
    } catch {
      // Without clipboard access (an insecure origin, a refused permission) the link is shown to copy by hand.
      window.prompt(t('chat.copyLink'), link);
    }
    setCopied(m.id);
  };
  useEffect(loadMessages, [loadMessages]);

  useEffect(
    () =>
      outbox.onSent((m) => {
        merge([m]);
        scrollToEnd();
      }),
    [outbox, merge],
  );

  // Live updates, and after a reconnect everything missed since the last seq we saw.
  useEffect(() => {
    const socket = getSocket();
    // Typed as the HTTP answer's message: the socket's payload (libs/realtime/src/events.ts) must fit it to compile.
    const onMessage = (m: Message) => {
      if (m.channelId === channelId) {
        if (m.threadRootId && thread?.id === m.threadRootId) setReplies((r) => (r.some((x) => x.id === m.id) ? r : [...r, m]));
        merge([m]);
        if (!m.threadRootId && !hasNewer) scrollToEnd();
        if (m.authorId !== me.id) void markRead(channelId, m.seq).catch(() => undefined);
      } else void loadChannels();
    };
    const onTyping: ServerToClientEvents['typing'] = (e) =>
      e.channelId === channelId && e.userId !== me.id && setTyping((t) => ({ ...t, [e.userId]: Date.now() }));
    const onConnect = () => {
      const since = channelId ? [{ channelId, afterSeq: lastSeq.current[channelId] ?? 0 }] : [];
      if (since.length) void syncSince(socket, since, merge);
      void loadChannels();
    };
    const reactions: ServerToClientEvents['reaction:updated'] = (e) =>
      setMessages((ms) =>
        ms.map((m) =>
          m.id === e.messageId
            ? { ...m, reactions: e.reactions.map((r) => ({ ...r, me: m.reactions.find((x) => x.emoji === r.emoji)?.me ?? false })) }
            : m,
        ),
      );
    socket.on('message:new', onMessage);
    socket.on('message:updated', onMessage);
    socket.on('message:deleted', onMessage);
    socket.on('typing', onTyping);
    socket.on('channel:updated', loadChannels);
    // Read on another device: the counts here follow.
    socket.on('channel:read', loadChannels);
    socket.on('connect', onConnect);
    socket.on('reaction:updated', reactions);
    return () => {
      socket.off('message:new', onMessage);
      socket.off('message:updated', onMessage);
      socket.off('message:deleted', onMessage);
      socket.off('typing', onTyping);
      socket.off('channel:updated', loadChannels);
      socket.off('channel:read', loadChannels);
      socket.off('connect', onConnect);
      socket.off('reaction:updated', reactions);
    };
  }, [channelId, me.id, merge, loadChannels, thread, hasNewer]);

  useEffect(() => {
    const timer = setInterval(
      () => setTyping((t) => Object.fromEntries(Object.entries(t).filter(([, at]) => Date.now() - at < 4000))),
      1000,
    );
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    const last = messages[messages.length - 1];
    if (channelId && last)
      void markRead(channelId, last.seq)
        .then(loadChannels)
        .catch(() => undefined);
  }, [channelId, messages.length]); // eslint-disable-line react-hooks/exhaustive-deps

  const send = (body: string, attachmentIds: string[], threadRootId?: string) => {
    outbox.add({ channelId: channelId!, body, attachmentIds, threadRootId });
    scrollToEnd();
  };
  const older = async () => {
    const first = messages[0];
    if (!first) return;
    try {
      const page = await history(channelId!, { before: first.seq, limit: 50 });
      merge(page.items);
      setHasOlder(!!page.nextCursor);
    } catch (err) {
      setError(err);
    }
  };
  const openThread = async (m: Message) => {
    setThread(m);
    try {
      setReplies((await answer(client.GET('/api/v1/messages/{messageId}/replies', { params: { path: { messageId: m.id } } }))).items);
    } catch (err) {
      setError(err);
    }
  };
  const react = (m: Message, emoji: string) => {
    const mine = m.reactions.find((r) => r.emoji === emoji)?.me;
    const reaction = { params: { path: { messageId: m.id, emoji } } };
    void answer(
      mine
        ? client.DELETE('/api/v1/messages/{messageId}/reactions/{emoji}', reaction)
        : client.PUT('/api/v1/messages/{messageId}/reactions/{emoji}', reaction),
    )
      .then((updated) => merge([updated]))
      .catch(setError);
  };
  const edit = (m: Message) => {
    // Mentions read as @Name in the plain prompt, and go back as tokens.
    const body = window.prompt(t('chat.edit'), tokensToNames(m.body, members));
    if (body)
      void answer(
        client.PATCH('/api/v1/messages/{messageId}', {
          params: { path: { messageId: m.id } },
          body: { body: namesToTokens(body, members) },
        }),
      )
        .then((u) => merge([u]))
        .catch(setError);
  };
  const remove = (m: Message) =>
    window.confirm(t('chat.confirmDelete')) &&
    void answer(client.DELETE('/api/v1/messages/{messageId}', { params: { path: { messageId: m.id } } })).catch(setError);
  const createChannel = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const fields = Object.fromEntries(new FormData(form));
    try {
      const c = await answer(
        client.POST('/api/v1/clusters/{clusterId}/channels', {
          params: { path: { clusterId: cluster!.id } },
          body: { name: String(fields.name ?? ''), kind: fields.private ? 'private' : 'public' },
        }),
      );
      form.reset();
      await loadChannels();
      go('c', cluster!.id, 'chat', c.id);
    } catch (err) {
      setError(err);
    }
  };
  const search = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const q = String(new FormData(e.currentTarget).get('q') ?? '');
    if (q.trim().length < 2) return setResults(null);
    try {
      setResults(
        (await answer(client.GET('/api/v1/clusters/{clusterId}/search', { params: { path: { clusterId: cluster!.id }, query: { q } } })))
          .items,
      );
    } catch (err) {
      setError(err);
    }
  };

  const current = channels?.find((c) => c.id === channelId);
  // Public channels not joined wait in the channel browser; one opened from a link stays listed while open.
  const mine = channels?.filter((c) => c.isMember || c.id === channelId) ?? [];
  const joinable = channels?.filter((c) => c.kind === 'public' && !c.isMember).length ?? 0;
  const channelName = (c: Channel) =>
    c.kind === 'direct'
      ? c.memberIds
          .filter((id) => id !== me.id)
          .map((id) => nameOf(members, id))
          .join(f.locale === 'fa' ? '، ' : ', ') || t('chat.direct')
      : c.name;
  const whoTypes = Object.keys(typing).map((id) => nameOf(members, id));
  const list = (names: string[]) => names.join(f.locale === 'fa' ? '، ' : ', ');
  const waiting = outgoing.filter((o) => o.channelId === channelId && !o.threadRootId);

  return (
    <div className={`chat${channelId || results ? ' has-channel' : ''}${thread ? ' has-thread' : ''}`}>
      <aside className="channels" aria-label={t('chat.channels')}>
        <h1 className="visually-hidden">{t('chat.channels')}</h1>
        <form onSubmit={search} role="search">
          <label>
            <span className="visually-hidden">{t('chat.search')}</span>
            <input name="q" type="search" placeholder={t('chat.search')} data-testid="search" />
          </label>
        </form>
        <nav className="row chat-links" aria-label={t('chat.find')}>
          <a href={`#/c/${cluster!.id}/channels`} data-testid="browse-channels">
            # {t('chat.browse')}
            {joinable > 0 && <span className="badge">{f.number(joinable)}</span>}
          </a>
          <a href={`#/c/${cluster!.id}/people`} data-testid="people-link">
            @ {t('people.title')}
          </a>
        </nav>
        <ScreenState
          loading={!channels && !channelsError}
          error={channelsError}
          onRetry={() => void loadChannels()}
          empty={!!channels && mine.length === 0}
          emptyText={t('chat.noChannels')}
        >
          <ul className="list channel-list" data-testid="channel-list">
            {mine.map((c) => (
              <li key={c.id}>
                <a
                  href={`#/c/${cluster!.id}/chat/${c.id}`}
                  aria-current={c.id === channelId ? 'page' : undefined}
                  data-testid="channel-link"
                >
                  <span aria-hidden="true">{c.kind === 'private' ? '🔒' : c.kind === 'direct' ? '@' : '#'}</span>
                  <Bidi className="channel-name">{channelName(c)}</Bidi>
                  {c.unreadCount > 0 && (
                    <span className="badge" data-testid="unread-badge" aria-label={t('chat.unread', { count: c.unreadCount })}>
                      {f.number(c.unreadCount)}
                    </span>
                  )}
                  {c.mentionCount > 0 && <span className="badge mention-badge">@{f.number(c.mentionCount)}</span>}
                </a>
              </li>
            ))}
          </ul>
        </ScreenState>
        {permissions.can('channel.create') && (
          <details className="new-channel">
            <summary>{t('chat.newChannel')}</summary>
            <form onSubmit={createChannel} className="stack">
              <label>
                {t('chat.channelName')}
                <input name="name" required maxLength={80} data-testid="new-channel-name" dir="auto" />
              </label>
              <label className="inline">
                <input type="checkbox" name="private" /> {t('chat.private')}
              </label>
              <button type="submit" data-testid="new-channel">
                {t('common.create')}
              </button>
            </form>
          </details>
        )}
      </aside>
      <section className="messages" aria-label={current ? channelName(current) : t('chat.channels')}>
        {results ? (
          <div className="card">
            <h2>{t('chat.results')}</h2>
            <button type="button" className="link" onClick={() => setResults(null)}>
              {t('common.close')}
            </button>
            <ScreenState empty={results.length === 0} emptyText={t('chat.noResults')}>
              <ol className="list" data-testid="search-results">
                {results.map((m) => (
                  <li key={m.id}>
                    <a
                      href={`#/c/${cluster!.id}/chat/${m.channelId}/${m.seq}`}
                      onClick={() => setResults(null)}
                      data-testid="search-result"
                    >
                      <MessageBody body={m.body} />
                    </a>
                  </li>
                ))}
              </ol>
            </ScreenState>
          </div>
        ) : current ? (
          <>
            <div className="channel-head">
              <a className="back button secondary icon-button" href={`#/c/${cluster!.id}/chat`} data-testid="back-to-channels">
                <Icon name="back" />
                <span className="visually-hidden">{t('chat.channels')}</span>
              </a>
              <h2 className="channel-title">
                <Bidi>{channelName(current)}</Bidi>
              </h2>
            </div>
            <ChannelSettings channel={current} onChanged={() => void loadChannels()} />
            <ChannelMembers key={current.id} channel={current} />
            {current.topic && (
              <p className="muted topic">
                <Bidi>{current.topic}</Bidi>
              </p>
            )}
            {!current.isMember && current.kind === 'public' && (
              <button
                type="button"
                onClick={() => void joinChannel(current.id).then(loadChannels).catch(setError)}
                data-testid="join-channel"
              >
                {t('chat.join')}
              </button>
            )}
            {readUpTo !== null && messages.some((m) => m.seq > readUpTo && m.authorId !== me.id) && (
              <button type="button" className="link" onClick={() => scrollToSeq(readUpTo + 1)} data-testid="jump-to-unread">
                {t('chat.jumpToUnread')}
              </button>
            )}
            {hasOlder && (
              <button type="button" className="link" onClick={() => void older()} data-testid="load-older">
                {t('chat.older')}
              </button>
            )}
            <ScreenState
              loading={messagesState.loading}
              error={messagesState.error}
              onRetry={loadMessages}
              empty={messages.length === 0 && waiting.length === 0}
              emptyText={t('chat.empty')}
            >
              <ol
                className="message-list"
                ref={listRef}
                aria-live="polite"
                data-testid="messages"
                onScroll={(e) => e.currentTarget.scrollTop === 0 && hasOlder && void older()}
              >
                {messages.map((m, i) => (
                  <Fragment key={m.id}>
                    {readUpTo !== null && m.seq > readUpTo && (i === 0 ? true : messages[i - 1].seq <= readUpTo) && (
                      <li className="new-messages" role="separator" data-testid="new-messages">
                        <span>{t('chat.newMessages')}</span>
                      </li>
                    )}
                    <li
                      className={`${m.authorId === me.id ? 'mine' : ''}${highlighted === m.seq ? ' highlighted' : ''}`}
                      data-testid="message"
                      data-seq={m.seq}
                      data-highlighted={highlighted === m.seq ? 'true' : undefined}
                    >
                      <div className="meta">
                        <strong>
                          <Bidi>{nameOf(members, m.authorId)}</Bidi>
                        </strong>{' '}
                        <time dateTime={m.createdAt}>{f.dateTime(m.createdAt)}</time>
                        {m.editedAt && !m.deletedAt && <span className="muted"> · {t('chat.edited')}</span>}
                      </div>
                      {m.deletedAt ? <em className="muted">{t('chat.deleted')}</em> : <MessageBody body={m.body} />}
                      {m.attachments
                        .filter((a) => a.mime.startsWith('image/'))
                        .map((a) => (
                          <ImagePreview key={`preview-${a.id}`} fileId={a.id} name={a.name} size={a.size} />
                        ))}
                      {m.attachments.map((a) => (
                        <a
                          key={a.id}
                          className="attachment"
                          href={`/api/v1/files/${a.id}`}
                          onClick={(e) => {
                            e.preventDefault();
                            void downloadFile(a.id, a.name).catch(setError);
                          }}
                        >
                          <Icon name="attach" />
                          <Bidi>{a.name}</Bidi>
                        </a>
                      ))}
                      {!m.deletedAt && (
                        <div className="actions">
                          {REACTIONS.map((emoji) => {
                            const r = m.reactions.find((x) => x.emoji === emoji);
                            return (
                              <button
                                key={emoji}
                                type="button"
                                className={`chip ${r?.me ? 'on' : ''}`}
                                onClick={() => react(m, emoji)}
                                aria-pressed={!!r?.me}
                                data-testid="reaction"
                              >
                                {emoji} {r?.count ? f.number(r.count) : ''}
                              </button>
                            );
                          })}
                          <button type="button" className="link" onClick={() => void openThread(m)} data-testid="reply">
                            {m.replyCount ? t('chat.replies', { count: m.replyCount, n: f.number(m.replyCount) }) : t('chat.reply')}
                          </button>
                          <button type="button" className="link" onClick={() => void copyLink(m)} data-testid="copy-link">
                            <Icon name="link" /> {copied === m.id ? t('chat.linkCopied') : t('chat.copyLink')}
                          </button>
                          {m.authorId === me.id && (
                            <>
                              <button type="button" className="link" onClick={() => edit(m)}>
                                {t('common.edit')}
                              </button>
                              <button type="button" className="link" onClick={() => remove(m)}>
                                {t('common.delete')}
                              </button>
                            </>
                          )}
                        </div>
                      )}
                    </li>
                  </Fragment>
                ))}
                {hasNewer && (
                  <li>
                    <button type="button" className="link" onClick={() => void newer()} data-testid="load-newer">
                      {t('chat.newer')}
                    </button>
                  </li>
                )}
                {waiting.map((o) => (
                  <Outgoing
                    key={o.clientMessageId}
                    item={o}
                    onRetry={() => outbox.retry(o.clientMessageId)}
                    onDiscard={() => outbox.discard(o.clientMessageId)}
                  />
                ))}
              </ol>
            </ScreenState>
            <p className="typing muted" aria-live="polite" data-testid="typing">
              {whoTypes.length ? t('chat.typing', { names: list(whoTypes) }) : ' '}
            </p>
            <ErrorText error={error} />
            {permissions.can('message.post') ? (
              <Composer channelId={current.id} onSend={(body, ids) => send(body, ids)} />
            ) : (
              <p className="muted" data-testid="read-only">
                {t('chat.readOnly')}
              </p>
            )}
          </>
        ) : channelId && channels ? (
          <ScreenState error={{ status: 404, title: 'Not found', code: 'resource.not-found' }} />
        ) : (
          <p className="muted">{t('chat.pick')}</p>
        )}
      </section>
      {thread && (
        <aside className="thread card" aria-label={t('chat.thread')}>
          <button type="button" className="link" onClick={() => setThread(null)} data-testid="close-thread">
            {t('common.close')}
          </button>
          <MessageBody body={thread.body} />
          <ol className="list" data-testid="replies">
            {replies.map((r) => (
              <li key={r.id}>
                <strong>
                  <Bidi>{nameOf(members, r.authorId)}</Bidi>
                </strong>{' '}
                <MessageBody body={r.body} />
              </li>
            ))}
            {outgoing
              .filter((o) => o.threadRootId === thread.id)
              .map((o) => (
                <Outgoing
                  key={o.clientMessageId}
                  item={o}
                  onRetry={() => outbox.retry(o.clientMessageId)}
                  onDiscard={() => outbox.discard(o.clientMessageId)}
                />
              ))}
          </ol>
          {permissions.can('message.post') && (
            <Composer
              channelId={thread.channelId}
              threadRootId={thread.id}
              onSend={(body, ids) => send(body, ids, thread.id)}
              testId="thread-composer"
            />
          )}
        </aside>
      )}
    </div>
  );
}

/** Clusters whose chat has been opened since the app loaded. */
const openedOnce = new Set<string>();

/** The channel to open first: the one with the oldest unread mention, else the oldest unread message. */
function firstToRead(channels: Channel[]): Channel | undefined {
  const oldest = (at: 'firstMentionAt' | 'firstUnreadAt') => channels.filter((c) => c[at]).sort((a, b) => a[at]!.localeCompare(b[at]!))[0];
  return oldest('firstMentionAt') ?? oldest('firstUnreadAt');
}

/** A message the server has not confirmed yet: waiting for the connection, or refused (with retry). */
function Outgoing({ item, onRetry, onDiscard }: { item: OutgoingMessage; onRetry(): void; onDiscard(): void }) {
  const { t } = useTranslation();
  return (
    <li className={`mine ${item.state}`} data-testid="outgoing" data-state={item.state}>
      <MessageBody body={item.body} />
      {item.state === 'pending' ? (
        <p className="delivery muted" data-testid="outgoing-pending">
          <Icon name="clock" /> {t('chat.pending')}
        </p>
      ) : (
        <div className="delivery failed" data-testid="outgoing-failed">
          <Icon name="alert" />
          <ErrorText error={item.problem} />
          <button type="button" className="secondary" onClick={onRetry} data-testid="outgoing-retry">
            {t('chat.retrySend')}
          </button>
          <button type="button" className="link" onClick={onDiscard}>
            {t('chat.discard')}
          </button>
        </div>
      )}
    </li>
  );
}
