import { io, Socket } from 'socket.io-client';
import { api } from './api';

let socket: Socket | null = null;

/** One socket per signed-in tab; it reconnects by itself, and callers resync by seq on `connect`. */
export function getSocket(): Socket {
  if (!socket) {
    socket = io({ auth: (cb) => cb({ token: api.accessToken }), transports: ['websocket'], reconnectionDelay: 500, reconnectionDelayMax: 5000 });
  }
  return socket;
}

export function closeSocket() {
  socket?.disconnect();
  socket = null;
}
