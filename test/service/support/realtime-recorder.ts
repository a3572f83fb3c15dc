import type { RealtimePublisher } from '@hamkar/realtime';

export type Sent =
  | { to: 'users'; userIds: string[]; event: string; payload: unknown }
  | { to: 'channel'; channelId: string; event: string; payload: unknown }
  | { to: 'cluster'; clusterId: string; event: string; payload: unknown }
  | { to: 'room'; change: 'join' | 'leave'; userIds: string[]; room: string }
  | { to: 'disconnect'; userId?: string; sessionId?: string };

/**
 * Stands in for RealtimePublisher, whose emitter hands events to the api nodes' sockets through Redis
 * or PostgreSQL NOTIFY: here there are no sockets, so it records what would have been sent.
 */
export class RealtimeRecorder implements Omit<RealtimePublisher, 'onModuleDestroy'> {
  readonly sent: Sent[] = [];

  toUsers(userIds: string[], event: string, payload: unknown): void {
    if (userIds.length) this.sent.push({ to: 'users', userIds, event, payload });
  }

  toChannel(channelId: string, event: string, payload: unknown): void {
    this.sent.push({ to: 'channel', channelId, event, payload });
  }

  toCluster(clusterId: string, event: string, payload: unknown): void {
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
  events(event: string): Sent[] {
    return this.sent.filter((s) => 'event' in s && s.event === event);
  }

  clear(): void {
    this.sent.length = 0;
  }
}
