import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { Actor, aCluster, aUser, ClusterFixture, eventually } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('joint projects', () => {
  let p: Platform;
  let cluster: ClusterFixture;
  let agent: Actor;
  let firm: Actor;
  beforeAll(async () => {
    p = await startPlatform({ env: { REMINDER_SCAN_MS: '300' } });
    cluster = await aCluster(p);
    agent = await cluster.withMember('agent', { organization: false });
    firm = await cluster.withMember('member', { locale: 'fa' });
  });
  afterAll(() => p.close());

  const aProject = async () => {
    const res = await p.http.as(agent).post(`/clusters/${cluster.id}/projects`, {
      title: 'کارگاه رنگرزی گیاهی مشترک',
      description: 'Shared natural-dye workshop',
      kind: 'shared_facility',
      startDate: day(-10),
      endDate: day(120),
      budget: '2500000000',
      currency: 'IRR',
    });
    if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  it('creates a project with its channel; members see tasks change live on their sockets', async () => {
    const project = await aProject();
    expect(project).toMatchObject({ kind: 'shared_facility', status: 'active', budget: '2500000000', channelId: expect.any(String) });
    const added = await p.http
      .as(agent)
      .post(`/projects/${project.id}/members`, { organizationId: firm.organizationId, pledged: '300000000' });
    expect(added.status).toBe(201);
    expect(added.body.members).toEqual([expect.objectContaining({ organizationId: firm.organizationId, pledged: '300000000', paid: '0' })]);

    const socket = await p.socket(firm.token);
    const milestone = (await p.http.as(agent).post(`/projects/${project.id}/milestones`, { title: 'Dye house ready', dueDate: day(60) }))
      .body;
    const created = new Promise<any>((resolve) =>
      socket.on('task:updated', (t) => t.projectId === project.id && t.status === 'todo' && resolve(t)),
    );
    const task = await p.http.as(agent).post(`/projects/${project.id}/tasks`, {
      title: 'Buy madder root',
      assigneeId: firm.id,
      dueDate: day(30),
      milestoneId: milestone.id,
    });
    expect(task.status).toBe(201);
    expect((await created).id).toBe(task.body.id);
    const moved = new Promise<any>((resolve) =>
      socket.on('task:updated', (t) => t.id === task.body.id && t.status === 'doing' && resolve(t)),
    );
    const patched = await p.http.as(firm).patch(`/tasks/${task.body.id}`, { status: 'doing' });
    expect(patched.body).toMatchObject({ status: 'doing', title: 'Buy madder root', assigneeId: firm.id, milestoneId: milestone.id });
    // Everyone on the project channel sees the whole task, not only the field that changed.
    expect(await moved).toMatchObject({ title: 'Buy madder root', assigneeId: firm.id });

    const channels = await p.http.as(firm).get(`/clusters/${cluster.id}/channels`);
    expect(channels.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ id: project.channelId, kind: 'project' })]));
    const feed = await p.http.as(agent).get(`/projects/${project.id}/activity`);
    expect(feed.body.items.map((a: { action: string }) => a.action)).toEqual([
      'task.status',
      'task.added',
      'milestone.added',
      'member.added',
      'project.created',
    ]);
  });

  it('lets only agents and admins create projects, and hides them from outsiders', async () => {
    expect(
      (
        await p.http.as(firm).post(`/clusters/${cluster.id}/projects`, {
          title: 'Mine',
          description: '',
          kind: 'training',
          startDate: day(0),
          endDate: day(5),
        })
      ).status,
    ).toBe(403);
    const project = await aProject();
    const outsider = await aUser(p);
    expect((await p.http.as(outsider).get(`/projects/${project.id}`)).status).toBe(404);
    expect((await p.http.as(outsider).get(`/clusters/${cluster.id}/dashboard`)).status).toBe(404);
    expect((await p.http.as(firm).get(`/clusters/${cluster.id}/dashboard`)).status).toBe(403);
  });

  it('refuses bad input with a 4xx and changes nothing', async () => {
    const project = await aProject();
    const other = await aProject();
    const otherMilestone = (await p.http.as(agent).post(`/projects/${other.id}/milestones`, { title: 'x', dueDate: day(10) })).body;
    const stranger = await aUser(p);
    const add = (body: Record<string, unknown>) => p.http.as(agent).post(`/projects/${project.id}/tasks`, { title: 'T', ...body });
    expect((await add({ dueDate: day(400) })).status).toBe(422);
    expect((await add({ milestoneId: otherMilestone.id })).status).toBe(422);
    expect((await add({ assigneeId: stranger.id })).status).toBe(422);
    expect((await add({ dueDate: '2027-13-45' })).status).toBe(400);
    const task = (await add({})).body;
    expect((await p.http.as(agent).patch(`/tasks/${task.id}`, { status: 'finished' })).status).toBe(400);
    expect(
      (await p.http.as(agent).post(`/projects/${project.id}/members`, { organizationId: firm.organizationId, pledged: '-5' })).status,
    ).toBe(400);
    expect(
      (
        await p.http.as(agent).post(`/clusters/${cluster.id}/projects`, {
          title: 'Backwards',
          description: '',
          kind: 'study',
          startDate: day(10),
          endDate: day(1),
        })
      ).status,
    ).toBe(422);
    const { rows } = await p.db.query(`SELECT count(*)::int AS n FROM tasks WHERE project_id = $1`, [project.id]);
    expect(rows[0].n).toBe(1);
  });

  it('reminds the assignee of a task due tomorrow exactly once, in their language', async () => {
    const project = await aProject();
    const task = (
      await p.http.as(agent).post(`/projects/${project.id}/tasks`, { title: 'Send wool samples', assigneeId: firm.id, dueDate: day(1) })
    ).body;
    const reminder = await eventually(async () => {
      const res = await p.http.as(firm).get('/notifications');
      return res.body.items.find(
        (n: { kind: string; data: { itemId: string } }) => n.kind === 'task.due-tomorrow' && n.data.itemId === task.id,
      );
    });
    expect(reminder.title).toContain('موعد فردا');
    // Let the scan run several more times.
    const {
      rows: [{ id: seen }],
    } = await p.db.query(`SELECT coalesce(max(id), 0) AS id FROM reminder_scans`);
    await eventually(async () => (await p.db.query(`SELECT count(*)::int AS n FROM reminder_scans WHERE id > $1`, [seen])).rows[0].n >= 3);
    const { rows } = await p.db.query(
      `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND kind = 'task.due-tomorrow' AND data->>'itemId' = $2`,
      [firm.id, task.id],
    );
    expect(rows[0].n).toBe(1);
  });
});

