// The baseline relays' common server: a Socket.IO server (the api's version) with no auth and no
// access checks. A client names its channel in the handshake (`auth.channelId`), joins that room and
// gets `ready`; `message:send` is passed to `persist` (none for the bare relay), acked, and emitted to
// the room as `message:new`. Prints `listening <port>` on stdout once it accepts connections.
const http = require('node:http');
const { randomUUID } = require('node:crypto');
const { Server } = require('socket.io');

async function startRelay({
  port = Number(process.env.PORT ?? 0),
  prepareChannel = async () => {},
  persist = async (m) => ({ id: randomUUID(), ...m }),
} = {}) {
  const server = http.createServer((req, res) => {
    res.writeHead(req.url === '/health' ? 200 : 404).end();
  });
  const ioServer = new Server(server, { transports: ['websocket'], serveClient: false });
  ioServer.on('connection', async (socket) => {
    const { channelId } = socket.handshake.auth ?? {};
    if (typeof channelId !== 'string') return socket.disconnect(true);
    await prepareChannel(channelId);
    socket.join(channelId);
    socket.emit('ready');
    socket.on('message:send', async (input, ack) => {
      try {
        if (input?.channelId !== channelId || typeof input.body !== 'string') throw new Error('bad input');
        const message = await persist({ channelId, body: input.body, clientMessageId: input.clientMessageId });
        if (typeof ack === 'function') ack({ ok: true, message });
        ioServer.to(channelId).emit('message:new', message);
      } catch (e) {
        if (typeof ack === 'function') ack({ ok: false, error: { status: 500, title: String(e.message) } });
      }
    });
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  process.stdout.write(`listening ${server.address().port}\n`);
  const stop = () => ioServer.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  return server;
}

module.exports = { startRelay };
