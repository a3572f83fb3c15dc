import { randomUUID } from 'node:crypto';
import { aCluster, aUser, ClusterFixture, eventually } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { emit, nextEvent } from '../support/sockets';

describe('cluster chat', () => {
  let p: Platform;
  let cluster: ClusterFixture;
  beforeAll(async () => {
    p = await startPlatform();
    cluster = await aCluster(p);
  });
  afterAll(() => p.close());

  const aChannel = async (kind: 'public' | 'private' = 'public') =>
    (
      await p.http
        .as(cluster.admin)
        .post(`/clusters/${cluster.id}/channels`, { name: `ch-${randomUUID().slice(0, 6)}`, kind, topic: 'wool' })
    ).body;

  it('delivers a message sent over a socket to another member live, with the next seq', async () => {
    const ali = await cluster.withMember('member', { displayName: 'Ali' });
    const channel = await aChannel();
    await p.http.as(ali).post(`/channels/${channel.id}/join`);
    const [adminSocket, aliSocket] = await Promise.all([p.socket(cluster.admin.token), p.socket(ali.token)]);
    const received = nextEvent(aliSocket, 'message:new', (m) => m.channelId === channel.id);
    const ack = await emit(adminSocket, 'message:send', { channelId: channel.id, body: 'سلام دوستان', clientMessageId: randomUUID() });
    expect(ack).toMatchObject({ ok: true, message: { seq: 1, body: 'سلام دوستان', authorId: cluster.admin.id } });
    expect(await received).toMatchObject({ id: ack.message.id, seq: 1 });
  });

  it('reaches a socket connected to another api node', async () => {
    const other = await p.anotherApi();
    const channel = await aChannel();
    const far = await other.socket(cluster.admin.token);
    const arrived = nextEvent(far, 'message:new', (m) => m.channelId === channel.id);
    const sent = await p.http
      .as(cluster.admin)
      .post(`/channels/${channel.id}/messages`, { body: 'across nodes', clientMessageId: randomUUID() });
    expect(sent.status).toBe(201);
    expect((await arrived).id).toBe(sent.body.id);
  });

  it('gives 50 concurrent messages the seqs 1..50 with no gap and no repeat', async () => {
    const channel = await aChannel();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        p.http.as(cluster.admin).post(`/channels/${channel.id}/messages`, { body: `پیام ${i}`, clientMessageId: randomUUID() }),
      ),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    expect(results.map((r) => r.body.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it('answers a repeated clientMessageId with the same message, never a second one', async () => {
    const channel = await aChannel();
    const clientMessageId = randomUUID();
    const first = await p.http.as(cluster.admin).post(`/channels/${channel.id}/messages`, { body: 'once', clientMessageId });
    const again = await Promise.all(
      [1, 2, 3].map(() => p.http.as(cluster.admin).post(`/channels/${channel.id}/messages`, { body: 'once', clientMessageId })),
    );
    expect(first.status).toBe(201);
    expect(again.map((r) => [r.status, r.body.id])).toEqual([
      [200, first.body.id],
      [200, first.body.id],
      [200, first.body.id],
    ]);
    const { rows } = await p.db.query(`SELECT count(*)::int AS n FROM messages WHERE channel_id = $1`, [channel.id]);
    expect(rows[0].n).toBe(1);
  });

  it('lets a client that reconnects fetch everything it missed with sync', async () => {
    const channel = await aChannel();
    const socket = await p.socket(cluster.admin.token);
    await emit(socket, 'message:send', { channelId: channel.id, body: 'before the tunnel', clientMessageId: randomUUID() });
    socket.disconnect();
    for (const body of ['missed one', 'missed two'])
      await p.http.as(cluster.admin).post(`/channels/${channel.id}/messages`, { body, clientMessageId: randomUUID() });
    const back = await p.socket(cluster.admin.token);
    const res = await emit(back, 'sync', { channels: [{ channelId: channel.id, afterSeq: 1 }] });
    expect(res.ok).toBe(true);
    expect(res.messages.map((m: { seq: number; body: string }) => [m.seq, m.body])).toEqual([
      [2, 'missed one'],
      [3, 'missed two'],
    ]);
  });

  it('refuses a socket without a valid token with "unauthorized"', async () => {
    await expect(p.socket('not-a-token')).rejects.toThrow('unauthorized');
  });

  it('hides a private channel from cluster members outside it, over HTTP and sockets', async () => {
    const channel = await aChannel('private');
    const outsider = await cluster.withMember('member');
    const stranger = await aUser(p);
    for (const who of [outsider, stranger]) {
      expect((await p.http.as(who).get(`/channels/${channel.id}/messages`)).status).toBe(404);
      expect((await p.http.as(who).post(`/channels/${channel.id}/messages`, { body: 'hi', clientMessageId: randomUUID() })).status).toBe(
        404,
      );
      expect((await p.http.as(who).post(`/channels/${channel.id}/join`)).status).toBe(404);
    }
    const socket = await p.socket(outsider.token);
    const ack = await emit(socket, 'message:send', { channelId: channel.id, body: 'let me in', clientMessageId: randomUUID() });
    expect(ack).toEqual({ ok: false, error: expect.objectContaining({ status: 404 }) });
    const synced = await emit(socket, 'sync', { channels: [{ channelId: channel.id, afterSeq: 0 }] });
    expect(synced.ok).toBe(false);
  });

  it('validates the body: empty after trimming or over 8000 characters is a 400', async () => {
    const channel = await aChannel();
    expect(
      (await p.http.as(cluster.admin).post(`/channels/${channel.id}/messages`, { body: '   ', clientMessageId: randomUUID() })).status,
    ).toBe(400);
    expect(
      (await p.http.as(cluster.admin).post(`/channels/${channel.id}/messages`, { body: 'x'.repeat(8001), clientMessageId: randomUUID() }))
        .status,
    ).toBe(400);
    expect((await p.http.as(cluster.admin).post(`/channels/${channel.id}/messages`, { body: 'ok' })).status).toBe(400);
  });

  it('pages history newest first with before, oldest first with after', async () => {
    const channel = await aChannel();
    for (let i = 1; i <= 5; i++)
      await p.http.as(cluster.admin).post(`/channels/${channel.id}/messages`, { body: `m${i}`, clientMessageId: randomUUID() });
    const newest = await p.http.as(cluster.admin).get(`/channels/${channel.id}/messages?limit=2`);
    expect(newest.body.items.map((m: { seq: number }) => m.seq)).toEqual([5, 4]);
    const older = await p.http.as(cluster.admin).get(`/channels/${channel.id}/messages?before=4&limit=2`);
    expect(older.body.items.map((m: { seq: number }) => m.seq)).toEqual([3, 2]);
    const after = await p.http.as(cluster.admin).get(`/channels/${channel.id}/messages?after=3`);
    expect(after.body.items.map((m: { seq: number }) => m.seq)).toEqual([4, 5]);
  });

  it('keeps threads, reactions, edits and soft deletes', async () => {
    const member = await cluster.withMember('member');
    const channel = await aChannel();
    const root = (
      await p.http.as(cluster.admin).post(`/channels/${channel.id}/messages`, { body: 'who needs dye?', clientMessageId: randomUUID() })
    ).body;
    await p.http
      .as(member)
      .post(`/channels/${channel.id}/messages`, { body: 'me, 200 kg', clientMessageId: randomUUID(), threadRootId: root.id });
    const replies = await p.http.as(cluster.admin).get(`/messages/${root.id}/replies`);
    expect(replies.body.items.map((m: { body: string }) => m.body)).toEqual(['me, 200 kg']);
    const listed = await p.http.as(cluster.admin).get(`/channels/${channel.id}/messages`);
    expect(listed.body.items[0]).toMatchObject({ id: root.id, replyCount: 1 });

    const reacted = await p.http.as(member).put(`/messages/${root.id}/reactions/${encodeURIComponent('👍')}`);
    expect(reacted.body.reactions).toEqual([{ emoji: '👍', count: 1, me: true }]);
    expect((await p.http.as(member).patch(`/messages/${root.id}`, { body: 'not mine' })).status).toBe(403);
    expect((await p.http.as(cluster.admin).patch(`/messages/${root.id}`, { body: 'who needs madder dye?' })).body).toMatchObject({
      body: 'who needs madder dye?',
      editedAt: expect.any(String),
    });
    expect((await p.http.as(member).delete(`/messages/${root.id}`)).status).toBe(403);
    expect((await p.http.as(cluster.admin).delete(`/messages/${root.id}`)).status).toBe(204);
    const after = await p.http.as(member).get(`/channels/${channel.id}/messages`);
    expect(after.body.items[0]).toMatchObject({ id: root.id, body: '', deletedAt: expect.any(String) });
  });

  it('counts unread messages and mentions until the reader marks them read, and notifies the mentioned', async () => {
    const reader = await cluster.withMember('member');
    const channel = await aChannel();
    await p.http.as(reader).post(`/channels/${channel.id}/join`);
    await p.http.as(cluster.admin).post(`/channels/${channel.id}/messages`, { body: 'plain', clientMessageId: randomUUID() });
    const mention = await p.http
      .as(cluster.admin)
      .post(`/channels/${channel.id}/messages`, { body: `<@${reader.id}> can you check the wool price?`, clientMessageId: randomUUID() });
    expect(mention.body.mentions).toEqual([reader.id]);
    const before = (await p.http.as(reader).get(`/clusters/${cluster.id}/channels`)).body.items.find(
      (c: { id: string }) => c.id === channel.id,
    );
    expect(before).toMatchObject({ unreadCount: 2, mentionCount: 1, lastSeq: 2 });
    expect((await p.http.as(reader).post(`/channels/${channel.id}/read`, { seq: 2 })).status).toBe(204);
    const after = (await p.http.as(reader).get(`/clusters/${cluster.id}/channels`)).body.items.find(
      (c: { id: string }) => c.id === channel.id,
    );
    expect(after).toMatchObject({ unreadCount: 0, mentionCount: 0 });
    const notes = await eventually(async () => {
      const res = await p.http.as(reader).get('/notifications?unread=true');
      return res.body.items.find((n: { kind: string }) => n.kind === 'mention');
    });
    expect(notes.data.messageId).toBe(mention.body.id);
  });

  it('returns the same direct channel for the same people', async () => {
    const a = await cluster.withMember('member');
    const b = await cluster.withMember('supplier');
    const first = await p.http.as(a).post(`/clusters/${cluster.id}/direct`, { userIds: [b.id] });
    const second = await p.http.as(b).post(`/clusters/${cluster.id}/direct`, { userIds: [a.id] });
    expect(first.body.kind).toBe('direct');
    expect(second.body.id).toBe(first.body.id);
    const stranger = await aUser(p);
    expect((await p.http.as(a).post(`/clusters/${cluster.id}/direct`, { userIds: [stranger.id] })).status).toBe(404);
  });
});

describe('search and files', () => {
  let p: Platform;
  let cluster: ClusterFixture;
  beforeAll(async () => {
    p = await startPlatform({ worker: false, env: { MAX_UPLOAD_BYTES: '1024' } });
    cluster = await aCluster(p);
  });
  afterAll(() => p.close());

  it('finds Persian and Azerbaijani text whatever the spelling variant, and only where the caller may read', async () => {
    const open = (await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name: 'general', kind: 'public' })).body;
    const secret = (await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name: 'board', kind: 'private' })).body;
    await p.http
      .as(cluster.admin)
      .post(`/channels/${open.id}/messages`, { body: 'قیمت پشم‌ها ۱۲۰ هزار است', clientMessageId: randomUUID() });
    await p.http.as(cluster.admin).post(`/channels/${open.id}/messages`, { body: 'İplik qiyməti artıb', clientMessageId: randomUUID() });
    await p.http.as(cluster.admin).post(`/channels/${secret.id}/messages`, { body: 'پشم محرمانه', clientMessageId: randomUUID() });
    await p.http.as(cluster.admin).post(`/channels/${open.id}/messages`, { body: 'کیفیت نخ خوب است', clientMessageId: randomUUID() });
    const member = await cluster.withMember('member');

    const search = async (q: string) =>
      (await p.http.as(member).get(`/clusters/${cluster.id}/search?q=${encodeURIComponent(q)}`)).body.items.map(
        (m: { body: string }) => m.body,
      );
    expect(await search('پشمها')).toEqual(['قیمت پشم‌ها ۱۲۰ هزار است']);
    expect(await search('قيمت')).toEqual(['قیمت پشم‌ها ۱۲۰ هزار است']);
    expect(await search('120')).toEqual(['قیمت پشم‌ها ۱۲۰ هزار است']);
    expect(await search('١٢٠')).toEqual(['قیمت پشم‌ها ۱۲۰ هزار است']);
    expect(await search('پشم‌ها')).toEqual(['قیمت پشم‌ها ۱۲۰ هزار است']);
    expect(await search('كيفيت')).toEqual(['کیفیت نخ خوب است']);
    expect(await search('IPLİK')).toEqual(['İplik qiyməti artıb']);
    expect(await search('qiymeti')).toEqual(['İplik qiyməti artıb']);
    expect(await search('iplik')).toEqual(['İplik qiyməti artıb']);
    expect(await search('IPLIK QIYMƏTI')).toEqual(['İplik qiyməti artıb']);
    expect(await search('iplik qiym')).toEqual(['İplik qiyməti artıb']); // still typing the last word
    expect(await search('qiymti')).toEqual(['İplik qiyməti artıb']); // a typo
    expect(await search('محرمانه')).toEqual([]);
    const outsider = await aUser(p);
    expect((await p.http.as(outsider).get(`/clusters/${cluster.id}/search?q=pashm`)).status).toBe(404);
  });

  it('finds a word used only long ago, behind thousands of newer messages, through the search index', async () => {
    const channel = (
      await p.http
        .as(cluster.admin)
        .post(`/clusters/${cluster.id}/channels`, { name: `archive-${randomUUID().slice(0, 6)}`, kind: 'public' })
    ).body;
    await p.http
      .as(cluster.admin)
      .post(`/channels/${channel.id}/messages`, { body: 'kala4242 sample shipped', clientMessageId: randomUUID() });
    // More newer messages than search's first walk over the newest reads, as a long-lived channel has.
    await p.db.query(
      `INSERT INTO messages (channel_id, seq, author_id, body, search_text, client_message_id, created_at)
         SELECT $1::uuid, 1 + i, $2::uuid, 'wool ' || i, 'wool ' || i, $1::text || '-' || i, now() + i * interval '1 ms' FROM generate_series(1, 6000) i`,
      [channel.id, cluster.admin.id],
    );
    await p.db.query(`UPDATE channels SET last_seq = 6001 WHERE id = $1`, [channel.id]);
    const search = async (q: string) =>
      (
        await p.http.as(cluster.admin).get(`/clusters/${cluster.id}/search?q=${encodeURIComponent(q)}&channelId=${channel.id}`)
      ).body.items.map((m: { body: string }) => m.body);
    expect(await search('kala4242')).toEqual(['kala4242 sample shipped']);
    expect(await search('KALA42')).toEqual(['kala4242 sample shipped']); // still typing
    // The step that found it is planned on the GIN index whatever the planner guesses of a prefix's matches.
    const { rows } = await p.db.query(`SELECT proconfig FROM pg_proc WHERE proname = 'messages_matching'`);
    expect(rows).toEqual([{ proconfig: expect.arrayContaining(['enable_seqscan=off', 'enable_indexscan=off']) }]);
  });

  it('lets only the readers of the channel a file was posted in download it', async () => {
    const member = await cluster.withMember('member');
    const colleague = await cluster.withMember('member');
    const room = (
      await p.http.as(member).post(`/clusters/${cluster.id}/channels`, { name: `deal-${randomUUID().slice(0, 6)}`, kind: 'private' })
    ).body;
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('price: 120')], { type: 'text/plain' }), 'offer.txt');
    const file = (await p.http.as(member).post(`/clusters/${cluster.id}/files`, form)).body;
    expect((await p.http.as(colleague).get(`/files/${file.id}`)).status).toBe(404);
    await p.http
      .as(member)
      .post(`/channels/${room.id}/messages`, { body: 'our offer', clientMessageId: randomUUID(), attachmentIds: [file.id] });
    expect((await p.http.as(colleague).get(`/files/${file.id}`)).status).toBe(404);
    await p.http.as(member).post(`/channels/${room.id}/members`, { userId: colleague.id });
    expect((await p.http.as(colleague).get(`/files/${file.id}`)).status).toBe(200);
  });

  it('stores a file for members only, and refuses one over the size limit with 413', async () => {
    const member = await cluster.withMember('member');
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('wool,kg\nmerino,200\n')], { type: 'text/csv' }), 'سفارش.csv');
    const uploaded = await p.http.as(member).post(`/clusters/${cluster.id}/files`, form);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ name: 'سفارش.csv', size: 19, mime: 'text/csv', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const download = await p.http.as(member).get(`/files/${uploaded.body.id}`);
    expect(download.status).toBe(200);
    expect(download.body).toBe('wool,kg\nmerino,200\n');
    expect((await p.http.as(await aUser(p)).get(`/files/${uploaded.body.id}`)).status).toBe(404);

    const big = new FormData();
    big.append('file', new Blob([Buffer.alloc(2048)]), 'big.bin');
    const refused = await p.http.as(member).post(`/clusters/${cluster.id}/files`, big);
    expect(refused.status).toBe(413);
  });
});
