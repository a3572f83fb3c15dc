import { useEffect, useState } from 'react';
import { api } from '../api';
import { ScreenState } from '../components/ScreenState';

/**
 * Links in e-mails name a place without its cluster (`#/channels/<id>?seq=<n>`, `#/procurements/<id>`,
 * `#/projects/<id>`): ask the api where it lives, then go there in the app's own routes.
 */
export function OpenLink({ kind, target }: { kind: string; target: string }) {
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const [id, query] = target.split('?');
    const seq = new URLSearchParams(query ?? '').get('seq');
    api
      .get<{ clusterId: string }>(`/${kind}/${id}`)
      .then(({ clusterId }) => {
        const section = kind === 'channels' ? 'chat' : kind;
        window.location.replace(`#/c/${clusterId}/${section}/${id}${kind === 'channels' && seq && /^\d+$/.test(seq) ? `/${seq}` : ''}`);
      })
      .catch(setError);
  }, [kind, target]);
  return <ScreenState loading={!error} error={error} />;
}
