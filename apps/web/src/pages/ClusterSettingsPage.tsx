import { FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client, type Schemas } from '../api';
import { Bidi } from '../components/Bidi';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorText } from '../components/ErrorText';
import { ScreenState } from '../components/ScreenState';
import { LOCALES } from '../i18n';
import { Invitations } from '../people/Invitations';
import { useOrganizations } from '../people/useOrganizations';
import { usePermissions } from '../permissions';
import { useSession } from '../session';
import type { Member } from '../types';

type Role = Member['role'];
const ROLES: Role[] = ['admin', 'agent', 'member', 'supplier', 'observer'];
type Locale = Schemas['ClusterView']['defaultLocale'];

/** An admin's screen for the cluster: its name, description and language, its members' roles, and invitations. */
export function ClusterSettingsPage() {
  const { t } = useTranslation();
  const { cluster, reload } = useSession();
  const permissions = usePermissions(cluster!.id);
  const [details, setDetails] = useState<Schemas['ClusterView'] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  const load = useCallback(() => {
    setLoadError(null);
    answer(client.GET('/api/v1/clusters/{clusterId}', { params: { path: { clusterId: cluster!.id } } }))
      .then(setDetails)
      .catch(setLoadError);
  }, [cluster]);
  useEffect(load, [load]);

  if (!permissions.loading && !permissions.can('cluster.manage'))
    return <ScreenState error={{ status: 403, title: 'Forbidden', code: 'access.denied', params: { action: 'cluster.manage' } }} />;

  const save = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fields = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    setError(null);
    setSaved(false);
    try {
      setDetails(
        await answer(
          client.PATCH('/api/v1/clusters/{clusterId}', {
            params: { path: { clusterId: cluster!.id } },
            body: { name: fields.name, description: fields.description.trim() || null, defaultLocale: fields.defaultLocale as Locale },
          }),
        ),
      );
      setSaved(true);
      // The cluster's name is in the top bar too.
      void reload();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section className="page cluster-settings" aria-labelledby="cluster-settings-title">
      <h1 id="cluster-settings-title">{t('clusterSettings.title')}</h1>
      <ScreenState loading={!details && !loadError} error={loadError} onRetry={load}>
        {details && (
          <form className="card stack" onSubmit={(e) => void save(e)} data-testid="cluster-settings-form">
            <label>
              {t('clusters.name')}
              <input name="name" required maxLength={200} defaultValue={details.name} dir="auto" data-testid="cluster-name" />
            </label>
            <label>
              {t('clusterSettings.description')}
              <textarea
                name="description"
                rows={3}
                maxLength={4000}
                defaultValue={details.description ?? ''}
                dir="auto"
                data-testid="cluster-description"
              />
            </label>
            <label>
              {t('clusterSettings.language')}
              <select name="defaultLocale" defaultValue={details.defaultLocale} data-testid="cluster-language">
                {LOCALES.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {t(`languages.${l}`)}
                  </option>
                ))}
              </select>
              <span className="muted">{t('clusterSettings.languageHint')}</span>
            </label>
            <ErrorText error={error} />
            {saved && (
              <p role="status" data-testid="cluster-saved">
                {t('channel.saved')}
              </p>
            )}
            <button type="submit" data-testid="cluster-save">
              {t('clusterSettings.save')}
            </button>
          </form>
        )}
      </ScreenState>
      {permissions.can('cluster.publish') && (
        <p>
          <a href={`#/c/${cluster!.id}/development/public`} data-testid="cluster-public-page">
            {t('clusterSettings.publicPage')}
          </a>
        </p>
      )}
      <MemberRoles />
      <Invitations open />
    </section>
  );
}

/** Every member with a role to change and a way out of the cluster; the server keeps the last admin. */
function MemberRoles() {
  const { t } = useTranslation();
  const { cluster, me } = useSession();
  const { organizations } = useOrganizations(cluster!.id);
  const [members, setMembers] = useState<Member[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [error, setError] = useState<unknown>(null);
  const [removing, setRemoving] = useState<Member | null>(null);

  const load = useCallback(() => {
    setLoadError(null);
    answer(client.GET('/api/v1/clusters/{clusterId}/members', { params: { path: { clusterId: cluster!.id } } }))
      .then((p) => setMembers(p.items))
      .catch(setLoadError);
  }, [cluster]);
  useEffect(load, [load]);

  const changeRole = async (m: Member, role: Role) => {
    setError(null);
    try {
      await answer(
        client.PATCH('/api/v1/clusters/{clusterId}/members/{userId}', {
          params: { path: { clusterId: cluster!.id, userId: m.userId } },
          body: { role },
        }),
      );
    } catch (err) {
      setError(err);
    }
    load();
  };

  return (
    <section className="card stack" aria-labelledby="member-roles-title">
      <h2 id="member-roles-title">{t('clusterSettings.members')}</h2>
      <ErrorText error={error} />
      <ScreenState loading={!members && !loadError} error={loadError} onRetry={load}>
        <ul className="list member-roles" data-testid="member-roles">
          {members?.map((m) => {
            const org = organizations?.find((o) => o.id === m.organizationId);
            return (
              <li key={m.userId} className="row" data-testid="member-role">
                <span className="grow stack">
                  <strong>
                    <Bidi>{m.displayName}</Bidi>
                  </strong>
                  {org && (
                    <span className="muted">
                      <Bidi>{org.name}</Bidi>
                    </span>
                  )}
                </span>
                <label>
                  <span className="visually-hidden">{t('clusterSettings.roleOf', { name: m.displayName })}</span>
                  <select value={m.role} onChange={(e) => void changeRole(m, e.target.value as Role)} data-testid="member-role-select">
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {t(`roles.${r}`)}
                      </option>
                    ))}
                  </select>
                </label>
                {m.userId !== me.id && (
                  <button type="button" className="secondary" onClick={() => setRemoving(m)} data-testid="member-remove">
                    {t('clusterSettings.remove')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      </ScreenState>
      <ConfirmDialog
        open={!!removing}
        danger
        title={t('clusterSettings.removeConfirm', { name: removing?.displayName ?? '' })}
        confirmLabel={t('clusterSettings.remove')}
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          await answer(
            client.DELETE('/api/v1/clusters/{clusterId}/members/{userId}', {
              params: { path: { clusterId: cluster!.id, userId: removing!.userId } },
            }),
          );
          setRemoving(null);
          load();
        }}
        testId="confirm-remove-member"
      />
    </section>
  );
}
