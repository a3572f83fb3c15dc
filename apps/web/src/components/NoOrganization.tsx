import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client, type Schemas } from '../api';
import { useSession } from '../session';
import { Bidi } from './Bidi';
import { ErrorText } from './ErrorText';
import '../styles/screens.css';

type OrganizationKind = Schemas['CreateOrganizationDto']['kind'];
const KINDS: OrganizationKind[] = ['firm', 'cooperative', 'supplier', 'institution', 'association'];

/**
 * Buying together needs a firm to buy for. Someone without one (an admin who set the cluster up, say)
 * is told why the need form is missing and can create their organization right here.
 */
export function NoOrganization({ reason, outside = [] }: { reason: string; outside?: Array<{ id: string; name: string }> }) {
  const { t } = useTranslation();
  const { reload } = useSession();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const create = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setError(null);
    try {
      const f = new FormData(e.currentTarget);
      const field = (name: string) => String(f.get(name));
      const body: Schemas['CreateOrganizationDto'] = {
        name: field('name'),
        kind: field('kind') as OrganizationKind,
        country: field('country'),
        city: field('city'),
      };
      await answer(client.POST('/api/v1/organizations', { body }));
      await reload();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section className="card stack" data-testid="no-organization">
      <p>{reason}</p>
      {outside.length > 0 && (
        <p className="muted" data-testid="organization-outside">
          {t('fields.organizationOutside')}{' '}
          {outside.map((o, i) => (
            <span key={o.id}>
              {i > 0 && '، '}
              <Bidi>{o.name}</Bidi>
            </span>
          ))}
        </p>
      )}
      {outside.length > 0 ? null : !open ? (
        <button type="button" onClick={() => setOpen(true)} data-testid="create-organization">
          {t('organizations.create')}
        </button>
      ) : (
        <form className="stack screen" onSubmit={(e) => void create(e)}>
          <label>
            {t('organizations.name')}
            <input name="name" required minLength={2} data-testid="organization-name" />
          </label>
          <label>
            {t('organizations.kind')}
            <select name="kind" defaultValue="firm">
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`organizations.kinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <div className="fields">
            <label>
              {t('common.country')}
              <input name="country" required maxLength={2} pattern="[A-Za-z]{2}" placeholder="IR" dir="ltr" />
            </label>
            <label>
              {t('common.city')}
              <input name="city" required dir="auto" />
            </label>
          </div>
          <ErrorText error={error} />
          <button type="submit" data-testid="organization-create">
            {t('common.create')}
          </button>
        </form>
      )}
    </section>
  );
}
