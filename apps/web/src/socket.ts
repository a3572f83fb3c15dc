import { io, Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../libs/realtime/src/events';
import { api } from './api';

/**
 * The socket typed by the event map the server emits with (libs/realtime/src/events.ts, types only):
 * listening for an event the server never sends, or sending one it does not take, does not compile.
 */
export type HamkarSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: HamkarSocket | null = null;

/** One socket per signed-in tab; it reconnects by itself, and callers resync by seq on `connect`. */
export function getSocket(): HamkarSocket {
  if (!socket) {
    socket = io({
      auth: (cb) => cb({ token: api.accessToken }),
      transports: ['websocket'],
      reconnectionDelay: 500,
      reconnectionDelayMax: 5000,
    });
  }
  return socket;
}

export function closeSocket() {
  socket?.disconnect();
  socket = null;
}
