import { useEffect, useState } from 'react';
import { answer, client } from '../api';
import { ScreenState } from '../components/ScreenState';

/** The kinds of place a link in an e-mail names, each asked of the api for the cluster it lives in. */
const CLUSTER_OF = {
  channels: (id: string) => answer(client.GET('/api/v1/channels/{channelId}', { params: { path: { channelId: id } } })),
  procurements: (id: string) => answer(client.GET('/api/v1/procurements/{id}', { params: { path: { id } } })),
  projects: (id: string) => answer(client.GET('/api/v1/projects/{id}', { params: { path: { id } } })),
};
export type LinkKind = keyof typeof CLUSTER_OF;
export const isLinkKind = (kind: string): kind is LinkKind => Object.hasOwn(CLUSTER_OF, kind);

/**
 * Links in e-mails name a place without its cluster (`#/channels/<id>?seq=<n>`, `#/procurements/<id>`,
 * `#/projects/<id>`): ask the api where it lives, then go there in the app's own routes.
 */
export function OpenLink({ kind, target }: { kind: LinkKind; target: string }) {
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const [id, query] = target.split('?');
    const seq = new URLSearchParams(query ?? '').get('seq');
    CLUSTER_OF[kind](id)
      .then(({ clusterId }) => {
        const section = kind === 'channels' ? 'chat' : kind;
        window.location.replace(`#/c/${clusterId}/${section}/${id}${kind === 'channels' && seq && /^\d+$/.test(seq) ? `/${seq}` : ''}`);
      })
      .catch(setError);
  }, [kind, target]);
  return <ScreenState loading={!error} error={error} />;
}
