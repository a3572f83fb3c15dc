import type { Procurement } from './pages/procurement/types';
import type { HamkarSocket } from './socket';

// What this proves, the compiler proves (`npm run typecheck`): the web client's socket is typed by
// the server's event map, so each `@ts-expect-error` below fails the type check once its line compiles.
function listens(socket: HamkarSocket) {
  socket.on('procurement:updated', (e) => e.status satisfies Procurement['status']);
  socket.on('message:new', (m) => m.createdAt satisfies string);
  // @ts-expect-error the server sends no such event
  socket.on('procurement:changed', () => undefined);
  // @ts-expect-error a message carries no `text`, its words are its `body`
  socket.on('message:new', (m: { text: string }) => m.text);
}

function sends(socket: HamkarSocket) {
  socket.emit('typing', { channelId: 'ch1' });
  const sent = socket.emitWithAck('message:send', { channelId: 'ch1', body: 'salam', clientMessageId: 'm1' });
  void sent.then((ack) => ack.ok && (ack.message.seq satisfies number));
  // @ts-expect-error the server takes no such event
  socket.emit('typing:start', { channelId: 'ch1' });
  // @ts-expect-error a message names its channel
  socket.emit('message:send', { body: 'salam', clientMessageId: 'm1' }, () => undefined);
}

describe('the web socket', () => {
  it('is typed by the server event map (checked by the compiler)', () => {
    expect([listens, sends].map((f) => typeof f)).toEqual(['function', 'function']);
  });
});
