/** Socket.IO room names; the gateway joins them and publishers emit to them. */
export const rooms = {
  user: (userId: string) => `user:${userId}`,
  channel: (channelId: string) => `channel:${channelId}`,
  cluster: (clusterId: string) => `cluster:${clusterId}`,
  /** The sockets of one login, dropped when it logs out. */
  session: (sessionId: string) => `session:${sessionId}`,
};

/** The adapter and the emitter must agree on this key, or events never cross nodes. */
export const socketIoKey = (redisPrefix: string) => `${redisPrefix}socket.io`;

/** Without Redis, Socket.IO events too big for a NOTIFY wait in this (unlogged) table for the nodes to read. */
export const SOCKET_IO_ATTACHMENTS = 'socket_io_attachments';
