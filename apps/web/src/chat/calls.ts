import { answer, client } from '../api';

/* The channel calls more than one screen makes, through the typed client. */

/** Every channel of the cluster the reader may read, with their place in each (unread counts, read marker). */
export const channelsOf = (clusterId: string) =>
  answer(client.GET('/api/v1/clusters/{clusterId}/channels', { params: { path: { clusterId } } }));

/** A page of a channel's messages: newest first with `before` (or neither), oldest first with `after`. */
export const history = (channelId: string, query: { before?: number; after?: number; limit?: number }) =>
  answer(client.GET('/api/v1/channels/{channelId}/messages', { params: { path: { channelId }, query } }));

/** Moves the reader's marker up to `seq` (never back). */
export const markRead = (channelId: string, seq: number) =>
  answer(client.POST('/api/v1/channels/{channelId}/read', { params: { path: { channelId } }, body: { seq } }));

export const joinChannel = (channelId: string) =>
  answer(client.POST('/api/v1/channels/{channelId}/join', { params: { path: { channelId } } }));
