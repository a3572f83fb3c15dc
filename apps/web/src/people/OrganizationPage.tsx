import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client, type Schemas } from '../api';
import { BackLink } from '../components/BackLink';
import { Bidi } from '../components/Bidi';
import { ScreenState } from '../components/ScreenState';
import { useFormat } from '../locale/format';
import { useSession } from '../session';
import type { Organization } from './useOrganizations';

type SupplierProfile = Schemas['SupplierProfileView'];

/** An organization: who it is, where, its people in the cluster, and what it supplies with its record. */
export function OrganizationPage({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { cluster, members } = useSession();
  const [org, setOrg] = useState<Organization | null>(null);
  const [profile, setProfile] = useState<SupplierProfile | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    setError(null);
    const path = { id: organizationId };
    answer(client.GET('/api/v1/organizations/{id}', { params: { path } }))
      .then(setOrg)
      .catch(setError);
    // Only suppliers have a profile; a 404 simply means there is none.
    answer(client.GET('/api/v1/organizations/{id}/supplier-profile', { params: { path } }))
      .then(setProfile)
      .catch(() => setProfile(null));
  }, [organizationId, attempt]);

  const people = members.filter((m) => m.organizationId === organizationId);
  return (
    <section className="page organization" data-testid="organization">
      <BackLink href={`#/c/${cluster!.id}/people`} label={t('people.title')} />
      <ScreenState loading={!org && !error} error={error} onRetry={() => setAttempt((a) => a + 1)}>
        {org && (
          <div className="stack">
            <div className="card stack">
              <h1>
                <Bidi>{org.name}</Bidi>
              </h1>
              <p className="muted">
                {t(`organizations.kinds.${org.kind}`)} · <Bidi>{org.city}</Bidi>
              </p>
              {org.description && (
                <p>
                  <Bidi>{org.description}</Bidi>
                </p>
              )}
            </div>
            {profile && (
              <div className="card stack" data-testid="organization-supplies">
                <h2>{t('people.supplies')}</h2>
                <p>
                  {t('people.categories')}: <span dir="ltr">{profile.categories.join(', ')}</span>
                </p>
                <p>{t('people.capacity', { amount: f.quantity(profile.capacityPerMonth, profile.unit) })}</p>
                <p>{t('people.minOrder', { amount: f.quantity(profile.minOrderQuantity, profile.unit) })}</p>
                <p>{t('people.leadTime', { n: f.number(profile.leadTimeDays) })}</p>
                {profile.certifications.length > 0 && (
                  <p>
                    <Bidi>{profile.certifications.join(f.locale === 'fa' ? '، ' : ', ')}</Bidi>
                  </p>
                )}
                <h3>{t('people.record')}</h3>
                <p data-testid="organization-record">
                  {t('people.recordLine', {
                    quotes: f.number(profile.performance.quotesSent),
                    awards: f.number(profile.performance.awardsWon),
                    onTime: f.number(profile.performance.deliveriesOnTime),
                    deliveries: f.number(profile.performance.deliveriesTotal),
                  })}
                </p>
                {profile.performance.deliveriesTotal > 0 && (
                  <p data-testid="organization-record-quality">
                    {t('people.recordQuality', {
                      inFull: f.number(profile.performance.deliveriesInFull),
                      withoutIssue: f.number(profile.performance.deliveriesWithoutIssue),
                    })}
                  </p>
                )}
              </div>
            )}
            <div className="card">
              <h2>{t('people.title')}</h2>
              <ul className="list">
                {people.map((m) => (
                  <li key={m.userId}>
                    <a href={`#/c/${cluster!.id}/people/${m.userId}`}>
                      <Bidi>{m.displayName}</Bidi>
                    </a>{' '}
                    <span className="muted">{t(`roles.${m.role}`)}</span>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        )}
      </ScreenState>
    </section>
  );
}
