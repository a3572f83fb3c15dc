import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../components/BackLink';
import { Bidi } from '../components/Bidi';
import { ErrorText } from '../components/ErrorText';
import { ScreenState } from '../components/ScreenState';
import { go } from '../router';
import { useSession } from '../session';
import type { Channel } from '../types';
import { channelsOf, joinChannel } from './calls';

/** The cluster's public channels the reader has not joined, to find one by name or topic and join it. */
export function ChannelBrowser() {
  const { t } = useTranslation();
  const { cluster } = useSession();
  const [channels, setChannels] = useState<Channel[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [joinError, setJoinError] = useState<unknown>(null);
  const [q, setQ] = useState('');

  const load = useCallback(() => {
    setError(null);
    channelsOf(cluster!.id)
      .then((p) => setChannels(p.items.filter((c) => c.kind === 'public' && !c.isMember)))
      .catch(setError);
  }, [cluster]);
  useEffect(load, [load]);

  const join = async (c: Channel) => {
    setJoinError(null);
    try {
      await joinChannel(c.id);
      go('c', cluster!.id, 'chat', c.id);
    } catch (err) {
      setJoinError(err);
    }
  };
  const needle = q.trim().toLowerCase();
  const shown = channels?.filter((c) => !needle || c.name.toLowerCase().includes(needle) || c.topic?.toLowerCase().includes(needle)) ?? [];

  return (
    <section className="page channel-browser" aria-labelledby="browse-title">
      <BackLink href={`#/c/${cluster!.id}/chat`} label={t('chat.channels')} />
      <h1 id="browse-title">{t('chat.browse')}</h1>
      <label>
        <span className="visually-hidden">{t('chat.browseSearch')}</span>
        <input
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder={t('chat.browseSearch')}
          dir="auto"
          data-testid="browse-search"
        />
      </label>
      <ErrorText error={joinError} />
      <ScreenState
        loading={!channels && !error}
        error={error}
        onRetry={load}
        empty={!!channels && shown.length === 0}
        emptyText={t('chat.browseNone')}
      >
        <ul className="list" data-testid="joinable-channels">
          {shown.map((c) => (
            <li key={c.id} className="card row" data-testid="joinable-channel">
              <span className="grow stack">
                <strong>
                  # <Bidi>{c.name}</Bidi>
                </strong>
                {c.topic && (
                  <span className="muted">
                    <Bidi>{c.topic}</Bidi>
                  </span>
                )}
              </span>
              <button type="button" onClick={() => void join(c)} data-testid="browse-join">
                {t('chat.join')}
              </button>
            </li>
          ))}
        </ul>
      </ScreenState>
    </section>
  );
}
