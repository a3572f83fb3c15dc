import { createHmac, randomUUID } from 'node:crypto';
import { Actor, aCluster, ClusterFixture } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { emit } from '../support/sockets';

/** What a client needs from every refusal: problem+json with a code, and for bad fields, each field's own code. */
const problem = (status: number, code: string, extra: Record<string, unknown> = {}) => ({
  status,
  body: expect.objectContaining({ status, code, ...extra }),
});
const fieldError = (field: string, code: string, params?: Record<string, unknown>) =>
  expect.objectContaining({ field, code, ...(params ? { params } : {}) });
/** An HS256 token signed with the api's secret, as the api would make it (here: one that has expired). */
const signedToken = (claims: object, secret: string) => {
  const unsigned = [{ alg: 'HS256', typ: 'JWT' }, claims].map((part) => Buffer.from(JSON.stringify(part)).toString('base64url')).join('.');
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
};
const deeplyNested = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

describe('the input contract: every refusal is a 4xx problem with a code', () => {
  let p: Platform;
  let cluster: ClusterFixture;
  let member: Actor;
  let channelId: string;

  beforeAll(async () => {
    p = await startPlatform({ worker: false, env: { MAX_UPLOAD_BYTES: '2048', RATE_LIMIT_LOGIN_PER_MINUTE: '3' } });
    cluster = await aCluster(p);
    member = await cluster.withMember('member');
    channelId = (await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name: 'general', kind: 'public' })).body.id;
    await p.http.as(member).post(`/channels/${channelId}/join`);
  });
  afterAll(() => p.close());

  it('lists each bad field with its own code and the values a translated message needs', async () => {
    const res = await p.http
      .as(cluster.admin)
      .post(`/clusters/${cluster.id}/channels`, { name: 'x'.repeat(81), kind: 'secret', colour: 'red' });
    expect(res).toMatchObject(problem(400, 'input.invalid'));
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        fieldError('name', 'input.too-long', { max: 80 }),
        fieldError('kind', 'input.not-one-of', { allowed: 'public, private' }),
        fieldError('colour', 'input.not-allowed'),
      ]),
    );
    const polluting = await p.http
      .as(member)
      .request('PATCH', '/me', '{"displayName":"Polluter","__proto__":{"locale":"az"},"constructor":{"prototype":{}}}');
    expect(polluting).toMatchObject(problem(400, 'input.invalid'));
    expect(polluting.body.errors).toEqual([fieldError('__proto__', 'input.not-allowed')]);
    const missing = await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { kind: 'public' });
    expect(missing.body.errors).toEqual([fieldError('name', 'input.required')]);
  });

  it('refuses a NUL byte or a lone surrogate anywhere, before any service sees it', async () => {
    expect(
      await p.http.post('/auth/register', { email: 'nul@example.test', password: 'correct horse battery', displayName: 'a\u0000b' }),
    ).toMatchObject(problem(400, 'input.invalid-character', { params: { field: 'displayName' } }));
    expect(await p.http.post('/auth/login', { email: '\ud800@example.test', password: 'correct horse battery' })).toMatchObject(
      problem(400, 'input.invalid-character'),
    );
    expect(
      await p.http.post('/auth/register', { email: 'x\udc00@example.test', password: 'correct horse battery', displayName: 'x' }),
    ).toMatchObject(problem(400, 'input.invalid-character'));
    expect(await p.http.as(member).patch('/me', { displayName: 'ok', ['k\u0000']: 1 })).toMatchObject(
      problem(400, 'input.invalid-character'),
    );
    expect(await p.http.as(member).get(`/clusters/${cluster.id}/search?q=%00`)).toMatchObject(
      problem(400, 'input.invalid-character', { params: { field: 'query.q' } }),
    );
    expect(
      await p.http.as(member).post(`/channels/${channelId}/messages`, { body: 'hi\u0000', clientMessageId: randomUUID() }),
    ).toMatchObject(problem(400, 'input.invalid-character'));
    // A pair of surrogates is an ordinary emoji.
    expect((await p.http.as(member).post(`/channels/${channelId}/messages`, { body: 'hi 🧶', clientMessageId: randomUUID() })).status).toBe(
      201,
    );
  });

  it('refuses JSON nested thousands of levels deep with input.too-deep', async () => {
    expect(await p.http.as(member).request('PATCH', '/me', deeplyNested(3000))).toMatchObject(problem(400, 'input.too-deep'));
  });

  it('refuses null for a field that may only be left out, naming the field', async () => {
    const me = await p.http.as(member).patch('/me', { displayName: null });
    expect(me).toMatchObject(problem(400, 'input.invalid'));
    expect(me.body.errors).toEqual(expect.arrayContaining([fieldError('displayName', 'input.not-a-string')]));

    const project = await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/projects`, {
      title: 'Dye workshop',
      description: 'Shared',
      kind: 'shared_facility',
      startDate: '2027-01-01',
      endDate: '2027-06-30',
    });
    expect(project.status).toBe(201);
    const task = await p.http.as(cluster.admin).post(`/projects/${project.body.id}/tasks`, { title: 'Find a site' });
    const status = await p.http.as(cluster.admin).patch(`/tasks/${task.body.id}`, { status: null });
    expect(status).toMatchObject(problem(400, 'input.invalid'));
    expect(status.body.errors).toEqual(expect.arrayContaining([fieldError('status', 'input.not-one-of')]));
    // null still clears what may be cleared.
    expect((await p.http.as(cluster.admin).patch(`/tasks/${task.body.id}`, { assigneeId: null })).status).toBe(200);

    expect(await p.http.as(cluster.admin).patch(`/projects/${project.body.id}/members/${member.organizationId}`, {})).toMatchObject(
      problem(400, 'input.empty'),
    );
    expect(await p.http.as(member).patch('/me', {})).toMatchObject(problem(400, 'input.empty'));
  });

  it('refuses cursors it did not make with input.bad-cursor', async () => {
    expect(await p.http.as(member).get(`/clusters/${cluster.id}/procurements?cursor=MQ`)).toMatchObject(problem(400, 'input.bad-cursor'));
    expect(await p.http.as(member).get('/notifications?cursor=eyJpZCI6IngifQ')).toMatchObject(problem(400, 'input.bad-cursor'));
    expect(await p.http.as(member).get('/notifications?cursor=%7B%7D')).toMatchObject(problem(400, 'input.bad-cursor'));
  });

  it('gives codes to what the framework refuses: unknown routes, missing tokens, malformed ids and bodies, oversized bodies', async () => {
    expect(await p.http.as(member).get('/no-such-thing')).toMatchObject(problem(404, 'route.not-found'));
    expect(await p.http.get('/me')).toMatchObject(problem(401, 'auth.unauthenticated'));
    const expired = signedToken(
      {
        sub: member.id,
        sid: randomUUID(),
        typ: 'access',
        iat: Math.floor(Date.now() / 1000) - 120,
        exp: Math.floor(Date.now() / 1000) - 60,
      },
      p.env.JWT_SECRET,
    );
    expect(await p.http.as(expired).get('/me')).toMatchObject(problem(401, 'auth.token-expired'));
    await expect(p.socket('not-a-token')).rejects.toMatchObject({ message: 'unauthorized', data: { code: 'auth.unauthenticated' } });
    expect(await p.http.as(member).get('/procurements/not-a-uuid')).toMatchObject(
      problem(400, 'input.not-a-uuid', { params: { field: 'id' } }),
    );
    expect(await p.http.as(member).request('PATCH', '/me', '{"displayName":')).toMatchObject(problem(400, 'input.malformed-json'));
    expect(await p.http.as(member).request('PATCH', '/me', '[1,2]')).toMatchObject(problem(400, 'input.not-an-object'));
    expect(await p.http.as(member).patch('/me', { displayName: 'x'.repeat(2_000_000) })).toMatchObject(
      problem(413, 'input.too-large', { params: { maxBytes: 1048576 } }),
    );
  });

  it('says how large a file may be, and when to try again after too many attempts', async () => {
    const upload = new FormData();
    upload.append('file', new Blob([new Uint8Array(4096)]), 'big.bin');
    expect(await p.http.as(member).post(`/clusters/${cluster.id}/files`, upload)).toMatchObject(problem(413, 'file.too-large'));

    const attempts = [];
    for (let i = 0; i < 4; i++) attempts.push(await p.http.post('/auth/login', { email: member.email, password: 'not the password' }));
    expect(attempts[0]).toMatchObject(problem(401, 'auth.wrong-credentials'));
    const limited = attempts[3];
    expect(limited).toMatchObject(problem(429, 'rate.limited', { params: { retryAfterSeconds: expect.any(Number) } }));
    expect(Number(limited.headers.get('retry-after'))).toBe(limited.body.params.retryAfterSeconds);
  });

  describe('sending a message: one contract over HTTP and over a socket', () => {
    const tooLong = 'ب'.repeat(8001);

    it('refuses a body over 8000 characters with the same code both ways', async () => {
      const http = await p.http.as(member).post(`/channels/${channelId}/messages`, { body: tooLong, clientMessageId: randomUUID() });
      const socket = await p.socket(member.token);
      const ack = await emit(socket, 'message:send', { channelId, body: tooLong, clientMessageId: randomUUID() });

      expect(http).toMatchObject(problem(400, 'input.invalid'));
      expect(http.body.errors).toEqual([fieldError('body', 'input.too-long', { max: 8000 })]);
      expect(ack).toEqual({ ok: false, error: expect.objectContaining({ status: 400, code: 'input.invalid', errors: http.body.errors }) });
      const stored = await p.db.query(`SELECT count(*)::int AS n FROM messages WHERE channel_id = $1 AND length(body) > 8000`, [channelId]);
      expect(stored.rows[0].n).toBe(0);
    });

    it('counts the limit after trimming, both ways', async () => {
      const padded = `  ${'a'.repeat(8000)}\n `;
      expect(
        (await p.http.as(member).post(`/channels/${channelId}/messages`, { body: padded, clientMessageId: randomUUID() })).status,
      ).toBe(201);
      const socket = await p.socket(member.token);
      const ack = await emit(socket, 'message:send', { channelId, body: padded, clientMessageId: randomUUID() });
      expect(ack).toMatchObject({ ok: true, message: { body: 'a'.repeat(8000) } });
      const blank = await emit(socket, 'message:send', { channelId, body: '   ', clientMessageId: randomUUID() });
      // Blank and with no file: nothing to send (a file may go on its own: test/messaging/files-alone).
      expect(blank.error).toMatchObject({ status: 400, code: 'message.empty', errors: [fieldError('body', 'input.required')] });
    });

    it('validates every socket event through its schema, with the same problems as HTTP', async () => {
      const socket = await p.socket(member.token);
      const sync = await emit(socket, 'sync', { channels: [{ channelId, afterSeq: 'soon' }] });
      expect(sync).toEqual({
        ok: false,
        error: expect.objectContaining({
          status: 400,
          code: 'input.invalid',
          errors: [fieldError('channels.0.afterSeq', 'input.not-an-integer')],
        }),
      });
      expect((await emit(socket, 'typing', { channelId: 'general' })).error.errors).toEqual([fieldError('channelId', 'input.not-a-uuid')]);
      expect((await emit(socket, 'channel:read', { channelId, seq: null })).error.errors).toEqual([
        fieldError('seq', 'input.not-an-integer'),
      ]);
      expect(
        (await emit(socket, 'message:send', { channelId, body: 'hi', clientMessageId: randomUUID(), priority: 'high' })).error.errors,
      ).toEqual([fieldError('priority', 'input.not-allowed')]);
      expect((await emit(socket, 'message:send', { channelId, body: 'nul\u0000', clientMessageId: randomUUID() })).error).toMatchObject({
        status: 400,
        code: 'input.invalid-character',
      });
      expect((await emit(socket, 'presence', 'everyone')).error).toMatchObject({ status: 400, code: 'input.not-an-object' });
    });
  });
});
