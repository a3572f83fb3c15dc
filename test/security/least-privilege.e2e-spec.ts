import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { Actor, aCluster, aUser, ClusterFixture, eventually } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { emit } from '../support/sockets';

const day = (d: number) => new Date(Date.now() + d * 86400_000).toISOString().slice(0, 10);

/** Issue 13, item 8: each role does what the design gives it, and no more. */
describe('least privilege', () => {
  let p: Platform;
  let cluster: ClusterFixture;
  let observer: Actor;
  let member: Actor;
  let agent: Actor;
  let channelId: string;

  beforeAll(async () => {
    p = await startPlatform();
    cluster = await aCluster(p);
    observer = await cluster.withMember('observer');
    member = await cluster.withMember('member');
    agent = await cluster.withMember('agent', { organization: false });
    channelId = (
      await p.http
        .as(cluster.admin)
        .post(`/clusters/${cluster.id}/channels`, { name: `general-${randomUUID().slice(0, 6)}`, kind: 'public' })
    ).body.id;
    await p.http.as(observer).post(`/channels/${channelId}/join`);
    await p.http.as(cluster.admin).post(`/channels/${channelId}/messages`, { body: 'welcome', clientMessageId: randomUUID() });
  });
  afterAll(() => p.close());

  const messageCount = async () =>
    (await p.db.query(`SELECT count(*)::int AS n FROM messages WHERE channel_id = $1`, [channelId])).rows[0].n;

  describe('an observer', () => {
    it('reads the channels it is in', async () => {
      const page = await p.http.as(observer).get(`/channels/${channelId}/messages`);
      expect(page.status).toBe(200);
      expect(page.body.items.map((m: { body: string }) => m.body)).toContain('welcome');
    });

    it('may not post over HTTP', async () => {
      const before = await messageCount();
      const res = await p.http.as(observer).post(`/channels/${channelId}/messages`, { body: 'hello', clientMessageId: randomUUID() });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('access.denied');
      expect(await messageCount()).toBe(before);
    });

    it('may not post over its socket either', async () => {
      const before = await messageCount();
      const socket: Socket = await p.socket(observer.token);
      const ack = await emit(socket, 'message:send', { channelId, body: 'hello', clientMessageId: randomUUID() });
      expect(ack).toMatchObject({ ok: false, error: { status: 403 } });
      expect(await messageCount()).toBe(before);
      socket.disconnect();
    });

    it('may not open a direct message', async () => {
      const res = await p.http.as(observer).post(`/clusters/${cluster.id}/direct`, { userIds: [member.id] });
      expect(res.status).toBe(403);
      expect(
        (await p.db.query(`SELECT count(*)::int AS n FROM channels WHERE cluster_id = $1 AND kind = 'direct'`, [cluster.id])).rows[0].n,
      ).toBe(0);
    });

    it('may not upload', async () => {
      const form = new FormData();
      form.append('file', new Blob([Buffer.from('notes')], { type: 'text/plain' }), 'notes.txt');
      const res = await p.http.as(observer).post(`/clusters/${cluster.id}/files`, form);
      expect(res.status).toBe(403);
      expect((await p.db.query(`SELECT count(*)::int AS n FROM files WHERE uploader_id = $1`, [observer.id])).rows[0].n).toBe(0);
    });

    it('takes part in projects: reads them and moves their tasks', async () => {
      const project = (
        await p.http.as(agent).post(`/clusters/${cluster.id}/projects`, {
          title: 'Export consortium',
          description: '',
          kind: 'export_consortium',
          startDate: day(0),
          endDate: day(90),
        })
      ).body;
      await p.http.as(agent).post(`/projects/${project.id}/members`, { organizationId: observer.organizationId });
      const task = (await p.http.as(agent).post(`/projects/${project.id}/tasks`, { title: 'Market study', assigneeId: observer.id })).body;
      expect((await p.http.as(observer).get(`/projects/${project.id}`)).status).toBe(200);
      const moved = await p.http.as(observer).patch(`/tasks/${task.id}`, { status: 'doing' });
      expect(moved.status).toBe(200);
      expect(moved.body.status).toBe('doing');
    });
  });

  describe('the sole admin', () => {
    it('cannot be demoted by accepting an invitation to a lower role', async () => {
      const solo = await aCluster(p);
      const soloAgent = await solo.withMember('agent');
      const invite = await p.http.as(soloAgent).post(`/clusters/${solo.id}/invitations`, { email: solo.admin.email, role: 'member' });
      expect(invite.status).toBe(201);
      const accepted = await p.http.as(solo.admin).post(`/invitations/${invite.body.token}/accept`, {});
      expect(accepted.status).toBe(422);
      expect(accepted.body.code).toBe('membership.last-admin');
      const roles = await p.db.query(`SELECT role FROM memberships WHERE cluster_id = $1 AND user_id = $2`, [solo.id, solo.admin.id]);
      expect(roles.rows).toEqual([{ role: 'admin' }]);
    });

    it('can be, once another admin exists', async () => {
      const pair = await aCluster(p);
      await pair.withMember('admin');
      const invite = await p.http.as(pair.admin).post(`/clusters/${pair.id}/invitations`, { email: pair.admin.email, role: 'member' });
      expect((await p.http.as(pair.admin).post(`/invitations/${invite.body.token}/accept`, {})).body.role).toBe('member');
    });
  });

  describe('a system job', () => {
    it('is readable only by whoever created it; anyone else gets the 404 of a job that does not exist', async () => {
      const owner = await aUser(p);
      const stranger = await aUser(p);
      const queued = await p.http.as(owner).post('/system/jobs', { message: 'mine' });
      expect(queued.status).toBe(202);
      const done = await eventually(async () => {
        const res = await p.http.as(owner).get(`/system/jobs/${queued.body.id}`);
        return res.body.state === 'completed' ? res : undefined;
      });
      expect(done.body.result.echo).toBe('mine');
      const theirs = await p.http.as(stranger).get(`/system/jobs/${queued.body.id}`);
      const none = await p.http.as(stranger).get(`/system/jobs/${randomUUID()}`);
      expect(theirs.status).toBe(404);
      expect(theirs.body).toEqual(none.body);
    });
  });
});
