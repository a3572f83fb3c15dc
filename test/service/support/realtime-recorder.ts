import type { RealtimePublisher, ServerEventName, ServerPayload } from '@hamkar/realtime';

export type Sent =
  | { to: 'users'; userIds: string[]; event: ServerEventName; payload: unknown }
  | { to: 'channel'; channelId: string; event: ServerEventName; payload: unknown }
  | { to: 'cluster'; clusterId: string; event: ServerEventName; payload: unknown }
  | { to: 'room'; change: 'join' | 'leave'; userIds: string[]; room: string }
  | { to: 'disconnect'; userId?: string; sessionId?: string };

/**
 * Stands in for RealtimePublisher, which hands events to the api nodes' sockets (through the api's own
 * server, Redis or PostgreSQL NOTIFY): here there are no sockets, so it records what would have been sent.
 */
export class RealtimeRecorder implements Omit<RealtimePublisher, 'onModuleDestroy' | 'deliverThrough'> {
  readonly sent: Sent[] = [];

  toUsers<E extends ServerEventName>(userIds: string[], event: E, payload: ServerPayload<E>): void {
    if (userIds.length) this.sent.push({ to: 'users', userIds, event, payload });
  }

  toChannel<E extends ServerEventName>(channelId: string, event: E, payload: ServerPayload<E>): void {
    this.sent.push({ to: 'channel', channelId, event, payload });
  }

  toCluster<E extends ServerEventName>(clusterId: string, event: E, payload: ServerPayload<E>): void {
    this.sent.push({ to: 'cluster', clusterId, event, payload });
  }

  joinRoom(userIds: string[], room: string): void {
    if (userIds.length) this.sent.push({ to: 'room', change: 'join', userIds, room });
  }

  leaveRoom(userIds: string[], room: string): void {
    if (userIds.length) this.sent.push({ to: 'room', change: 'leave', userIds, room });
  }

  disconnectUser(userId: string): void {
    this.sent.push({ to: 'disconnect', userId });
  }

  disconnectSession(sessionId: string): void {
    this.sent.push({ to: 'disconnect', sessionId });
  }

  /** The events of one name, in the order they were sent. */
  events<E extends ServerEventName>(event: E): Array<Extract<Sent, { event: string }> & { payload: ServerPayload<E> }> {
    return this.sent.filter(
      (s): s is Extract<Sent, { event: string }> & { payload: ServerPayload<E> } => 'event' in s && s.event === event,
    );
  }

  clear(): void {
    this.sent.length = 0;
  }
}
