import type { Socket } from 'socket.io-client';

/** Resolves with the next `event` on `socket` whose payload satisfies `match`. */
export const nextEvent = <T = any>(socket: Socket, event: string, match: (p: T) => boolean = () => true) =>
  new Promise<T>((resolve) => {
    const on = (payload: T) => {
      if (!match(payload)) return;
      socket.off(event, on);
      resolve(payload);
    };
    socket.on(event, on);
  });

/** Emits and waits for the server's ack. */
export const emit = <T = any>(socket: Socket, event: string, payload: unknown) =>
  socket.timeout(15_000).emitWithAck(event, payload) as Promise<T>;
