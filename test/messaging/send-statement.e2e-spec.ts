import { randomUUID } from 'node:crypto';
import { aCluster } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';

// A plain message is stored by one statement that checks, takes the seq and inserts: whatever it
// refuses must leave the channel's seq and rows as they were, so the next message is still next.
describe('sending a message in one statement', () => {
  let p: Platform;
  beforeAll(async () => (p = await startPlatform({ worker: false })));
  afterAll(() => p.close());

  const seqsIn = async (channelId: string) =>
    (await p.db.query(`SELECT seq::int FROM messages WHERE channel_id = $1 ORDER BY seq`, [channelId])).rows.map(
      (r: { seq: number }) => r.seq,
    );
  const lastSeq = async (channelId: string) =>
    Number((await p.db.query(`SELECT last_seq FROM channels WHERE id = $1`, [channelId])).rows[0].last_seq);

  it('takes no seq for a retry, nor for a clientMessageId already used in another channel', async () => {
    const cluster = await aCluster(p);
    const as = p.http.as(cluster.admin);
    const here = (await as.post(`/clusters/${cluster.id}/channels`, { name: `here-${randomUUID().slice(0, 6)}`, kind: 'public' })).body;
    const there = (await as.post(`/clusters/${cluster.id}/channels`, { name: `there-${randomUUID().slice(0, 6)}`, kind: 'public' })).body;
    const clientMessageId = randomUUID();
    const first = await as.post(`/channels/${here.id}/messages`, { body: 'first', clientMessageId });
    expect(first.status).toBe(201);
    const retry = await as.post(`/channels/${here.id}/messages`, { body: 'first', clientMessageId });
    expect(retry.body.id).toBe(first.body.id);
    const elsewhere = await as.post(`/channels/${there.id}/messages`, { body: 'first', clientMessageId });
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body.code).toBe('message.client-id-reused');
    const next = await as.post(`/channels/${here.id}/messages`, { body: 'second', clientMessageId: randomUUID() });
    expect(next.body.seq).toBe(2);
    expect(await seqsIn(here.id)).toEqual([1, 2]);
    expect(await lastSeq(there.id)).toBe(0);
  });

  it('refuses an archived channel, an observer and an outsider without touching the seq', async () => {
    const cluster = await aCluster(p);
    const as = p.http.as(cluster.admin);
    const channel = (await as.post(`/clusters/${cluster.id}/channels`, { name: `quiet-${randomUUID().slice(0, 6)}`, kind: 'public' })).body;
    await as.post(`/channels/${channel.id}/messages`, { body: 'before', clientMessageId: randomUUID() });
    const observer = await cluster.withMember('observer', { organization: false });
    const outsider = (await aCluster(p)).admin;

    const byObserver = await p.http
      .as(observer)
      .post(`/channels/${channel.id}/messages`, { body: 'may I?', clientMessageId: randomUUID() });
    expect([byObserver.status, byObserver.body.code]).toEqual([403, 'access.denied']);
    const byOutsider = await p.http
      .as(outsider)
      .post(`/channels/${channel.id}/messages`, { body: 'hello?', clientMessageId: randomUUID() });
    expect(byOutsider.status).toBe(404);
    const nowhere = await as.post(`/channels/${randomUUID()}/messages`, { body: 'anyone?', clientMessageId: randomUUID() });
    expect(nowhere.status).toBe(404);

    expect((await as.patch(`/channels/${channel.id}`, { archived: true })).status).toBe(200);
    const archived = await as.post(`/channels/${channel.id}/messages`, { body: 'too late', clientMessageId: randomUUID() });
    expect([archived.status, archived.body.code]).toEqual([409, 'channel.archived']);
    expect(await seqsIn(channel.id)).toEqual([1]);
    expect(await lastSeq(channel.id)).toBe(1);
    // No seat was given to those refused.
    const { rows } = await p.db.query(`SELECT count(*)::int AS n FROM channel_members WHERE channel_id = $1 AND user_id = ANY($2)`, [
      channel.id,
      [observer.id, outsider.id],
    ]);
    expect(rows[0].n).toBe(0);
  });

  it('gives a member who writes in a public channel a seat, so the channel is listed as theirs', async () => {
    const cluster = await aCluster(p);
    const channel = (
      await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name: `open-${randomUUID().slice(0, 6)}`, kind: 'public' })
    ).body;
    const member = await cluster.withMember('member', { organization: false });
    const sent = await p.http.as(member).post(`/channels/${channel.id}/messages`, { body: 'hi all', clientMessageId: randomUUID() });
    expect(sent.status).toBe(201);
    const { rows } = await p.db.query(`SELECT count(*)::int AS n FROM channel_members WHERE channel_id = $1 AND user_id = $2`, [
      channel.id,
      member.id,
    ]);
    expect(rows[0].n).toBe(1);
  });
});
