import { Logger } from '@nestjs/common';
import { OnGatewayConnection, OnGatewayInit, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { AccessPolicy } from '@hamkar/clusters';
import { Sessions, TokenIssuer } from '@hamkar/identity';
import { RealtimePublisher, rooms } from '@hamkar/realtime';
import { authenticateSockets, socketUser } from './socket-auth';
import { EventServer, EventSocket } from './socket-events';
import { SocketRoomSources } from './socket-rooms';

/** Connection handling only: authentication, and the rooms a socket starts in. */
@WebSocketGateway()
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger(RealtimeGateway.name);
  @WebSocketServer() server: EventServer;

  constructor(
    private readonly tokens: TokenIssuer,
    private readonly policy: AccessPolicy,
    private readonly roomSources: SocketRoomSources,
    private readonly sessions: Sessions,
    private readonly publisher: RealtimePublisher,
  ) {}

  afterInit(server: EventServer) {
    this.publisher.deliverThrough(server);
    server.use(authenticateSockets(this.tokens));
    // Every node hears of an ended session (logout, or a leaked refresh token) and closes its own sockets of it.
    this.sessions.onEnded((sessionId) => server.local.in(rooms.session(sessionId)).disconnectSockets(true));
  }

  async handleConnection(socket: EventSocket) {
    const { userId, sessionId } = socketUser(socket);
    try {
      const clusterIds = await this.policy.clusterIdsOf(userId);
      const extra = await this.roomSources.roomsOf(userId);
      await socket.join([rooms.user(userId), rooms.session(sessionId), ...clusterIds.map(rooms.cluster), ...extra]);
      socket.emit('ready', { userId });
    } catch (e) {
      this.logger.warn(`socket setup failed: ${(e as Error).message}`);
      socket.disconnect(true);
    }
  }
}
