import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { aCluster, Actor, ClusterFixture, eventually } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { emit, nextEvent } from '../support/sockets';

/** Collects every `message:new` a socket sees, by channel. */
const inbox = (socket: Socket) => {
  const byChannel = new Map<string, number[]>();
  socket.on('message:new', (m: { channelId: string; seq: number }) =>
    byChannel.set(m.channelId, [...(byChannel.get(m.channelId) ?? []), m.seq]),
  );
  return byChannel;
};

describe('live chat under load and across reconnects', () => {
  let p: Platform;
  let cluster: ClusterFixture;
  beforeAll(async () => {
    p = await startPlatform();
    cluster = await aCluster(p);
  });
  afterAll(() => p.close());

  const aChannel = async (kind: 'public' | 'private' = 'public', owner: Actor = cluster.admin) =>
    (await p.http.as(owner).post(`/clusters/${cluster.id}/channels`, { name: `ch-${randomUUID().slice(0, 8)}`, kind })).body;

  it('delivers every message of 5 channels exactly once and in seq order to 20 concurrent clients', async () => {
    const people = await Promise.all(Array.from({ length: 20 }, () => cluster.withMember('member')));
    const channels = await Promise.all(Array.from({ length: 5 }, () => aChannel()));
    const channelOf = (i: number) => channels[i % 5];
    for (const [i, who] of people.entries()) await p.http.as(who).post(`/channels/${channelOf(i).id}/join`);
    const sockets = await Promise.all(people.map((who) => p.socket(who.token)));
    const inboxes = sockets.map(inbox);

    const perPerson = 5;
    const acks = await Promise.all(
      sockets.flatMap((s, i) =>
        Array.from({ length: perPerson }, (_, k) =>
          emit(s, 'message:send', { channelId: channelOf(i).id, body: `from ${i} #${k}`, clientMessageId: randomUUID() }),
        ),
      ),
    );
    expect(acks.every((a) => a.ok)).toBe(true);

    const expected = Array.from({ length: 4 * perPerson }, (_, k) => k + 1); // 4 senders per channel
    await eventually(async () => inboxes.every((box, i) => (box.get(channelOf(i).id)?.length ?? 0) >= expected.length));
    inboxes.forEach((box, i) => {
      expect(box.get(channelOf(i).id)).toEqual(expected);
      expect([...box.keys()]).toEqual([channelOf(i).id]);
    });
  });

  it('gives a client that was away for 100 messages all of them through sync', async () => {
    const reader = await cluster.withMember('member');
    const channel = await aChannel();
    await p.http.as(reader).post(`/channels/${channel.id}/join`);
    const socket = await p.socket(reader.token);
    socket.disconnect();
    for (let i = 1; i <= 100; i++)
      await p.http.as(cluster.admin).post(`/channels/${channel.id}/messages`, { body: `update ${i}`, clientMessageId: randomUUID() });
    const back = await p.socket(reader.token);
    const res = await emit(back, 'sync', { channels: [{ channelId: channel.id, afterSeq: 0 }] });
    expect(res.messages.map((m: { seq: number }) => m.seq)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
  });

  it('stores one message however often a flaky socket retries the same send', async () => {
    const channel = await aChannel();
    const socket = await p.socket(cluster.admin.token);
    const clientMessageId = randomUUID();
    const acks = await Promise.all(
      Array.from({ length: 5 }, () => emit(socket, 'message:send', { channelId: channel.id, body: 'once only', clientMessageId })),
    );
    expect(new Set(acks.map((a) => a.message.id)).size).toBe(1);
    const { rows } = await p.db.query(`SELECT count(*)::int AS n FROM messages WHERE channel_id = $1`, [channel.id]);
    expect(rows[0].n).toBe(1);
  });

  it('slows down a socket that floods a channel with 429 acks, storing only what it accepted', async () => {
    const channel = await aChannel();
    const socket = await p.socket(cluster.admin.token);
    const acks = await Promise.all(
      Array.from({ length: 45 }, (_, i) =>
        emit(socket, 'message:send', { channelId: channel.id, body: `spam ${i}`, clientMessageId: randomUUID() }),
      ),
    );
    const refused = acks.filter((a) => !a.ok);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0].error.status).toBe(429);
    const { rows } = await p.db.query(`SELECT count(*)::int AS n FROM messages WHERE channel_id = $1`, [channel.id]);
    expect(rows[0].n).toBe(acks.length - refused.length);
  });

  it('moves a connected socket into a channel it joins and out of one it leaves', async () => {
    const member = await cluster.withMember('member');
    const channel = await aChannel();
    const socket = await p.socket(member.token);
    await p.http.as(member).post(`/channels/${channel.id}/join`);
    const first = nextEvent(socket, 'message:new', (m) => m.channelId === channel.id);
    await eventually(async () => {
      await p.http.as(cluster.admin).post(`/channels/${channel.id}/messages`, { body: 'welcome', clientMessageId: randomUUID() });
      return Promise.race([first, new Promise((r) => setTimeout(() => r(false), 200))]);
    });
    expect((await p.http.as(member).post(`/channels/${channel.id}/leave`)).status).toBe(204);
    const seen: number[] = [];
    socket.on('message:new', (m: { channelId: string; seq: number }) => m.channelId === channel.id && seen.push(m.seq));
    const probe = await p.socket(cluster.admin.token);
    const lastWord = nextEvent(probe, 'message:new', (m) => m.body === 'after you left');
    await p.http.as(cluster.admin).post(`/channels/${channel.id}/messages`, { body: 'after you left', clientMessageId: randomUUID() });
    await lastWord;
    expect(seen).toEqual([]);
  });

  it('refuses typing and read markers on a private channel the socket is not in', async () => {
    const channel = await aChannel('private');
    const outsider = await cluster.withMember('member');
    const socket = await p.socket(outsider.token);
    expect(await emit(socket, 'typing', { channelId: channel.id })).toEqual({ ok: false, error: expect.objectContaining({ status: 404 }) });
    expect(await emit(socket, 'channel:read', { channelId: channel.id, seq: 1 })).toEqual({
      ok: false,
      error: expect.objectContaining({ status: 404 }),
    });
    expect(await emit(socket, 'message:send', { channelId: 'nope', body: 'x', clientMessageId: 'c' })).toEqual({
      ok: false,
      error: expect.objectContaining({ status: 400 }),
    });
  });

  it('shows typing to the other members of the channel', async () => {
    const member = await cluster.withMember('member');
    const channel = await aChannel();
    await p.http.as(member).post(`/channels/${channel.id}/join`);
    const [adminSocket, memberSocket] = await Promise.all([p.socket(cluster.admin.token), p.socket(member.token)]);
    const typing = nextEvent(adminSocket, 'typing', (t) => t.channelId === channel.id);
    expect((await emit(memberSocket, 'typing', { channelId: channel.id })).ok).toBe(true);
    expect(await typing).toEqual({ channelId: channel.id, userId: member.id });
  });

  it('announces presence to the people sharing a channel when a member comes online and goes offline', async () => {
    const member = await cluster.withMember('member');
    const channel = await aChannel();
    await p.http.as(member).post(`/channels/${channel.id}/join`);
    const watcher = await p.socket(cluster.admin.token);
    const online = nextEvent(watcher, 'presence', (e) => e.userId === member.id && e.status === 'online');
    const socket = await p.socket(member.token);
    await online;
    expect((await emit(watcher, 'presence', { userIds: [member.id] })).presence).toEqual([{ userId: member.id, status: 'online' }]);
    const offline = nextEvent(watcher, 'presence', (e) => e.userId === member.id && e.status === 'offline');
    socket.disconnect();
    await offline;
  });

  it('notifies every member for @channel and counts it as their mention', async () => {
    const reader = await cluster.withMember('member');
    const channel = await aChannel();
    await p.http.as(reader).post(`/channels/${channel.id}/join`);
    const sent = await p.http
      .as(cluster.admin)
      .post(`/channels/${channel.id}/messages`, { body: '@channel the truck leaves at 9', clientMessageId: randomUUID() });
    expect(sent.body.mentions).toEqual([reader.id]);
    const listed = (await p.http.as(reader).get(`/clusters/${cluster.id}/channels`)).body.items.find(
      (c: { id: string }) => c.id === channel.id,
    );
    expect(listed).toMatchObject({ unreadCount: 1, mentionCount: 1 });
    await eventually(async () =>
      (await p.http.as(reader).get('/notifications')).body.items.find(
        (n: { data?: { messageId?: string } }) => n.data?.messageId === sent.body.id,
      ),
    );
  });

  it('keeps an archived channel readable but refuses new messages with 409', async () => {
    const channel = await aChannel();
    await p.http.as(cluster.admin).post(`/channels/${channel.id}/messages`, { body: 'last words', clientMessageId: randomUUID() });
    const member = await cluster.withMember('member');
    await p.http.as(member).post(`/channels/${channel.id}/join`);
    expect((await p.http.as(member).patch(`/channels/${channel.id}`, { archived: true })).status).toBe(403);
    expect((await p.http.as(member).patch(`/channels/${channel.id}`, { topic: 'wool prices' })).body).toMatchObject({
      topic: 'wool prices',
    });
    expect((await p.http.as(cluster.admin).patch(`/channels/${channel.id}`, { archived: true })).body).toMatchObject({
      archivedAt: expect.any(String),
    });
    expect(
      (await p.http.as(member).post(`/channels/${channel.id}/messages`, { body: 'hello?', clientMessageId: randomUUID() })).status,
    ).toBe(409);
    expect((await p.http.as(member).get(`/channels/${channel.id}/messages`)).body.items.map((m: { body: string }) => m.body)).toEqual([
      'last words',
    ]);
  });

  it('attaches an uploaded file to a message, and refuses a file from elsewhere', async () => {
    const channel = await aChannel();
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('%PDF-1.4 quote')], { type: 'application/pdf' }), 'quote.pdf');
    const file = (await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/files`, form)).body;
    const sent = await p.http
      .as(cluster.admin)
      .post(`/channels/${channel.id}/messages`, { body: 'the quote', clientMessageId: randomUUID(), attachmentIds: [file.id] });
    expect(sent.status).toBe(201);
    expect(sent.body.attachments).toEqual([expect.objectContaining({ id: file.id, name: 'quote.pdf', mime: 'application/pdf' })]);
    expect(
      (
        await p.http
          .as(cluster.admin)
          .post(`/channels/${channel.id}/messages`, { body: 'forged', clientMessageId: randomUUID(), attachmentIds: [randomUUID()] })
      ).status,
    ).toBe(404);
  });
});
