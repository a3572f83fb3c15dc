#!/usr/bin/env node
// Baseline 1: a bare Socket.IO relay (no auth, no database). What the transport alone costs on this
// machine with the same clients as Hamkar's api: the floor under any chat server built on it.
const { startRelay } = require('../lib/relay-server');

startRelay().catch((e) => {
  console.error(e);
  process.exit(1);
});
