import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, api, client } from './api';
import { Icon, IconName } from './components/Icon';
import { ScreenState } from './components/ScreenState';
import { applyLocale, Locale, LOCALES } from './i18n';
import { outboxOf } from './chat/outbox';
import { AuthPage } from './pages/AuthPage';
import { Bell } from './notifications/Bell';
import { isLinkKind, OpenLink } from './notifications/OpenLink';
import { useInboxLive } from './notifications/store';
import { ChatPage } from './pages/ChatPage';
import { type Action, forgetPermissions, usePermissions } from './permissions';
import { go, useRoute } from './router';
import { DevelopmentPage } from './pages/development/DevelopmentPage';
import { Session, SessionContext, useSession } from './session';
import { closeSocket, getSocket } from './socket';
import { useOnline } from './useOnline';
import type { Cluster, Me, Member } from './types';

// Each section downloads when first opened: a phone on a slow line fetches chat and nothing else
// (the charts library only comes with the dashboard).
const ClustersPage = lazy(() => import('./pages/ClustersPage').then((m) => ({ default: m.ClustersPage })));
const InvitationPage = lazy(() => import('./pages/InvitationPage').then((m) => ({ default: m.InvitationPage })));
const ProcurementsPage = lazy(() => import('./pages/ProcurementsPage').then((m) => ({ default: m.ProcurementsPage })));
const SuppliersPage = lazy(() => import('./pages/SuppliersPage').then((m) => ({ default: m.SuppliersPage })));
const ProjectsPage = lazy(() => import('./pages/ProjectsPage').then((m) => ({ default: m.ProjectsPage })));
const PeoplePage = lazy(() => import('./people/PeoplePage').then((m) => ({ default: m.PeoplePage })));
const OrganizationPage = lazy(() => import('./people/OrganizationPage').then((m) => ({ default: m.OrganizationPage })));
const ChannelBrowser = lazy(() => import('./chat/ChannelBrowser').then((m) => ({ default: m.ChannelBrowser })));
const NotificationsPage = lazy(() => import('./notifications/NotificationsPage').then((m) => ({ default: m.NotificationsPage })));
const ClusterSettingsPage = lazy(() => import('./pages/ClusterSettingsPage').then((m) => ({ default: m.ClusterSettingsPage })));
const DashboardPage = lazy(() => import('./pages/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const PartnersPage = lazy(() => import('./pages/partners/PartnersPage').then((m) => ({ default: m.PartnersPage })));
const PublicClusterPage = lazy(() => import('./pages/PublicClusterPage').then((m) => ({ default: m.PublicClusterPage })));

/** How many times the user has picked a language; a reload that started before a pick must not undo it. */
let localeChoices = 0;

const SECTIONS: Array<{ key: string; icon: IconName; action: Action }> = [
  { key: 'chat', icon: 'chat', action: 'channel.read' },
  { key: 'procurements', icon: 'cart', action: 'procurement.read' },
  { key: 'suppliers', icon: 'truck', action: 'supplier.read' },
  { key: 'projects', icon: 'projects', action: 'project.read' },
  { key: 'dashboard', icon: 'chart', action: 'dashboard.read' },
  { key: 'development', icon: 'chart', action: 'indicator.read' },
  { key: 'partners', icon: 'link', action: 'offer.read' },
];

export function App() {
  // Subscribed so that the whole app renders again when the language changes.
  useTranslation();
  const route = useRoute();
  const [me, setMe] = useState<Me | null>(null);
  const [clusters, setClusters] = useState<Cluster[]>([]);
  const [members, setMembers] = useState<Member[]>([]);
  const [loading, setLoading] = useState(!!api.accessToken);
  const [loadError, setLoadError] = useState<unknown>(null);

  const clusterId = route[0] === 'c' ? route[1] : undefined;
  const cluster = clusters.find((c) => c.id === clusterId) ?? null;

  const reload = useCallback(async () => {
    if (!api.accessToken) return;
    const choice = localeChoices;
    const [meNow, list] = await Promise.all([answer(client.GET('/api/v1/me')), answer(client.GET('/api/v1/clusters'))]);
    setMe(meNow);
    setClusters(list.items);
    // A language picked while /me was on its way wins over the answer, which predates it.
    if (choice === localeChoices) await applyLocale(meNow.locale);
  }, []);

  const start = useCallback(() => {
    setLoadError(null);
    setLoading(!!api.accessToken);
    void reload()
      .catch(setLoadError)
      .finally(() => setLoading(false));
  }, [reload]);

  useEffect(() => {
    start();
    return api.onSignOut(() => {
      setMe(null);
      forgetPermissions();
      closeSocket();
    });
  }, [start]);

  useEffect(() => {
    if (!clusterId || !me) return setMembers([]);
    void answer(client.GET('/api/v1/clusters/{clusterId}/members', { params: { path: { clusterId } } }))
      .then((p) => setMembers(p.items))
      .catch(() => setMembers([]));
  }, [clusterId, me]);

  const changeLocale = async (locale: Locale) => {
    localeChoices++;
    await applyLocale(locale);
    if (me) setMe(await answer(client.PATCH('/api/v1/me', { body: { locale } })).then((u) => ({ ...me, ...u })));
  };

  // The public cluster page is for outsiders: it needs no account, and a signed-in member sees it as they would.
  if (route[0] === 'public' && route[1])
    return (
      <Suspense fallback={<ScreenState loading />}>
        <PublicClusterPage slug={route[1]} />
      </Suspense>
    );
  if (loading || (loadError && !me))
    return (
      <main className="center">
        <ScreenState loading={loading} error={loadError} onRetry={start} />
      </main>
    );
  if (!me) return <AuthPage onSignedIn={start} />;

  const session: Session = { me, clusters, cluster, members, reload };
  return (
    <SessionContext.Provider value={session}>
      <Shell route={route} cluster={cluster} onLocale={changeLocale} />
    </SessionContext.Provider>
  );
}

function Shell({ route, cluster, onLocale }: { route: string[]; cluster: Cluster | null; onLocale(l: Locale): void }) {
  const { t, i18n } = useTranslation();
  const online = useOnline(getSocket);
  const permissions = usePermissions(cluster?.id);
  const { me, clusters } = useSession();
  const section = route[2] ?? 'chat';
  // The outbox sends what waits whenever the connection comes back, whichever screen is open.
  useEffect(() => outboxOf(me.id).attach(getSocket()), [me.id]);
  useInboxLive(me.id);
  const sections = cluster ? SECTIONS.filter((s) => permissions.can(s.action)) : [];
  // The account menu folds away once the user goes somewhere or picks a language.
  const account = useRef<HTMLDetailsElement>(null);
  const where = route.join('/');
  useEffect(() => {
    if (account.current) account.current.open = false;
  }, [where, i18n.language]);
  // On a phone an open channel or item is a screen of its own: the bottom bar gives way to its composer.
  const deep = !!route[3];

  const nav = (className: string, testIdPrefix: string) =>
    sections.length > 0 && (
      <nav aria-label={t('nav.sections')} className={className}>
        {sections.map((s) => (
          <a
            key={s.key}
            href={`#/c/${cluster!.id}/${s.key}`}
            aria-current={section === s.key ? 'page' : undefined}
            data-testid={`${testIdPrefix}-${s.key}`}
          >
            <Icon name={s.icon} />
            <span>{t(`nav.${s.key}`)}</span>
          </a>
        ))}
      </nav>
    );

  return (
    <div className={`shell${deep ? ' deep' : ''}${sections.length ? ' has-tabs' : ''}`}>
      <header className="topbar">
        <a href="#/" className="brand">
          {t('app.name')}
        </a>
        <label className="inline cluster-switch">
          <span className="visually-hidden">{t('nav.cluster')}</span>
          <select
            data-testid="cluster-switcher"
            value={cluster?.id ?? ''}
            onChange={(e) => (e.target.value ? go('c', e.target.value, 'chat') : go())}
          >
            <option value="">{t('nav.allClusters')}</option>
            {clusters.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        {nav('sections-top', 'nav')}
        <span className="spacer" />
        <Bell clusterId={cluster?.id} />
        <details className="account" ref={account}>
          <summary aria-label={t('shell.account')} data-testid="account">
            <Icon name="menu" />
            <span className="account-name" data-testid="me">
              {me.displayName}
            </span>
          </summary>
          <div className="account-menu card">
            <label>
              {t('nav.language')}
              <select data-testid="language" value={i18n.language} onChange={(e) => onLocale(e.target.value as Locale)}>
                {LOCALES.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {t(`languages.${l}`)}
                  </option>
                ))}
              </select>
            </label>
            {cluster && permissions.can('cluster.manage') && !permissions.loading && (
              <a href={`#/c/${cluster.id}/settings`} data-testid="cluster-settings-link">
                {t('clusterSettings.title')}
              </a>
            )}
            <button type="button" className="secondary" onClick={() => void api.signOut()} data-testid="sign-out">
              {t('auth.signOut')}
            </button>
          </div>
        </details>
      </header>
      {!online && (
        <div className="banner" role="status" data-testid="offline-banner">
          {t('common.offline')}
        </div>
      )}
      <main>
        <Suspense fallback={<ScreenState loading />}>
          <Section route={route} cluster={cluster} section={section} />
        </Suspense>
      </main>
      {nav('tabbar', 'tab')}
    </div>
  );
}

function Section({ route, cluster, section }: { route: string[]; cluster: Cluster | null; section: string }) {
  if (route[0] === 'invitations' && route[1]) return <InvitationPage token={route[1]} />;
  if (route[0] === 'notifications' || section === 'notifications') return <NotificationsPage />;
  if (isLinkKind(route[0]) && route[1]) return <OpenLink kind={route[0]} target={route[1]} />;
  if (!cluster) return <ClustersPage />;
  if (section === 'procurements') return <ProcurementsPage procurementId={route[3]} />;
  if (section === 'suppliers') return <SuppliersPage />;
  if (section === 'projects') return <ProjectsPage projectId={route[3]} />;
  if (section === 'development') return <DevelopmentPage path={route.slice(3)} />;
  if (section === 'partners') return <PartnersPage path={route.slice(3)} />;
  if (section === 'dashboard') return <DashboardPage />;
  if (section === 'people') return <PeoplePage userId={route[3]} />;
  if (section === 'orgs' && route[3]) return <OrganizationPage organizationId={route[3]} />;
  if (section === 'channels') return <ChannelBrowser />;
  if (section === 'settings') return <ClusterSettingsPage />;
  return <ChatPage channelId={route[3]} focusSeq={route[4]} />;
}
