import { SubscribeMessage } from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import type { ClientEventName, ClientToServerEvents, ServerToClientEvents } from '@hamkar/realtime';

// The api's sockets, typed by the shared event map (libs/realtime/src/events.ts): the server hands
// Socket.IO Dates, which JSON turns into the strings the web client's side of the map names.
export type EventServer = Server<ClientToServerEvents<Date>, ServerToClientEvents<Date>>;
export type EventSocket = Socket<ClientToServerEvents<Date>, ServerToClientEvents<Date>>;

/** `@SubscribeMessage` for an event of the map: a handler for an event no client sends does not compile. */
export const OnClientEvent = (event: ClientEventName) => SubscribeMessage(event);
