import { FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client, type Schemas } from '../../api';
import { BackLink } from '../../components/BackLink';
import { ErrorText } from '../../components/ErrorText';
import { ScreenState } from '../../components/ScreenState';
import { usePermissions } from '../../permissions';
import { useSession } from '../../session';

type Settings = Schemas['PublicPageSettingsView'];

/** The opt-in public page: organisers decide whether it is shown and what it says; each firm decides whether it is listed, with what it makes. */
export function PublicPageSettings({ clusterId }: { clusterId: string }) {
  const { t } = useTranslation();
  const { cluster } = useSession();
  const permissions = usePermissions(clusterId);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    setError(null);
    answer(client.GET('/api/v1/clusters/{clusterId}/public-page', { params: { path: { clusterId } } }))
      .then(setSettings)
      .catch(setError);
  }, [clusterId]);
  useEffect(load, [load]);

  if (!settings || permissions.loading) return <ScreenState loading={!error} error={error} onRetry={load} />;
  const href = `#/public/${cluster!.slug}`;
  return (
    <div className="screen" data-testid="public-page-settings">
      <BackLink href={`#/c/${clusterId}/development`} label={t('development.back')} />
      <h2>{t('publicPage.heading')}</h2>
      <p className="muted">{t('publicPage.explain')}</p>
      {settings.published ? (
        <p data-testid="public-page-live">
          {t('publicPage.live')}{' '}
          <a href={href} target="_blank" rel="noopener" data-testid="public-page-open">
            {t('publicPage.open')}
          </a>
        </p>
      ) : (
        <p data-testid="public-page-hidden">{t('publicPage.hidden')}</p>
      )}
      {permissions.can('cluster.publish') && <PublishForm clusterId={clusterId} settings={settings} onSaved={setSettings} />}
      {permissions.can('offer.post') && permissions.organizationId && (
        <ListingForm clusterId={clusterId} organizationId={permissions.organizationId} settings={settings} onSaved={setSettings} />
      )}
    </div>
  );
}

function useSave(onSaved: (s: Settings) => void) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const save = async (e: FormEvent, send: () => Promise<Settings>) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    setBusy(true);
    try {
      onSaved(await send());
      setSaved(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, saved, save };
}

function PublishForm({ clusterId, settings, onSaved }: { clusterId: string; settings: Settings; onSaved(s: Settings): void }) {
  const { t } = useTranslation();
  const [published, setPublished] = useState(settings.published);
  const [about, setAbout] = useState(settings.about ?? '');
  const { error, busy, saved, save } = useSave(onSaved);
  return (
    <form
      className="card stack"
      onSubmit={(e) =>
        void save(e, () =>
          answer(
            client.PUT('/api/v1/clusters/{clusterId}/public-page', {
              params: { path: { clusterId } },
              body: { published, about: about.trim() || null },
            }),
          ),
        )
      }
      data-testid="publish-form"
    >
      <h3>{t('publicPage.forOrganisers')}</h3>
      <label className="choice">
        <input type="checkbox" checked={published} onChange={(e) => setPublished(e.target.checked)} data-testid="publish-toggle" />
        {t('publicPage.publish')}
      </label>
      <label className="field">
        <span>{t('publicPage.about')}</span>
        <textarea
          rows={4}
          dir="auto"
          value={about}
          onChange={(e) => setAbout(e.target.value)}
          maxLength={4000}
          data-testid="publish-about"
        />
      </label>
      <ErrorText error={error} />
      {saved && <p role="status">{t('publicPage.saved')}</p>}
      <button type="submit" disabled={busy} aria-busy={busy} data-testid="publish-save">
        {t('publicPage.save')}
      </button>
    </form>
  );
}

function ListingForm({
  clusterId,
  organizationId,
  settings,
  onSaved,
}: {
  clusterId: string;
  organizationId: string;
  settings: Settings;
  onSaved(s: Settings): void;
}) {
  const { t } = useTranslation();
  const [listed, setListed] = useState(!!settings.myListing);
  const [makes, setMakes] = useState(settings.myListing?.makes ?? '');
  const { error, busy, saved, save } = useSave(onSaved);
  return (
    <form
      className="card stack"
      onSubmit={(e) =>
        void save(e, () =>
          answer(
            client.PUT('/api/v1/clusters/{clusterId}/public-page/listing', {
              params: { path: { clusterId } },
              body: { organizationId, listed, ...(listed ? { makes } : {}) },
            }),
          ),
        )
      }
      data-testid="listing-form"
    >
      <h3>{t('publicPage.forFirms')}</h3>
      <label className="choice">
        <input type="checkbox" checked={listed} onChange={(e) => setListed(e.target.checked)} data-testid="listing-toggle" />
        {t('publicPage.listMe')}
      </label>
      {listed && (
        <label className="field">
          <span>{t('publicPage.makes')}</span>
          <input dir="auto" value={makes} onChange={(e) => setMakes(e.target.value)} maxLength={500} data-testid="listing-makes" />
        </label>
      )}
      <ErrorText error={error} />
      {saved && <p role="status">{t('publicPage.saved')}</p>}
      <button type="submit" disabled={busy} aria-busy={busy} data-testid="listing-save">
        {t('publicPage.save')}
      </button>
    </form>
  );
}
