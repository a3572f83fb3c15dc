import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from './api';
import { applyLocale, Locale, LOCALES } from './i18n';
import { AuthPage } from './pages/AuthPage';
import { ChatPage } from './pages/ChatPage';
import { ClustersPage } from './pages/ClustersPage';
import { DashboardPage } from './pages/DashboardPage';
import { InvitationPage } from './pages/InvitationPage';
import { ProcurementsPage } from './pages/ProcurementsPage';
import { ProjectsPage } from './pages/ProjectsPage';
import { SuppliersPage } from './pages/SuppliersPage';
import { go, useRoute } from './router';
import { Session, SessionContext } from './session';
import { closeSocket, getSocket } from './socket';
import type { Cluster, Me, Member, Page } from './types';

/** How many times the user has picked a language; a reload that started before a pick must not undo it. */
let localeChoices = 0;

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const [me, setMe] = useState<Me | null>(null);
  const [clusters, setClusters] = useState<Cluster[]>([]);
  const [members, setMembers] = useState<Member[]>([]);
  const [loading, setLoading] = useState(!!api.accessToken);
  const [online, setOnline] = useState(true);

  const clusterId = route[0] === 'c' ? route[1] : undefined;
  const cluster = clusters.find((c) => c.id === clusterId) ?? null;

  const reload = useCallback(async () => {
    if (!api.accessToken) return;
    const choice = localeChoices;
    const [meNow, list] = await Promise.all([api.get<Me>('/me'), api.get<Page<Cluster>>('/clusters')]);
    setMe(meNow);
    setClusters(list.items);
    // A language picked while /me was on its way wins over the answer, which predates it.
    if (choice === localeChoices) applyLocale(meNow.locale);
  }, []);

  useEffect(() => {
    void reload().finally(() => setLoading(false));
    return api.onSignOut(() => {
      setMe(null);
      closeSocket();
    });
  }, [reload]);

  useEffect(() => {
    if (!me) return;
    const socket = getSocket();
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    socket.on('connect', up);
    socket.on('disconnect', down);
    return () => {
      socket.off('connect', up);
      socket.off('disconnect', down);
    };
  }, [me]);

  useEffect(() => {
    if (!clusterId || !me) return setMembers([]);
    void api.get<Page<Member>>(`/clusters/${clusterId}/members`).then((p) => setMembers(p.items)).catch(() => setMembers([]));
  }, [clusterId, me]);

  const changeLocale = async (locale: Locale) => {
    localeChoices++;
    applyLocale(locale);
    if (me) setMe(await api.patch<Me>('/me', { locale }).then((u) => ({ ...me, ...u })));
  };

  if (loading) return <p className="center">{t('common.loading')}</p>;
  if (!me) return <AuthPage onSignedIn={() => void reload()} />;

  const session: Session = { me, clusters, cluster, members, reload };
  const section = route[2] ?? 'chat';
  const nav: Array<[string, string]> = [
    ['chat', t('nav.chat')],
    ['procurements', t('nav.procurements')],
    ['suppliers', t('nav.suppliers')],
    ['projects', t('nav.projects')],
    ['dashboard', t('nav.dashboard')],
  ];

  return (
    <SessionContext.Provider value={session}>
      <header className="topbar">
        <a href="#/" className="brand">
          {t('app.name')}
        </a>
        <label className="inline">
          <span className="visually-hidden">{t('nav.cluster')}</span>
          <select data-testid="cluster-switcher" value={clusterId ?? ''} onChange={(e) => (e.target.value ? go('c', e.target.value, 'chat') : go())}>
            <option value="">{t('nav.allClusters')}</option>
            {clusters.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        {cluster && (
          <nav aria-label={t('nav.sections')}>
            {nav.map(([key, label]) => (
              <a key={key} href={`#/c/${cluster.id}/${key}`} aria-current={section === key ? 'page' : undefined} data-testid={`nav-${key}`}>
                {label}
              </a>
            ))}
          </nav>
        )}
        <span className="spacer" />
        <label className="inline">
          <span className="visually-hidden">{t('nav.language')}</span>
          <select data-testid="language" value={me.locale} onChange={(e) => void changeLocale(e.target.value as Locale)}>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {t(`languages.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="muted" data-testid="me">
          {me.displayName}
        </span>
        <button type="button" className="link" onClick={() => void api.signOut()}>
          {t('auth.signOut')}
        </button>
      </header>
      {!online && (
        <div className="banner" role="status" data-testid="offline-banner">
          {t('common.offline')}
        </div>
      )}
      <main>
        {route[0] === 'invitations' && route[1] ? (
          <InvitationPage token={route[1]} />
        ) : !cluster ? (
          <ClustersPage />
        ) : section === 'procurements' ? (
          <ProcurementsPage procurementId={route[3]} />
        ) : section === 'suppliers' ? (
          <SuppliersPage />
        ) : section === 'projects' ? (
          <ProjectsPage projectId={route[3]} />
        ) : section === 'dashboard' ? (
          <DashboardPage />
        ) : (
          <ChatPage channelId={route[3]} />
        )}
      </main>
    </SessionContext.Provider>
  );
}
