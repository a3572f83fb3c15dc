import type { Schemas } from './api';

/** The signed-in person, their memberships and organizations: the api's own type. */
export type Me = Schemas['MeView'];
/** A cluster of the caller's, with its role there: the api's own type. */
export type Cluster = Schemas['ClusterView'];
/** A member of a cluster (chat's mentions and names use it too): the api's own type. */
export type Member = Schemas['MemberView'];
/** A channel in the cluster's list, with the reader's place in it (unread counts, read marker). */
export type Channel = Schemas['ChannelListItemView'];
/** A message, as the history, search and the socket's events all give it. */
export type Message = Schemas['MessageView'];
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
