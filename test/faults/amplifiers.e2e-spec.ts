import { randomUUID } from 'node:crypto';
import { aCluster, ClusterFixture } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { emit } from '../support/sockets';
import { oneToN, syncAll } from './chat-ledger';

describe('socket events that could amplify load', () => {
  let p: Platform;
  let cluster: ClusterFixture;
  beforeAll(async () => {
    p = await startPlatform({ worker: false });
    cluster = await aCluster(p);
  });
  afterAll(() => p.close());

  /** A public channel already holding `count` messages (written straight to the database: fast). */
  const aChannelWith = async (count: number) => {
    const channel = (
      await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name: `amp-${randomUUID().slice(0, 6)}`, kind: 'public' })
    ).body;
    await p.db.query(
      `INSERT INTO messages (channel_id, seq, author_id, body, search_text, client_message_id)
       SELECT $1, g, $2, 'm ' || g, 'm ' || g, gen_random_uuid()::text FROM generate_series(1, $3::int) g`,
      [channel.id, cluster.admin.id, count],
    );
    await p.db.query(`UPDATE channels SET last_seq = $2 WHERE id = $1`, [channel.id, count]);
    return channel.id as string;
  };

  it('answers a sync naming one channel 100 times with each message once, at most 500 a reply, and says where to continue', async () => {
    const channelId = await aChannelWith(1200);
    const reader = await p.socket((await cluster.withMember('member', { organization: false })).token);

    const first = await emit(reader, 'sync', { channels: Array.from({ length: 100 }, () => ({ channelId, afterSeq: 0 })) });

    expect(first.ok).toBe(true);
    expect(first.messages.map((m: { seq: number }) => m.seq)).toEqual(oneToN(500));
    expect(first).toMatchObject({ hasMore: true, next: [{ channelId, afterSeq: 500 }] });
    expect((await syncAll(reader, channelId)).map((m) => m.seq)).toEqual(oneToN(1200));
  });

  it('pages a sync of several channels in the order they were named, and a client that follows next gets everything', async () => {
    const busy = await aChannelWith(700);
    const quiet = await aChannelWith(3);
    const reader = await p.socket((await cluster.withMember('member', { organization: false })).token);

    const first = await emit(reader, 'sync', {
      channels: [
        { channelId: busy, afterSeq: 100 },
        { channelId: quiet, afterSeq: 0 },
      ],
    });
    expect(first.messages).toHaveLength(500);
    expect(first.next).toEqual([
      { channelId: busy, afterSeq: 600 },
      { channelId: quiet, afterSeq: 0 },
    ]);
    const second = await emit(reader, 'sync', { channels: first.next });
    expect(second.messages.map((m: { channelId: string; seq: number }) => `${m.channelId === busy ? 'busy' : 'quiet'} ${m.seq}`)).toEqual([
      ...Array.from({ length: 100 }, (_, i) => `busy ${601 + i}`),
      'quiet 1',
      'quiet 2',
      'quiet 3',
    ]);
    expect(second).toMatchObject({ hasMore: false, next: [] });
  });

  it('refuses a sync of more than 200 distinct channels with a code, and a channel the caller may not read as not found', async () => {
    const reader = await p.socket((await cluster.withMember('member', { organization: false })).token);
    const tooMany = await emit(reader, 'sync', { channels: Array.from({ length: 201 }, () => ({ channelId: randomUUID(), afterSeq: 0 })) });
    expect(tooMany).toMatchObject({ ok: false, error: { status: 400, code: 'sync.too-many-channels', params: { max: 200 } } });
    const foreign = await emit(reader, 'sync', { channels: [{ channelId: randomUUID(), afterSeq: 0 }] });
    expect(foreign).toMatchObject({ ok: false, error: { status: 404 } });
  });

  it('answers presence for 500 ids at once (others read as offline), refuses 501, and limits how often a user asks', async () => {
    const colleague = await cluster.withMember('member', { organization: false });
    const asker = await cluster.withMember('member', { organization: false });
    const [socket] = await Promise.all([p.socket(asker.token), p.socket(colleague.token)]);
    const ids = [colleague.id, ...Array.from({ length: 499 }, () => randomUUID())];

    const started = Date.now();
    const answer = await emit(socket, 'presence', { userIds: ids });
    // One query, not 500 in a row: generous enough for a busy machine, far below 500 round trips under load.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(answer.ok).toBe(true);
    expect(answer.presence).toHaveLength(500);
    expect(answer.presence[0]).toEqual({ userId: colleague.id, status: 'online' });
    expect(answer.presence.slice(1).every((s: { status: string }) => s.status === 'offline')).toBe(true);

    const over = await emit(socket, 'presence', { userIds: [...ids, randomUUID()] });
    expect(over).toMatchObject({ ok: false, error: { status: 400, code: 'presence.too-many-ids', params: { max: 500 } } });

    // A burst of 10, then 2 a second, for all of the user's sockets together.
    const second = await p.socket(asker.token);
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) => emit(i % 2 ? socket : second, 'presence', { userIds: [colleague.id] })),
    );
    const refused = burst.filter((a) => !a.ok);
    expect(refused.length).toBeGreaterThan(10);
    expect(refused.every((a) => a.error.status === 429 && a.error.code === 'rate.limited')).toBe(true);
  });

  it('limits how often one user syncs, across all of its sockets', async () => {
    const reader = await cluster.withMember('member', { organization: false });
    const channelId = await aChannelWith(1);
    const sockets = await Promise.all([p.socket(reader.token), p.socket(reader.token)]);
    const burst = await Promise.all(
      Array.from({ length: 60 }, (_, i) => emit(sockets[i % 2], 'sync', { channels: [{ channelId, afterSeq: 0 }] })),
    );
    const refused = burst.filter((a) => !a.ok);
    expect(refused.length).toBeGreaterThan(20);
    expect(refused.every((a) => a.error.status === 429)).toBe(true);
  });
});
