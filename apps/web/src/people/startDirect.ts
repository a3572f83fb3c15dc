import { answer, client } from '../api';
import { go } from '../router';

/** Opens the direct (or group) conversation with these people; asking again finds the same one. */
export async function startDirect(clusterId: string, userIds: string[]) {
  const channel = await answer(client.POST('/api/v1/clusters/{clusterId}/direct', { params: { path: { clusterId } }, body: { userIds } }));
  go('c', clusterId, 'chat', channel.id);
}
