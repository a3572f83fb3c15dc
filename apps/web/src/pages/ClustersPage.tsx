import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client, type Schemas } from '../api';
import { Bidi } from '../components/Bidi';
import { ErrorText } from '../components/ErrorText';
import { go } from '../router';
import { useSession } from '../session';

type OrganizationKind = Schemas['CreateOrganizationDto']['kind'];
const KINDS: OrganizationKind[] = ['firm', 'supplier', 'cooperative', 'institution', 'association'];

export function ClustersPage() {
  const { t } = useTranslation();
  const { clusters, me, reload } = useSession();
  const [clusterError, setClusterError] = useState<unknown>(null);
  const [organizationError, setOrganizationError] = useState<unknown>(null);

  const createCluster = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const field = (name: string) => String(f.get(name));
    setClusterError(null);
    try {
      const body: Schemas['CreateClusterDto'] = {
        name: field('name'),
        slug: field('slug'),
        sector: field('sector'),
        country: field('country').toUpperCase(),
        region: field('region'),
        defaultLocale: me.locale,
      };
      const c = await answer(client.POST('/api/v1/clusters', { body }));
      await reload();
      go('c', c.id, 'chat');
    } catch (err) {
      setClusterError(err);
    }
  };
  const createOrganization = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const field = (name: string) => String(f.get(name));
    setOrganizationError(null);
    try {
      const body: Schemas['CreateOrganizationDto'] = {
        name: field('name'),
        kind: field('kind') as OrganizationKind,
        country: field('country').toUpperCase(),
        city: field('city'),
      };
      await answer(client.POST('/api/v1/organizations', { body }));
      form.reset();
      await reload();
    } catch (err) {
      setOrganizationError(err);
    }
  };

  return (
    <div className="grid2">
      <section className="card">
        <h2>{t('clusters.mine')}</h2>
        <ul className="list" data-testid="cluster-list">
          {clusters.map((c) => (
            <li key={c.id}>
              <a className="tap" href={`#/c/${c.id}/chat`}>
                <Bidi>{c.name}</Bidi>
              </a>{' '}
              <span className="muted">{t(`roles.${c.role}`)}</span>
            </li>
          ))}
          {clusters.length === 0 && (
            <li className="muted" data-testid="empty">
              {t('clusters.noneNext')}
            </li>
          )}
        </ul>
        <h3>{t('organizations.mine')}</h3>
        <ul className="list">
          {me.organizations.map((o) => (
            <li key={o.id}>
              <Bidi>{o.name}</Bidi> <span className="muted">{t(`organizations.kinds.${o.kind}`)}</span>
            </li>
          ))}
          {me.organizations.length === 0 && <li className="muted">{t('organizations.none')}</li>}
        </ul>
      </section>
      <section className="stack">
        <form className="card stack" onSubmit={createCluster}>
          <h2>{t('clusters.create')}</h2>
          <label>
            {t('clusters.name')}
            <input name="name" required data-testid="cluster-name" />
          </label>
          <label>
            {t('clusters.slug')}
            <input name="slug" required dir="ltr" pattern="[a-z0-9][a-z0-9\-]{1,62}[a-z0-9]" data-testid="cluster-slug" />
          </label>
          <label>
            {t('clusters.sector')}
            <input name="sector" required data-testid="cluster-sector" />
          </label>
          <div className="row">
            <label>
              {t('common.country')}
              <input name="country" required dir="ltr" pattern="[A-Za-z]{2}" maxLength={2} placeholder="IR" data-testid="cluster-country" />
            </label>
            <label>
              {t('clusters.region')}
              <input name="region" required data-testid="cluster-region" />
            </label>
          </div>
          <ErrorText error={clusterError} />
          <button type="submit" data-testid="cluster-create">
            {t('common.create')}
          </button>
        </form>
        <form className="card stack" onSubmit={createOrganization}>
          <h2>{t('organizations.create')}</h2>
          <label>
            {t('organizations.name')}
            <input name="name" required />
          </label>
          <label>
            {t('organizations.kind')}
            <select name="kind">
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`organizations.kinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <div className="row">
            <label>
              {t('common.country')}
              <input name="country" required dir="ltr" pattern="[A-Za-z]{2}" maxLength={2} placeholder="AZ" />
            </label>
            <label>
              {t('common.city')}
              <input name="city" required />
            </label>
          </div>
          <ErrorText error={organizationError} />
          <button type="submit">{t('common.create')}</button>
        </form>
      </section>
    </div>
  );
}