describe('the cluster dashboard', () => {
  let p: Platform;
  beforeAll(async () => (p = await startPlatform()));
  afterAll(() => p.close());

  it('shows figures equal to those computed from the raw rows, and exports them as CSV', async () => {
    const cluster = await aCluster(p);
    const members = [await cluster.withMember('member'), await cluster.withMember('member'), await cluster.withMember('supplier')];
    const channel = (await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name: 'general', kind: 'public' })).body;
    for (const [i, who] of [members[0], members[0], members[1]].entries())
      await p.http.as(who).post(`/channels/${channel.id}/messages`, { body: `m${i}`, clientMessageId: randomUUID() });
    const project = (
      await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/projects`, {
        title: 'Trade fair stand',
        description: '',
        kind: 'trade_fair',
        startDate: day(-30),
        endDate: day(-1),
      })
    ).body;
    const t1 = (await p.http.as(cluster.admin).post(`/projects/${project.id}/tasks`, { title: 'Book stand' })).body;
    await p.http.as(cluster.admin).post(`/projects/${project.id}/tasks`, { title: 'Print brochures', dueDate: day(-2) });
    await p.http.as(cluster.admin).patch(`/tasks/${t1.id}`, { status: 'done' });

    const res = await p.http.as(cluster.admin).get(`/clusters/${cluster.id}/dashboard?fresh=true`);
    expect(res.status).toBe(200);

    const raw = async (sql: string) => (await p.db.query(sql, [cluster.id])).rows;
    const memberships = await raw(`SELECT user_id, role FROM memberships WHERE cluster_id = $1`);
    const authors = new Set(
      (await raw(`SELECT m.author_id FROM messages m JOIN channels c ON c.id = m.channel_id WHERE c.cluster_id = $1`)).map(
        (r) => r.author_id,
      ),
    );
    const actors = new Set(
      (await raw(`SELECT a.actor_id FROM project_activity a JOIN projects p ON p.id = a.project_id WHERE p.cluster_id = $1`)).map(
        (r) => r.actor_id,
      ),
    );
    const tasks = await raw(`SELECT t.status, t.due_date FROM tasks t JOIN projects p ON p.id = t.project_id WHERE p.cluster_id = $1`);
    const today = day(0);
    expect(res.body.members.total).toBe(memberships.length);
    expect(res.body.members.activeLast30Days).toBe(memberships.filter((m) => authors.has(m.user_id) || actors.has(m.user_id)).length);
    expect(res.body.members.byRole).toEqual(
      memberships.reduce((acc: Record<string, number>, m) => ({ ...acc, [m.role]: (acc[m.role] ?? 0) + 1 }), {}),
    );
    expect(res.body.messagesPerWeek.reduce((s: number, w: { messages: number }) => s + w.messages, 0)).toBe(3);
    expect(res.body.tasks).toEqual({
      total: tasks.length,
      done: tasks.filter((t) => t.status === 'done').length,
      overdue: tasks.filter((t) => t.status !== 'done' && t.due_date && new Date(t.due_date).toISOString().slice(0, 10) < today).length,
      completionRate: 0.5,
    });
    expect(res.body.projects).toMatchObject({ active: 1, late: 1, onTrack: 0 });

    const csv = await p.http.as(cluster.admin).get(`/clusters/${cluster.id}/dashboard.csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const rows = parse(csv.body.replace(/^\ufeff/, ''), { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(12);
    const thisMonth = rows[rows.length - 1];
    expect(Number(thisMonth.messages)).toBe(3);
    expect(Number(thisMonth.new_members)).toBe(memberships.length);
    expect(Number(thisMonth.tasks_done)).toBe(1);
  });
});
