import { randomUUID } from 'node:crypto';
import { aCluster, Actor, ClusterFixture, eventually } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { emit } from '../support/sockets';

const problem = (status: number, code: string) => expect.objectContaining({ status, code });

describe('a file sent on its own, with no text', () => {
  let p: Platform;
  let cluster: ClusterFixture;
  let sender: Actor;
  let reader: Actor;
  let channelId: string;

  beforeAll(async () => {
    p = await startPlatform();
    cluster = await aCluster(p);
    sender = await cluster.withMember('member');
    reader = await cluster.withMember('member');
    channelId = (
      await p.http.as(sender).post(`/clusters/${cluster.id}/channels`, { name: `files-${randomUUID().slice(0, 6)}`, kind: 'public' })
    ).body.id;
    await p.http.as(reader).post(`/channels/${channelId}/join`);
  });
  afterAll(() => p.close());

  const upload = async (who: Actor, name: string, content: string, type = 'application/pdf') => {
    const form = new FormData();
    form.append('file', new Blob([Buffer.from(content)], { type }), name);
    return (await p.http.as(who).post(`/clusters/${cluster.id}/files`, form)).body as { id: string };
  };
  const count = async () =>
    (await p.db.query(`SELECT count(*)::int AS n FROM messages WHERE channel_id = $1`, [channelId])).rows[0].n as number;

  it('goes over HTTP with no body at all, and another member sees it and downloads the file', async () => {
    const file = await upload(sender, 'فاکتور.pdf', '%PDF-1.4 invoice 42');
    const sent = await p.http
      .as(sender)
      .post(`/channels/${channelId}/messages`, { clientMessageId: randomUUID(), attachmentIds: [file.id] });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({
      body: '',
      attachments: [expect.objectContaining({ id: file.id, name: 'فاکتور.pdf', mime: 'application/pdf' })],
    });

    const history = await p.http.as(reader).get(`/channels/${channelId}/messages`);
    expect(history.body.items.find((m: { id: string }) => m.id === sent.body.id)).toMatchObject({
      body: '',
      attachments: [expect.objectContaining({ id: file.id })],
    });
    const download = await p.http.as(reader).get(`/files/${file.id}`);
    expect(download.status).toBe(200);
    expect(download.body).toBe('%PDF-1.4 invoice 42');
  });

  it('goes over a socket with a blank body, stored as no text', async () => {
    const file = await upload(sender, 'price-list.pdf', '%PDF-1.4 prices');
    const socket = await p.socket(sender.token);
    const ack = await emit(socket, 'message:send', { channelId, body: '  \n ', clientMessageId: randomUUID(), attachmentIds: [file.id] });
    expect(ack).toMatchObject({
      ok: true,
      message: { body: '', attachments: [expect.objectContaining({ id: file.id, name: 'price-list.pdf' })] },
    });
  });

  it('refuses a message with neither text nor file, both ways, with the same code, storing nothing', async () => {
    const before = await count();
    const http = await p.http.as(sender).post(`/channels/${channelId}/messages`, { body: '   ', clientMessageId: randomUUID() });
    const bare = await p.http.as(sender).post(`/channels/${channelId}/messages`, { clientMessageId: randomUUID(), attachmentIds: [] });
    const socket = await p.socket(sender.token);
    const ack = await emit(socket, 'message:send', { channelId, clientMessageId: randomUUID() });

    expect(http.status).toBe(400);
    expect(http.body).toEqual(problem(400, 'message.empty'));
    expect(http.body.errors).toEqual([expect.objectContaining({ field: 'body', code: 'input.required' })]);
    expect(bare.body).toEqual(problem(400, 'message.empty'));
    expect(ack).toEqual({ ok: false, error: expect.objectContaining({ status: 400, code: 'message.empty', errors: http.body.errors }) });
    expect(await count()).toBe(before);
  });

  it("still refuses a file that is not the sender's, sent on its own", async () => {
    const theirs = await upload(reader, 'theirs.pdf', '%PDF-1.4 not yours');
    const sent = await p.http
      .as(sender)
      .post(`/channels/${channelId}/messages`, { clientMessageId: randomUUID(), attachmentIds: [theirs.id] });
    expect(sent.status).toBe(404);
  });

  it('tells the other person in a direct conversation which file came, by its name', async () => {
    const direct = (await p.http.as(sender).post(`/clusters/${cluster.id}/direct`, { userIds: [reader.id] })).body;
    const file = await upload(sender, 'نمونه-رنگ.pdf', '%PDF-1.4 colours');
    await p.http.as(sender).post(`/channels/${direct.id}/messages`, { clientMessageId: randomUUID(), attachmentIds: [file.id] });
    const note = await eventually(async () => {
      const inbox = await p.http.as(reader).get('/notifications');
      return inbox.body.items.find(
        (n: { kind: string; data: { channelId: string } }) => n.kind === 'direct-message' && n.data.channelId === direct.id,
      );
    });
    expect(note.body).toBe('نمونه-رنگ.pdf');
  });
});
