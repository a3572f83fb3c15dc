import { FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client, type Schemas } from '../api';
import { Bidi } from '../components/Bidi';
import { ErrorText } from '../components/ErrorText';
import { ScreenState } from '../components/ScreenState';
import { LanguageButtons } from '../components/LanguageButtons';
import '../styles/screens.css';

type PublicCluster = Schemas['PublicClusterView'];
type Contact = Schemas['ContactDto'];

const PURPOSES = ['join', 'buy', 'supply', 'other'] as const satisfies readonly Contact['purpose'][];

/** What an outside buyer or supplier sees of a cluster that opted in, without signing in: who it is, the firms that chose to be listed, and a way to get in touch. */
export function PublicClusterPage({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const [cluster, setCluster] = useState<PublicCluster | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    setError(null);
    answer(client.GET('/api/v1/public/clusters/{slug}', { params: { path: { slug } } }))
      .then(setCluster)
      .catch(setError);
  }, [slug]);
  useEffect(load, [load]);
  const country = (code: string) => {
    try {
      return new Intl.DisplayNames([i18n.language], { type: 'region' }).of(code) ?? code;
    } catch {
      return code;
    }
  };

  return (
    <main className="auth public-cluster">
      <LanguageButtons />
      {!cluster ? (
        <ScreenState loading={!error} error={error} onRetry={load} />
      ) : (
        <div className="screen" data-testid="public-cluster">
          <h1>
            <Bidi>{cluster.name}</Bidi>
          </h1>
          <p className="muted" data-testid="public-cluster-where">
            <Bidi>{cluster.sector}</Bidi>
            {(cluster.region || cluster.country) && ' · '}
            {cluster.region && <Bidi>{cluster.region}</Bidi>}
            {cluster.region && cluster.country && t('publicPage.comma')}
            {cluster.country && country(cluster.country)}
          </p>
          {(cluster.about ?? cluster.description) && (
            <p className="card" data-testid="public-cluster-about">
              <Bidi>{cluster.about ?? cluster.description}</Bidi>
            </p>
          )}
          <h2>{t('publicPage.members')}</h2>
          <ScreenState empty={cluster.members.length === 0} emptyText={t('publicPage.noMembers')}>
            <ul className="cards" data-testid="public-members">
              {cluster.members.map((m, i) => (
                <li key={i} className="item" data-testid="public-member">
                  <span className="item-title">
                    <Bidi>{m.name}</Bidi>
                  </span>
                  <span className="muted">
                    {t(`organizations.kinds.${m.kind}`, { defaultValue: m.kind })}
                    {m.city && (
                      <>
                        {' · '}
                        <Bidi>{m.city}</Bidi>
                      </>
                    )}
                  </span>
                  {m.makes && <Bidi>{m.makes}</Bidi>}
                </li>
              ))}
            </ul>
          </ScreenState>
          <ContactForm slug={cluster.slug} />
        </div>
      )}
    </main>
  );
}

function ContactForm({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    const form = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    try {
      // The form's fields are the contact's: purpose (a select of PURPOSES), name, email, organization, message.
      const body = { ...form, organization: form.organization?.trim() || undefined } as Contact;
      await answer(client.POST('/api/v1/public/clusters/{slug}/contact', { params: { path: { slug } }, body }));
      setSent(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  if (sent)
    return (
      <p role="status" className="card" data-testid="contact-sent">
        {t('publicPage.contactSent')}
      </p>
    );
  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} data-testid="contact-form">
      <h2>{t('publicPage.contact')}</h2>
      <label className="field">
        <span>{t('publicPage.purpose')}</span>
        <select name="purpose" defaultValue="join" data-testid="contact-purpose">
          {PURPOSES.map((p) => (
            <option key={p} value={p}>
              {t(`publicPage.purposes.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('publicPage.yourName')}</span>
        <input name="name" required maxLength={120} dir="auto" autoComplete="name" data-testid="contact-name" />
      </label>
      <label className="field">
        <span>{t('auth.email')}</span>
        <input name="email" type="email" required maxLength={200} dir="ltr" autoComplete="email" data-testid="contact-email" />
      </label>
      <label className="field">
        <span>{t('publicPage.yourOrganization')}</span>
        <input name="organization" maxLength={200} dir="auto" autoComplete="organization" data-testid="contact-organization" />
      </label>
      <label className="field">
        <span>{t('publicPage.message')}</span>
        <textarea name="message" required maxLength={2000} rows={4} dir="auto" data-testid="contact-message" />
      </label>
      <ErrorText error={error} />
      <button type="submit" disabled={busy} aria-busy={busy} data-testid="contact-send">
        {t('publicPage.send')}
      </button>
    </form>
  );
}
