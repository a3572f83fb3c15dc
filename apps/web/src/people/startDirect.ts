import { api } from '../api';
import { go } from '../router';

/** Opens the direct (or group) conversation with these people; asking again finds the same one. */
export async function startDirect(clusterId: string, userIds: string[]) {
  const channel = await api.post<{ id: string }>(`/clusters/${clusterId}/direct`, { userIds });
  go('c', clusterId, 'chat', channel.id);
}
