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
export interface Channel {
  id: string;
  name: string;
  kind: string;
  topic: string | null;
  lastSeq: number;
  unreadCount: number;
  mentionCount: number;
  /** When the oldest unread message (and mention) was written; null when there is none. */
  firstUnreadAt?: string | null;
  firstMentionAt?: string | null;
  isMember: boolean;
  memberIds: string[];
}
export interface Message {
  id: string;
  channelId: string;
  seq: number;
  authorId: string;
  body: string;
  threadRootId: string | null;
  replyCount: number;
  mentions: string[];
  reactions: Array<{ emoji: string; count: number; me: boolean }>;
  attachments: Array<{ id: string; name: string; size: number; mime: string }>;
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
