/**
 * Every Socket.IO event and its payload, in one map that the gateway (apps/api/src/realtime), the
 * emitter the api and the worker publish through (RealtimePublisher) and the web client
 * (apps/web/src/socket.ts) all type their sockets with: an unknown event name, or a payload of the
 * wrong shape, is a compile error on either side.
 *
 * Types only, and it imports nothing: the web client's compiler reads this file as it is, without
 * the server's libraries. `At` is how a moment travels: the server hands Socket.IO a Date, JSON
 * carries it as an ISO string, which is what the client gets (the default). The unions below repeat
 * the domain's; the server compiles only while its values fit them.
 */

export type ChannelKind = 'public' | 'private' | 'direct' | 'project' | 'procurement';
export type ProcurementStatus = 'draft' | 'open' | 'quoting' | 'evaluating' | 'awarded' | 'completed' | 'cancelled';
export type OrderStatus = 'placed' | 'accepted' | 'received';
export type ProjectKind = 'training' | 'trade_fair' | 'shared_facility' | 'export_consortium' | 'certification' | 'study' | 'other';
export type ProjectStatus = 'planned' | 'active' | 'completed' | 'cancelled';
export type TaskStatus = 'todo' | 'doing' | 'done';

export interface ReactionCount {
  emoji: string;
  count: number;
  me: boolean;
}

export interface FilePayload {
  id: string;
  name: string;
  size: number;
  mime: string;
  sha256: string;
}

export interface MessagePayload<At = string> {
  id: string;
  channelId: string;
  seq: number;
  authorId: string;
  body: string;
  threadRootId: string | null;
  replyCount: number;
  mentions: string[];
  reactions: ReactionCount[];
  attachments: FilePayload[];
  clientMessageId: string;
  createdAt: At;
  editedAt: At | null;
  deletedAt: At | null;
}

export interface ChannelPayload<At = string> {
  id: string;
  clusterId: string;
  name: string;
  kind: ChannelKind;
  topic: string | null;
  lastSeq: number;
  archivedAt: At | null;
  createdAt: At;
}

export interface ReactionPayload {
  messageId: string;
  channelId: string;
  emoji: string;
  userId: string;
  on: boolean;
  reactions: ReactionCount[];
}

export interface ProcurementPayload {
  procurementId: string;
  status: ProcurementStatus;
  totalQuantity: string;
}

export interface OrderPayload<At = string> {
  id: string;
  procurementId: string;
  organizationId: string;
  supplierOrganizationId: string;
  quantity: string;
  unitPrice: string;
  amount: string;
  currency: string;
  deliveryCity: string;
  deliveryLat: number;
  deliveryLng: number;
  dueAt: At;
  status: OrderStatus;
  acceptedAt: At | null;
  receivedAt: At | null;
  deliveredQuantity: string;
  deliveries: Array<{ id: string; quantity: string; deliveredOn: At; qualityIssue: string | null }>;
  amountPaid: string;
  amountDue: string;
  paymentStatus: 'unpaid' | 'partly-paid' | 'paid';
  payments: Array<{ id: string; amount: string; paidAt: At }>;
  record: { onTime: boolean; inFull: boolean; withoutIssue: boolean } | null;
  /** On a need with lots: what the order buys in each lot. */
  lines: OrderLinePayload[];
}

export interface OrderLinePayload {
  lotId: string;
  lotNumber: number;
  title: string;
  categoryCode: string;
  unit: string;
  quantity: string;
  unitPrice: string;
  amount: string;
}

export interface NotificationPayload<At = string> {
  id: string;
  clusterId: string | null;
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  data: Record<string, unknown>;
  createdAt: At;
  readAt: At | null;
}

export interface TaskPayload<At = string> {
  id: string;
  projectId: string;
  milestoneId: string | null;
  title: string;
  assigneeId: string | null;
  /** A calendar day (YYYY-MM-DD), not a moment. */
  dueDate: string | null;
  status: TaskStatus;
  createdBy: string;
  doneAt: At | null;
  createdAt: At;
  updatedAt: At;
}

