import { randomUUID } from 'node:crypto';
import { aCluster, ClusterFixture } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';

const problem = (status: number, code: string) => ({ status, body: expect.objectContaining({ status, code }) });

describe('cluster settings and who is in a channel', () => {
  let p: Platform;
  let cluster: ClusterFixture;
  beforeAll(async () => {
    p = await startPlatform({ worker: false });
    cluster = await aCluster(p, { name: 'Zanjan Carpets', defaultLocale: 'en' });
  });
  afterAll(() => p.close());

  it('lets an admin rename the cluster, describe it and change its language, and audits the change', async () => {
    const res = await p.http
      .as(cluster.admin)
      .patch(`/clusters/${cluster.id}`, { name: '  خوشه فرش زنجان ', description: 'فرش دستباف', defaultLocale: 'fa' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: cluster.id,
      name: 'خوشه فرش زنجان',
      description: 'فرش دستباف',
      defaultLocale: 'fa',
      role: 'admin',
    });
    expect((await p.http.as(cluster.admin).get(`/clusters/${cluster.id}`)).body).toMatchObject({
      name: 'خوشه فرش زنجان',
      defaultLocale: 'fa',
    });
    const audit = (await p.http.as(cluster.admin).get(`/clusters/${cluster.id}/audit`)).body.items;
    expect(audit.find((e: { action: string }) => e.action === 'cluster.updated')).toMatchObject({
      actorId: cluster.admin.id,
      data: { changed: ['name', 'description', 'defaultLocale'] },
    });
    expect((await p.http.as(cluster.admin).patch(`/clusters/${cluster.id}`, { description: null })).body.description).toBeNull();
  });

  it('refuses the change to anyone but an admin, and refuses bad or empty changes, changing nothing', async () => {
    const agent = await cluster.withMember('agent');
    const before = (await p.http.as(cluster.admin).get(`/clusters/${cluster.id}`)).body;
    expect(await p.http.as(agent).patch(`/clusters/${cluster.id}`, { name: 'Taken over' })).toMatchObject(problem(403, 'access.denied'));
    expect(await p.http.as(cluster.admin).patch(`/clusters/${cluster.id}`, { defaultLocale: 'de' })).toMatchObject(
      problem(400, 'input.invalid'),
    );
    expect(await p.http.as(cluster.admin).patch(`/clusters/${cluster.id}`, { name: '   ' })).toMatchObject(problem(400, 'input.invalid'));
    expect(await p.http.as(cluster.admin).patch(`/clusters/${cluster.id}`, { slug: 'other' })).toMatchObject(problem(400, 'input.invalid'));
    expect(await p.http.as(cluster.admin).patch(`/clusters/${cluster.id}`, {})).toMatchObject(problem(400, 'input.empty'));
    expect((await p.http.as(cluster.admin).get(`/clusters/${cluster.id}`)).body).toEqual(before);
  });

  it('lists a channel’s members to those who may read it, and to nobody else', async () => {
    const ali = await cluster.withMember('member', { displayName: 'Ali' });
    const sara = await cluster.withMember('supplier', { displayName: 'Sara' });
    const outsider = await cluster.withMember('member');
    const room = (
      await p.http.as(ali).post(`/clusters/${cluster.id}/channels`, { name: `dye-${randomUUID().slice(0, 6)}`, kind: 'private' })
    ).body;
    await p.http.as(ali).post(`/channels/${room.id}/members`, { userId: sara.id });
    const list = await p.http.as(sara).get(`/channels/${room.id}/members`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((m: { userId: string }) => m.userId)).toEqual([ali.id, sara.id]);
    expect(list.body.items[0]).toEqual({ userId: ali.id, joinedAt: expect.any(String) });
    expect((await p.http.as(outsider).get(`/channels/${room.id}/members`)).status).toBe(404);

    // Someone removed from the cluster is no longer listed.
    await p.http.as(cluster.admin).delete(`/clusters/${cluster.id}/members/${sara.id}`);
    expect((await p.http.as(ali).get(`/channels/${room.id}/members`)).body.items.map((m: { userId: string }) => m.userId)).toEqual([
      ali.id,
    ]);
  });

  it('tells each reader when the oldest message and mention it has not read were written', async () => {
    const reader = await cluster.withMember('member');
    const channel = (
      await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name: `news-${randomUUID().slice(0, 6)}`, kind: 'public' })
    ).body;
    await p.http.as(reader).post(`/channels/${channel.id}/join`);
    const item = async () =>
      (await p.http.as(reader).get(`/clusters/${cluster.id}/channels`)).body.items.find((c: { id: string }) => c.id === channel.id);
    expect(await item()).toMatchObject({ firstUnreadAt: null, firstMentionAt: null });
    const first = (
      await p.http.as(cluster.admin).post(`/channels/${channel.id}/messages`, { body: 'prices first', clientMessageId: randomUUID() })
    ).body;
    const mention = (
      await p.http
        .as(cluster.admin)
        .post(`/channels/${channel.id}/messages`, { body: `<@${reader.id}> look`, clientMessageId: randomUUID() })
    ).body;
    expect(await item()).toMatchObject({ firstUnreadAt: first.createdAt, firstMentionAt: mention.createdAt });
    await p.http.as(reader).post(`/channels/${channel.id}/read`, { seq: mention.seq });
    expect(await item()).toMatchObject({ firstUnreadAt: null, firstMentionAt: null });
  });
});
