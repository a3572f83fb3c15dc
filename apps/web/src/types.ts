import type { Schemas } from './api';

/** The signed-in person, their memberships and organizations: the api's own type. */
export type Me = Schemas['MeView'];
export interface Cluster {
  id: string;
  slug: string;
  name: string;
  sector: string;
  role: string;
}
export interface Member {
  userId: string;
  displayName: string;
  role: string;
  organizationId: string | null;
  joinedAt?: string;
}
/** A channel in the cluster's list, with the reader's place in it (unread counts, read marker). */
export type Channel = Schemas['ChannelListItemView'];
/** A message, as the history, search and the socket's events all give it. */
export type Message = Schemas['MessageView'];
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
