import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../components/BackLink';
import { Bidi } from '../components/Bidi';
import { ErrorText } from '../components/ErrorText';
import { Icon } from '../components/Icon';
import { ScreenState } from '../components/ScreenState';
import { useFormat } from '../locale/format';
import { usePermissions } from '../permissions';
import { useSession } from '../session';
import { Invitations } from './Invitations';
import { PersonRow } from './PersonRow';
import { startDirect } from './startDirect';
import { useOrganizations } from './useOrganizations';

const PERSON = { row: 'person', link: 'person-link', message: 'message-person' };

/** The cluster's members with their roles and organizations; one person's profile when `userId` is given. */
export function PeoplePage({ userId }: { userId?: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { cluster, members, me } = useSession();
  const { organizations, error, retry } = useOrganizations(cluster!.id);
  const permissions = usePermissions(cluster!.id);
  const [q, setQ] = useState('');
  const [dmError, setDmError] = useState<unknown>(null);
  const orgOf = (id: string | null) => organizations?.find((o) => o.id === id);
  const message = (id: string) => void startDirect(cluster!.id, [id]).catch(setDmError);

  if (userId) {
    const person = members.find((m) => m.userId === userId);
    const org = person ? orgOf(person.organizationId) : undefined;
    return (
      <section className="page person" data-testid="profile">
        <BackLink href={`#/c/${cluster!.id}/people`} label={t('people.title')} />
        <ScreenState
          loading={!members.length}
          error={members.length && !person ? { status: 404, title: 'Not found', code: 'resource.not-found' } : null}
        >
          {person && (
            <div className="card stack">
              <h1>
                <Bidi>{person.displayName}</Bidi>
              </h1>
              <p>{t(`roles.${person.role}`)}</p>
              {org && (
                <p>
                  <a href={`#/c/${cluster!.id}/orgs/${org.id}`} data-testid="profile-organization">
                    <Bidi>{org.name}</Bidi>
                  </a>
                  <span className="muted">
                    {' · '}
                    <Bidi>{org.city}</Bidi>
                  </span>
                </p>
              )}
              {person.joinedAt && <p className="muted">{t('people.joined', { date: f.date(person.joinedAt) })}</p>}
              {person.userId !== me.id && (
                <div className="row">
                  <button type="button" onClick={() => message(person.userId)} data-testid="send-direct">
                    <Icon name="chat" /> {t('people.message')}
                  </button>
                  {permissions.can('meeting.request') && (
                    <a
                      className="button secondary"
                      href={`#/c/${cluster!.id}/partners/meet-with/${person.userId}`}
                      data-testid="profile-request-meeting"
                    >
                      <Icon name="clock" /> {t('partners.requestMeeting')}
                    </a>
                  )}
                </div>
              )}
              <ErrorText error={dmError} />
            </div>
          )}
        </ScreenState>
      </section>
    );
  }

  const needle = q.trim().toLowerCase();
  const shown = members.filter(
    (m) => !needle || m.displayName.toLowerCase().includes(needle) || orgOf(m.organizationId)?.name.toLowerCase().includes(needle),
  );
  return (
    <section className="page people" aria-labelledby="people-title">
      <h1 id="people-title">{t('people.title')}</h1>
      {permissions.can('cluster.manage') && !permissions.loading && (
        <a href={`#/c/${cluster!.id}/settings`} data-testid="people-settings-link">
          {t('clusterSettings.manageMembers')}
        </a>
      )}
      <Invitations />
      <label>
        <span className="visually-hidden">{t('people.search')}</span>
        <input
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder={t('people.search')}
          dir="auto"
          data-testid="people-search"
        />
      </label>
      <ErrorText error={error} onRetry={retry} />
      <ErrorText error={dmError} />
      <ScreenState loading={!members.length} empty={shown.length === 0} emptyText={t('people.none')}>
        <ul className="list people-list" data-testid="people">
          {shown.map((m) => (
            <PersonRow
              key={m.userId}
              person={m}
              organization={orgOf(m.organizationId)}
              onMessage={message}
              className="card row"
              testIds={PERSON}
            />
          ))}
        </ul>
      </ScreenState>
    </section>
  );
}
