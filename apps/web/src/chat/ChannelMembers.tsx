import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../api';
import { ErrorText } from '../components/ErrorText';
import { ScreenState } from '../components/ScreenState';
import { useFormat } from '../locale/format';
import { PersonRow } from '../people/PersonRow';
import { startDirect } from '../people/startDirect';
import { useOrganizations } from '../people/useOrganizations';
import { usePermissions } from '../permissions';
import { nameOf, useSession } from '../session';
import type { Channel } from '../types';

/** Who is in a channel, with their roles and organizations; each opens a profile or a direct message. Loaded when opened. */
export function ChannelMembers({ channel }: { channel: Channel }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { cluster } = useSession();
  const permissions = usePermissions(cluster?.id);
  const [open, setOpen] = useState(false);
  const [ids, setIds] = useState<string[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [dmError, setDmError] = useState<unknown>(null);
  const load = () => {
    setError(null);
    answer(client.GET('/api/v1/channels/{channelId}/members', { params: { path: { channelId: channel.id } } }))
      .then((p) => setIds(p.items.map((m) => m.userId)))
      .catch(setError);
  };

  if (channel.kind === 'direct') return null;
  return (
    <details
      className="card channel-members"
      data-testid="channel-members"
      onToggle={(e) => {
        setOpen(e.currentTarget.open);
        if (e.currentTarget.open) load();
      }}
    >
      <summary>
        {t('channel.members')}
        {ids && <span className="badge">{f.number(ids.length)}</span>}
      </summary>
      {open && (
        <MemberList
          ids={ids}
          error={error}
          onRetry={load}
          onMessage={(id) => void startDirect(cluster!.id, [id]).catch(setDmError)}
          canMessage={permissions.can('direct.open')}
        />
      )}
      <ErrorText error={dmError} />
    </details>
  );
}

interface ListProps {
  ids: string[] | null;
  error: unknown;
  onRetry(): void;
  onMessage(id: string): void;
  canMessage: boolean;
}

const CHANNEL_MEMBER = { row: 'channel-member', link: 'channel-member-link', message: 'channel-member-message' };

function MemberList({ ids, error, onRetry, onMessage, canMessage }: ListProps) {
  const { t } = useTranslation();
  const { cluster, members } = useSession();
  const { organizations } = useOrganizations(cluster!.id);
  const people = (ids ?? []).map(
    (id) => members.find((m) => m.userId === id) ?? { userId: id, displayName: nameOf(members, id), role: null, organizationId: null },
  );
  return (
    <ScreenState loading={!ids && !error} error={error} onRetry={onRetry} empty={!!ids && ids.length === 0} emptyText={t('people.none')}>
      <ul className="list channel-member-list" data-testid="channel-member-list">
        {people.map((m) => (
          <PersonRow
            key={m.userId}
            person={m}
            organization={organizations?.find((o) => o.id === m.organizationId)}
            onMessage={canMessage ? onMessage : undefined}
            className="row"
            testIds={CHANNEL_MEMBER}
          />
        ))}
      </ul>
    </ScreenState>
  );
}
