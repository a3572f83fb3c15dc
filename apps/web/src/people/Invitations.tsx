import { FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client, type Schemas } from '../api';
import { Bidi } from '../components/Bidi';
import { ErrorText } from '../components/ErrorText';
import { ScreenState } from '../components/ScreenState';
import { useFormat } from '../locale/format';
import { usePermissions } from '../permissions';
import { useSession } from '../session';

type PendingInvitation = Schemas['PendingInvitationView'];
type Role = PendingInvitation['role'];
const ROLES: Role[] = ['member', 'supplier', 'observer', 'agent', 'admin'];

/** Inviting someone by e-mail with a role (and a seat in one of the inviter's organizations), and who has not answered yet. */
export function Invitations({ open }: { open?: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { cluster, me } = useSession();
  const permissions = usePermissions(cluster!.id);
  const [pending, setPending] = useState<PendingInvitation[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [error, setError] = useState<unknown>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const allowed = permissions.can('members.invite');
  const myRole = cluster!.role;

  const load = useCallback(() => {
    setLoadError(null);
    answer(client.GET('/api/v1/clusters/{clusterId}/invitations', { params: { path: { clusterId: cluster!.id } } }))
      .then((p) => setPending(p.items))
      .catch(setLoadError);
  }, [cluster]);
  useEffect(() => {
    if (allowed) load();
  }, [allowed, load]);
  if (!allowed) return null;

  const invite = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const fields = Object.fromEntries(new FormData(form)) as Record<string, string>;
    setError(null);
    setSentTo(null);
    try {
      await answer(
        client.POST('/api/v1/clusters/{clusterId}/invitations', {
          params: { path: { clusterId: cluster!.id } },
          body: {
            email: fields.email.trim(),
            role: fields.role as Role,
            ...(fields.organizationId ? { organizationId: fields.organizationId } : {}),
          },
        }),
      );
      setSentTo(fields.email.trim());
      form.reset();
      load();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <details className="card invitations" data-testid="invitations" open={open}>
      <summary>{t('invite.title')}</summary>
      <form className="stack" onSubmit={(e) => void invite(e)}>
        <label>
          {t('invite.email')}
          <input name="email" type="email" required dir="ltr" autoComplete="off" data-testid="invite-email" />
        </label>
        <label>
          {t('invite.role')}
          <select name="role" defaultValue="member" data-testid="invite-role">
            {ROLES.filter((r) => r !== 'admin' || myRole === 'admin').map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </label>
        {me.organizations.length > 0 && (
          <label>
            {t('invite.organization')}
            <select name="organizationId" defaultValue="" data-testid="invite-organization">
              <option value="">{t('invite.ownOrganization')}</option>
              {me.organizations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <ErrorText error={error} />
        {sentTo && (
          <p role="status" data-testid="invite-sent">
            {t('invite.sent', { email: sentTo })}
          </p>
        )}
        <button type="submit" data-testid="invite-send">
          {t('invite.send')}
        </button>
      </form>
      <h2>{t('invite.pending')}</h2>
      <ScreenState
        loading={!pending && !loadError}
        error={loadError}
        onRetry={load}
        empty={pending?.length === 0}
        emptyText={t('invite.none')}
      >
        <ul className="list" data-testid="pending-invitations">
          {pending?.map((i) => (
            <li key={i.id} data-testid="pending-invitation">
              <Bidi>{i.email}</Bidi>{' '}
              <span className="muted">
                · {t(`roles.${i.role}`)} · {t('invite.until', { date: f.date(i.expiresAt) })}
              </span>
            </li>
          ))}
        </ul>
      </ScreenState>
    </details>
  );
}