export interface ProjectPayload<At = string> {
  id: string;
  clusterId: string;
  title: string;
  description: string;
  kind: ProjectKind;
  status: ProjectStatus;
  startDate: string;
  endDate: string;
  budget: string | null;
  currency: string | null;
  channelId: string;
  createdBy: string;
  createdAt: At;
  members: Array<{ organizationId: string; pledged: string; paid: string; joinedAt: At }>;
  milestones: Array<{ id: string; projectId: string; title: string; dueDate: string; doneAt: At | null; createdAt: At }>;
  tasks: Array<TaskPayload<At>>;
}

export interface PresencePayload {
  userId: string;
  status: 'online' | 'offline';
}

/** What the server sends, and the rooms it sends them to decide who gets them. */
export interface ServerToClientEvents<At = string> {
  /** The socket is authenticated and in its rooms. */
  ready: (payload: { userId: string }) => void;
  presence: (payload: PresencePayload) => void;
  typing: (payload: { channelId: string; userId: string }) => void;
  'message:new': (message: MessagePayload<At>) => void;
  'message:updated': (message: MessagePayload<At>) => void;
  /** The message keeps its place (and seq) with its content gone. */
  'message:deleted': (message: MessagePayload<At>) => void;
  'reaction:updated': (payload: ReactionPayload) => void;
  'channel:updated': (channel: ChannelPayload<At>) => void;
  /** The user read a channel up to `seq` (on another device, perhaps). */
  'channel:read': (payload: { channelId: string; seq: number }) => void;
  'procurement:updated': (payload: ProcurementPayload) => void;
  'order:updated': (order: OrderPayload<At>) => void;
  'notification:new': (notification: NotificationPayload<At>) => void;
  'task:updated': (task: TaskPayload<At>) => void;
  'project:updated': (project: ProjectPayload<At>) => void;
}

/** A refusal, as problem+json would give it over HTTP (same status, code and field errors). */
export interface AckProblem {
  status: number;
  title: string;
  code: string;
  params?: Record<string, string | number | boolean | null>;
  detail?: string;
  errors?: Array<{ field: string; message: string; code?: string; params?: Record<string, string | number | boolean | null> }>;
}

/** Every event a client sends is answered through its acknowledgement: what it asked for, or why not. */
export type Ack<T extends object = object> = ({ ok: true } & T) | { ok: false; error: AckProblem };

export interface SyncPayload<At = string> {
  messages: Array<MessagePayload<At>>;
  /** True when the reply stopped short: ask again with `next`. */
  hasMore: boolean;
  next: Array<{ channelId: string; afterSeq: number }>;
}

/** What a client may send; the input is checked by the same DTOs as HTTP bodies. */
export interface ClientToServerEvents<At = string> {
  'message:send': (
    message: { channelId: string; body?: string; clientMessageId: string; threadRootId?: string | null; attachmentIds?: string[] },
    ack: (answer: Ack<{ message: MessagePayload<At> }>) => void,
  ) => void;
  sync: (wanted: { channels: Array<{ channelId: string; afterSeq: number }> }, ack: (answer: Ack<SyncPayload<At>>) => void) => void;
  typing: (about: { channelId: string }, ack?: (answer: Ack) => void) => void;
  'channel:read': (read: { channelId: string; seq: number }, ack?: (answer: Ack<{ lastReadSeq: number }>) => void) => void;
  presence: (asked: { userIds: string[] }, ack: (answer: Ack<{ presence: PresencePayload[] }>) => void) => void;
}

export type ServerEventName = keyof ServerToClientEvents;
export type ClientEventName = keyof ClientToServerEvents;

/** The payload of a server event, as the server hands it over (Dates for moments). */
export type ServerPayload<E extends ServerEventName> = Parameters<ServerToClientEvents<Date>[E]>[0];

/** What the server answers a client event with, before `ok: true` is added. */
export type AckAnswer<E extends ClientEventName> = Parameters<ClientToServerEvents<Date>[E]>[1] extends
  ((answer: infer A) => void) | undefined
  ? Omit<Extract<A, { ok: true }>, 'ok'>
  : never;
