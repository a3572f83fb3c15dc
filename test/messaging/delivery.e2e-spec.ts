import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { Actor, aCluster, eventually } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';

interface Delivered {
  id: string;
  channelId: string;
  seq: number;
}

describe('message delivery', () => {
  let p: Platform;
  beforeAll(async () => (p = await startPlatform({ worker: false })));
  afterAll(() => p.close());

  it('delivers every message of 20 concurrent senders in 5 channels to every member exactly once, in seq order', async () => {
    const cluster = await aCluster(p);
    const people: Actor[] = await Promise.all(Array.from({ length: 20 }, () => cluster.withMember('member', { organization: false })));
    const channels: Array<{ id: string }> = [];
    for (let c = 0; c < 5; c++)
      channels.push(
        (
          await p.http
            .as(cluster.admin)
            .post(`/clusters/${cluster.id}/channels`, { name: `load-${c}-${randomUUID().slice(0, 4)}`, kind: 'public' })
        ).body,
      );
    // Person i is in channel i % 5: four members a channel.
    const home = (i: number) => channels[i % 5].id;
    await Promise.all(people.map((who, i) => p.http.as(who).post(`/channels/${home(i)}/join`)));
    const sockets: Socket[] = await Promise.all(people.map((who) => p.socket(who.token)));
    const received: Delivered[][] = people.map(() => []);
    sockets.forEach((s, i) => s.on('message:new', (m: Delivered) => received[i].push(m)));

    const perSender = 10;
    await Promise.all(
      sockets.map((s, i) =>
        (async () => {
          for (let k = 0; k < perSender; k++) {
            const ack = await s
              .timeout(10_000)
              .emitWithAck('message:send', { channelId: home(i), body: `m ${i}.${k}`, clientMessageId: randomUUID() });
            expect(ack.ok).toBe(true);
          }
        })(),
      ),
    );

    const perChannel = 4 * perSender;
    await eventually(async () => received.every((r) => r.length >= perChannel));
    for (const [i, got] of received.entries()) {
      expect(got.every((m) => m.channelId === home(i))).toBe(true);
      expect(new Set(got.map((m) => m.id)).size).toBe(got.length);
      expect(got.map((m) => m.seq)).toEqual(Array.from({ length: perChannel }, (_, k) => k + 1));
    }
  });

  it('gives a client that was away while 100 messages were sent all 100 through sync', async () => {
    const cluster = await aCluster(p);
    const reader = await cluster.withMember('member', { organization: false });
    const channel = (await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name: 'busy', kind: 'public' })).body;
    await p.http.as(reader).post(`/channels/${channel.id}/join`);
    const socket = await p.socket(reader.token);
    socket.disconnect();
    for (let k = 0; k < 100; k++)
      await p.http.as(cluster.admin).post(`/channels/${channel.id}/messages`, { body: `while away ${k}`, clientMessageId: randomUUID() });
    const back = await p.socket(reader.token);
    const res = await back.timeout(10_000).emitWithAck('sync', { channels: [{ channelId: channel.id, afterSeq: 0 }] });
    expect(res.ok).toBe(true);
    expect(res.messages.map((m: Delivered) => m.seq)).toEqual(Array.from({ length: 100 }, (_, k) => k + 1));
  });

  it('stores one message when a send is retried 5 times with the same clientMessageId', async () => {
    const cluster = await aCluster(p);
    const channel = (await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name: 'retries', kind: 'public' })).body;
    const socket = await p.socket(cluster.admin.token);
    const clientMessageId = randomUUID();
    const acks = await Promise.all(
      Array.from({ length: 5 }, () =>
        socket.timeout(10_000).emitWithAck('message:send', { channelId: channel.id, body: 'flaky network', clientMessageId }),
      ),
    );
    expect(new Set(acks.map((a) => a.message.id)).size).toBe(1);
    const { rows } = await p.db.query(`SELECT count(*)::int AS n FROM messages WHERE channel_id = $1`, [channel.id]);
    expect(rows[0].n).toBe(1);
  });
});
