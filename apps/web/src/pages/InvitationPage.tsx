import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../api';
import { ErrorText } from '../components/ErrorText';
import { go } from '../router';
import { useSession } from '../session';

export function InvitationPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const { me, reload } = useSession();
  const [organizationId, setOrganizationId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const accept = async () => {
    try {
      const res = await answer(
        client.POST('/api/v1/invitations/{token}/accept', { params: { path: { token } }, body: organizationId ? { organizationId } : {} }),
      );
      await reload();
      go('c', res.clusterId, 'chat');
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="card stack narrow">
      <h2>{t('invitation.title')}</h2>
      {me.organizations.length > 0 && (
        <label>
          {t('invitation.actFor')}
          <select value={organizationId} onChange={(e) => setOrganizationId(e.target.value)}>
            <option value="">{t('invitation.asInvited')}</option>
            {me.organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <ErrorText error={error} />
      <button type="button" onClick={() => void accept()} data-testid="accept-invitation">
        {t('invitation.accept')}
      </button>
    </section>
  );
}
