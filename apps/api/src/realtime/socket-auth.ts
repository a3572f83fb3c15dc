import type { Socket } from 'socket.io';
import type { TokenIssuer } from '@hamkar/identity';
import { toProblem } from '@hamkar/common';

export interface SocketUser {
  userId: string;
  /** Logging out of this session disconnects the socket (it sits in the session's room). */
  sessionId: string;
}

export const socketUser = (socket: Pick<Socket, 'data'>): SocketUser => socket.data as SocketUser;

/**
 * Socket.IO middleware: Nest guards never see the handshake, so the access token is checked
 * here, before the connection exists. A refusal reaches the client as `connect_error` "unauthorized",
 * with the problem's code in `data` (`auth.unauthenticated`, or `service.unavailable`: retry, do not sign out).
 */
export function authenticateSockets(tokens: TokenIssuer) {
  return (socket: Socket, next: (err?: Error) => void) => {
    const token = socket.handshake.auth?.token ?? bearer(socket.handshake.headers.authorization);
    tokens
      .verifyAccessToken(typeof token === 'string' ? token : undefined)
      .then((claims) => {
        (socket.data as SocketUser).userId = claims.sub;
        (socket.data as SocketUser).sessionId = claims.sid;
        next();
      })
      .catch((e) => next(Object.assign(new Error('unauthorized'), { data: { code: toProblem(e).code } })));
  };
}

const bearer = (header: string | undefined) => (header?.startsWith('Bearer ') ? header.slice(7) : undefined);
