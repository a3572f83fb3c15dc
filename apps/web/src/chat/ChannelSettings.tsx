import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client, type Schemas } from '../api';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorText } from '../components/ErrorText';
import { go } from '../router';
import { useSession } from '../session';
import type { Channel } from '../types';

/** A channel's settings for its members: the topic, adding someone, leaving, and archiving (creator or admin; the server decides). */
export function ChannelSettings({ channel, onChanged }: { channel: Channel; onChanged(): void }) {
  const { t } = useTranslation();
  const { cluster, members, me } = useSession();
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);
  const path = { params: { path: { channelId: channel.id } } };
  const change = (body: Schemas['UpdateChannelDto']) => answer(client.PATCH('/api/v1/channels/{channelId}', { ...path, body }));
  const run = async (what: string, call: () => Promise<unknown>) => {
    setError(null);
    setDone(null);
    try {
      await call();
      setDone(what);
      onChanged();
    } catch (err) {
      setError(err);
    }
  };
  const saveTopic = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const topic = String(new FormData(e.currentTarget).get('topic') ?? '').trim();
    void run('topic', () => change({ topic: topic || null }));
  };
  const add = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const userId = String(new FormData(e.currentTarget).get('userId') ?? '');
    if (userId) void run('added', () => answer(client.POST('/api/v1/channels/{channelId}/members', { ...path, body: { userId } })));
  };
  if (!channel.isMember || channel.kind === 'direct') return null;

  return (
    <details className="card channel-settings" data-testid="channel-settings">
      <summary>{t('channel.settings')}</summary>
      <form className="stack" onSubmit={saveTopic}>
        <label>
          {t('channel.topic')}
          <input name="topic" defaultValue={channel.topic ?? ''} maxLength={500} dir="auto" data-testid="channel-topic" />
        </label>
        <button type="submit" className="secondary" data-testid="save-topic">
          {t('channel.saveTopic')}
        </button>
      </form>
      {channel.kind === 'private' && (
        <form className="row" onSubmit={add}>
          <label className="grow">
            {t('channel.addMember')}
            <select name="userId" defaultValue="" data-testid="add-member">
              <option value="">—</option>
              {members
                .filter((m) => m.userId !== me.id)
                .map((m) => (
                  <option key={m.userId} value={m.userId}>
                    {m.displayName}
                  </option>
                ))}
            </select>
          </label>
          <button type="submit" className="secondary">
            {t('channel.add')}
          </button>
        </form>
      )}
      <div className="row">
        <button
          type="button"
          className="secondary"
          onClick={() => void run('archive', () => change({ archived: !channel.archivedAt }))}
          data-testid="archive-channel"
        >
          {channel.archivedAt ? t('channel.unarchive') : t('channel.archive')}
        </button>
        <button type="button" className="secondary" onClick={() => setLeaving(true)} data-testid="leave-channel">
          {t('channel.leave')}
        </button>
      </div>
      {done && <p role="status">{t('channel.saved')}</p>}
      <ErrorText error={error} />
      <ConfirmDialog
        open={leaving}
        title={t('channel.leaveConfirm')}
        confirmLabel={t('channel.leave')}
        onClose={() => setLeaving(false)}
        onConfirm={async () => {
          await answer(client.POST('/api/v1/channels/{channelId}/leave', path));
          onChanged();
          go('c', cluster!.id, 'chat');
        }}
        testId="confirm-leave"
      />
    </details>
  );
}
