import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Actor, aCluster, aUser, ClusterFixture } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { DIST, TEST_DATABASE_URL } from '../support/test-env';

// Property-based fuzzing of the whole public surface, taken from the OpenAPI document so a new
// route is fuzzed the day it is added: wrong types, NUL and lone surrogates, deep nesting, nulls,
// huge strings, numbers in other scripts, forged cursors and ids. The properties: never a 5xx;
// every 4xx is problem+json with a code; no 4xx changes a row. Bounded by a fixed seed and a number
// of runs per route (FUZZ_RUNS) that keeps the file to about a minute on a busy 2-core machine.
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 12);
const RUNS_PER_EVENT = RUNS_PER_ROUTE * 3;
/** About 30 s on an idle 2-core machine; room for a whole suite running beside it. */
const FUZZ_TIMEOUT_MS = 300_000;

/** Its own database, so a checksum sees only what this file's requests did. */
const FUZZ_DATABASE_URL = (() => {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `${url.pathname}_fuzz`;
  return url.toString();
})();

/** Tables an answer may change only on success. Failed logins are audited on purpose; the outbox relay and the HS tree are not requests' doing. */
const NOT_CHECKED = ['migrations', 'outbox', 'audit_log', 'categories'];
const PROBLEM_CODE = /^[a-z]+(\.[a-z0-9-]+)+$/;

type Schema = {
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  items?: Schema;
  $ref?: string;
  properties?: Record<string, Schema>;
  allOf?: Schema[];
  nullable?: boolean;
};
type Operation = {
  method: string;
  path: string;
  params: Array<{ name: string; in: string; schema?: Schema }>;
  body?: Schema;
  multipart: boolean;
};

const deep = (levels: number): unknown => (levels === 0 ? 'bottom' : { a: deep(levels - 1) });
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

/** Kinds of values no field should choke on; each kind is tried in every field of every body. */
const HOSTILE: Record<string, fc.Arbitrary<unknown>> = {
  nul: fc.constantFrom('a\u0000b', '\u0000', 'leyla\u0000@example.az'),
  loneSurrogate: fc.constantFrom('\ud800', 'x\udc00y', 'leyla\ud800@example.az', '\udfff\ud800'),
  null: fc.constant(null),
  wrongType: fc.constantFrom<unknown>(true, 0, -1, 1.5, [], {}, [null], [[[]]]),
  extremeNumber: fc.constantFrom(1e308, 2 ** 63, -0.000001, Number.MAX_SAFE_INTEGER + 2, -1e15),
  numericText: fc.constantFrom('۳۰۰٫۵', '۱٬۲۰۰', '1٬5', '1e999', 'NaN', 'Infinity', '-0', '0x10', '', '   '),
  huge: fc.constantFrom<unknown>(
    'x'.repeat(9_000),
    'ب'.repeat(70_000),
    Array.from({ length: 300 }, () => randomUUID()),
  ),
  deep: fc.constant(deep(40)),
  badDate: fc.constantFrom('2026-02-30', '0000-01-01', '9999-12-31T23:59:59Z', '2026-13-01', '1970-01-01T00:00:00Z'),
  injection: fc.constantFrom<unknown>(
    "' OR 1=1 --",
    '<script>alert(1)</script>',
    '../../etc/passwd',
    { $ne: 1 },
    'MQ',
    'eyJpZCI6IngifQ',
    'not-a-uuid',
    '00000000-0000-0000-0000-000000000000',
  ),
  anything: fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.integer(), fc.double(), fc.uuid(), fc.jsonValue({ maxDepth: 3 })),
};
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(...Object.values(HOSTILE));

const hostileQuery: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '%00',
    'a%00b',
    '%ED%A0%80',
    '%',
    '%zz',
    '',
    '-1',
    '0',
    '1e999',
    '۳۰۰٫۵',
    '۵',
    'null',
    '[]',
    'true',
    'x'.repeat(5_000),
    'MQ',
    'eyJpZCI6IngifQ',
    '%7B%7D',
    'not-a-uuid',
    encodeURIComponent(randomUUID()),
  ),
  fc.jsonValue({ maxDepth: 2 }).map((v) => b64(v)),
  fc.record({ at: fc.string({ maxLength: 30 }), id: fc.string({ maxLength: 40 }) }).map((v) => b64(v)),
  fc.string({ maxLength: 30 }).map(encodeURIComponent),
);

const hostilePathParam = fc.constantFrom(
  'not-a-uuid',
  '%00',
  '%ED%A0%80',
  'x'.repeat(300),
  '..%2F..%2Fetc',
  '00000000-0000-0000-0000-000000000000',
  randomUUID(),
  '%F0%9F%91%8D%00',
);

describe('fuzzing every JSON endpoint and socket event', () => {
  let p: Platform;
  let doc: { paths: Record<string, Record<string, any>>; components: { schemas: Record<string, Schema> } };
  let cluster: ClusterFixture;
  let member: Actor;
  let supplier: Actor;
  let outsider: Actor;
  const ids: Record<string, string> = {};
  let checksumSql = '';

  beforeAll(async () => {
    execFileSync(process.execPath, ['-r', `./${DIST}/register-paths.js`, `${DIST}/libs/database/src/cli/migrate.js`, 'run', '--recreate'], {
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: FUZZ_DATABASE_URL },
    });
    p = await startPlatform({ worker: false, env: { DATABASE_URL: FUZZ_DATABASE_URL, RATE_LIMIT_API_PER_MINUTE: '1000000' } });
    doc = (await p.http.get('//docs-json')).body;

    cluster = await aCluster(p);
    member = await cluster.withMember('member');
    supplier = await cluster.withMember('supplier');
    outsider = await aUser(p);
    const admin = p.http.as(cluster.admin);
    ids.channel = (await admin.post(`/clusters/${cluster.id}/channels`, { name: 'general', kind: 'public' })).body.id;
    await p.http.as(member).post(`/channels/${ids.channel}/join`);
    ids.message = (
      await p.http
        .as(member)
        .post(`/channels/${ids.channel}/messages`, { body: 'salam <@' + cluster.admin.id + '>', clientMessageId: 'fuzz-1' })
    ).body.id;
    const soon = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    ids.procurement = (
      await p.http.as(member).post(`/clusters/${cluster.id}/procurements`, {
        organizationId: member.organizationId,
        title: 'Wool yarn',
        description: 'd',
        categoryCode: '510610',
        unit: 'kg',
        quantity: '400',
        currency: 'IRR',
        joinDeadline: soon(5),
        quoteDeadline: soon(10),
        deliveryCity: 'Zanjan',
        deliveryLat: 36.67,
        deliveryLng: 48.48,
      })
    ).body.id;
    await p.http.as(member).post(`/procurements/${ids.procurement}/publish`);
    ids.project = (
      await admin.post(`/clusters/${cluster.id}/projects`, {
        title: 'Dye house',
        description: 'd',
        kind: 'shared_facility',
        startDate: '2027-01-01',
        endDate: '2027-12-31',
      })
    ).body.id;
    ids.milestone = (await admin.post(`/projects/${ids.project}/milestones`, { title: 'Site', dueDate: '2027-03-01' })).body.id;
    ids.task = (await admin.post(`/projects/${ids.project}/tasks`, { title: 'Find a site' })).body.id;
    const upload = new FormData();
    upload.append('file', new Blob(['hello']), 'hello.txt');
    ids.file = (await p.http.as(member).post(`/clusters/${cluster.id}/files`, upload)).body.id;
    ids.invitation = (
      await admin.post(`/clusters/${cluster.id}/invitations`, { email: 'fuzz-invitee@example.test', role: 'member' })
    ).body.token;
    // The development cycle: a diagnostic open for answers, an indicator, a partner offer and a meeting.
    ids.survey = (
      await admin.post(`/clusters/${cluster.id}/surveys`, {
        title: { en: 'Diagnostic' },
        questions: [
          { kind: 'number', text: { en: 'Looms?' } },
          { kind: 'choice', text: { en: 'Export?' }, options: [{ en: 'yes' }, { en: 'no' }] },
        ],
      })
    ).body.id;
    await admin.post(`/surveys/${ids.survey}/send`);
    ids.indicator = (
      await admin.post(`/clusters/${cluster.id}/indicators`, { name: { en: 'Looms' }, unit: 'looms', source: 'readings' })
    ).body.id;
    ids.offer = (
      await p.http.as(member).post(`/clusters/${cluster.id}/offers`, {
        organizationId: member.organizationId,
        direction: 'offer',
        kind: 'capacity',
        title: 'Six looms free',
        description: 'd',
        hsCodes: ['5701'],
      })
    ).body.id;
    ids.meeting = (
      await p.http
        .as(member)
        .post(`/clusters/${cluster.id}/meetings`, { inviteeId: cluster.admin.id, proposedTimes: [soon(3)], agenda: 'Looms' })
    ).body.id;
    ids.notification = (await p.db.query(`SELECT id FROM notifications LIMIT 1`)).rows[0]?.id ?? randomUUID();

    const tables: string[] = (
      await p.db.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND NOT (table_name = ANY($1)) ORDER BY 1`,
        [NOT_CHECKED],
      )
    ).rows.map((r) => r.table_name);
    checksumSql = `SELECT ${tables.map((t) => `'${t}:' || (SELECT count(*) || ':' || coalesce(md5(string_agg(x::text, ',' ORDER BY x::text)), '') FROM "${t}" x)`).join(` || '|' || `)} AS sum`;
  });
  afterAll(async () => {
    await p?.close();
    const admin = new Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${new URL(FUZZ_DATABASE_URL).pathname.slice(1)}" WITH (FORCE)`);
    await admin.end();
  });

  const checksum = async () => (await p.db.query(checksumSql)).rows[0].sum as string;

  const resolve = (s: Schema | undefined): Schema => {
    if (!s) return {};
    if (s.$ref) return resolve(doc.components.schemas[s.$ref.split('/').pop()!]);
    if (s.allOf) return s.allOf.map(resolve).reduce((a, b) => ({ ...a, ...b, properties: { ...a.properties, ...b.properties } }), {});
    return s;
  };

  /** A value the field would accept, with the fixtures' ids, so a mutation elsewhere reaches the deeper checks. */
  const validFor = (name: string, raw: Schema): unknown => {
    const s = resolve(raw);
    const byName: Record<string, unknown> = {
      organizationId: member.organizationId,
      userId: member.id,
      userIds: [member.id],
      channelId: ids.channel,
      threadRootId: ids.message,
      quoteId: randomUUID(),
      assigneeId: member.id,
      milestoneId: ids.milestone,
      attachmentIds: [],
      clientMessageId: randomUUID(),
      email: `fuzz-${randomUUID().slice(0, 8)}@example.test`,
      password: 'correct horse battery',
      refreshToken: 'not-a-token',
      role: 'member',
      seq: 1,
    };
    if (name in byName) return byName[name];
    if (s.enum?.length) return s.enum[0];
    if (s.example !== undefined) return s.example;
    if (s.format === 'date-time' || /deadline|until/i.test(name)) return new Date(Date.now() + 7 * 86_400_000).toISOString();
    if (/date/i.test(name)) return '2027-05-01';
    if (s.type === 'number' || s.type === 'integer') return 1;
    if (s.type === 'boolean') return true;
    if (s.type === 'array') return [validFor(name, s.items ?? {})];
    if (s.properties) return Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, validFor(k, v)]));
    return 'text';
  };

  const bodyOf = (schema: Schema, depth = 0): fc.Arbitrary<unknown> => {
    const props = resolve(schema).properties ?? {};
    const fields = Object.fromEntries(
      Object.entries(props).map(([name, s]) => {
        const r = resolve(s);
        const nested =
          depth === 0 && r.type === 'array' && r.items && resolve(r.items).properties
            ? [{ weight: 2, arbitrary: fc.array(bodyOf(r.items, 1), { maxLength: 3 }) }]
            : [];
        return [
          name,
          fc.oneof(
            { weight: 3, arbitrary: fc.constant(validFor(name, s)) },
            { weight: 3, arbitrary: hostileValue },
            { weight: 1, arbitrary: fc.constant(undefined) },
            ...nested,
          ),
        ];
      }),
    );
    const record = fc.record(fields, { requiredKeys: [] }) as fc.Arbitrary<Record<string, unknown>>;
    if (depth > 0) return record;
    // Valid but for one field: the refusal must come from that field, after every check before it passed.
    const valid = Object.fromEntries(Object.entries(props).map(([name, s]) => [name, validFor(name, s)]));
    const names = Object.keys(props);
    const allButOne = names.length
      ? fc.tuple(fc.constantFrom(...names), hostileValue).map(([name, v]) => ({ ...valid, [name]: v }))
      : fc.constant(valid);
    return fc.oneof(
      { weight: 4, arbitrary: record },
      { weight: 4, arbitrary: allButOne },
      {
        weight: 1,
        arbitrary: fc.tuple(record, fc.string({ minLength: 1, maxLength: 10 }), hostileValue).map(([b, k, v]) => ({ ...b, [k]: v })),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom<unknown>(
          null,
          [],
          'text',
          42,
          [validFor('', schema)],
          '{"a":'.repeat(3000) + '1' + '}'.repeat(3000),
          '{"body":',
          '\u0000',
        ),
      },
    );
  };

  const pathValue = (path: string, name: string): string => {
    const before = path.split(`{${name}}`)[0];
    if (name === 'id') {
      const resource = before.split('/').filter(Boolean).pop();
      return (
        {
          procurements: ids.procurement,
          projects: ids.project,
          tasks: ids.task,
          organizations: supplier.organizationId!,
          notifications: ids.notification,
          jobs: 'fuzz-job',
          surveys: ids.survey,
          indicators: ids.indicator,
          offers: ids.offer,
          meetings: ids.meeting,
        }[resource!] ?? randomUUID()
      );
    }
    return (
      {
        clusterId: cluster.id,
        userId: member.id,
        channelId: ids.channel,
        messageId: ids.message,
        organizationId: member.organizationId!,
        fileId: ids.file,
        token: ids.invitation,
        emoji: encodeURIComponent('👍'),
      }[name] ?? randomUUID()
    );
  };

  const operations = (): Operation[] => {
    const ops: Operation[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      if (path.includes('/health')) continue;
      for (const [method, op] of Object.entries(methods)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        const content = op.requestBody?.content ?? {};
        ops.push({
          method: method.toUpperCase(),
          path,
          params: op.parameters ?? [],
          body: content['application/json']?.schema,
          multipart: !!content['multipart/form-data'],
        });
      }
    }
    // What removes the fixtures runs last, so the rest is fuzzed against live data.
    const destructive = (o: Operation) => o.method === 'DELETE' || /cancel|leave|logout|members\/\{userId\}/.test(o.path);
    return ops.sort((a, b) => Number(destructive(a)) - Number(destructive(b)));
  };

  const requestOf = (op: Operation) =>
    fc.record({
      who: fc.constantFrom<Actor | null>(cluster.admin, cluster.admin, member, member, supplier, outsider, null),
      pathParams: fc.tuple(
        ...op.params
          .filter((x) => x.in === 'path')
          .map((x) =>
            fc.oneof({ weight: 8, arbitrary: fc.constant(pathValue(op.path, x.name)) }, { weight: 1, arbitrary: hostilePathParam }),
          ),
        fc.constant(null),
      ),
      query: fc.tuple(
        ...op.params
          .filter((x) => x.in === 'query')
          .map((x) =>
            fc.option(fc.oneof(fc.constant(encodeURIComponent(String(validFor(x.name, x.schema ?? {})))), hostileQuery), {
              nil: undefined,
            }),
          ),
        fc.constant(undefined),
      ),
      body: op.body ? bodyOf(op.body) : op.method === 'GET' ? fc.constant(undefined) : fc.oneof(fc.constant(undefined), hostileValue),
    });

  const failures: string[] = [];
  let known: string | undefined;
  const nameOf = (who: Actor | null) =>
    who === null ? 'anonymous' : who === cluster.admin ? 'admin' : who === member ? 'member' : who === supplier ? 'supplier' : 'outsider';

  /** One request; records a failure if it breaks a property. `body` is JSON text, or a value to encode. */
  const probe = async (op: Operation, pathParams: string[], query: string, rawBody: unknown, who: Actor | null) => {
    let url = op.path;
    op.params.filter((x) => x.in === 'path').forEach((x, k) => (url = url.replace(`{${x.name}}`, pathParams[k])));
    const body =
      typeof rawBody === 'string' && rawBody.startsWith('{') ? rawBody : rawBody === undefined ? undefined : JSON.stringify(rawBody);
    const before = known ?? (await checksum());
    const res = await (who ? p.http.as(who) : p.http).request(
      op.method,
      `/${url}${query ? `?${query}` : ''}`,
      body,
      body === undefined ? {} : { 'content-type': 'application/json' },
    );
    const what = () =>
      `${op.method} ${url}${query ? `?${query.slice(0, 120)}` : ''} as ${nameOf(who)} with ${(body ?? '').slice(0, 200)} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
    if (res.status >= 500) failures.push(`5xx: ${what()}`);
    if (res.status >= 400 && res.status < 500) {
      if (!(res.headers.get('content-type') ?? '').includes('application/problem+json') || !PROBLEM_CODE.test(res.body?.code ?? ''))
        failures.push(`4xx without a problem code: ${what()}`);
      const after = await checksum();
      if (after !== before) failures.push(`4xx changed rows: ${what()}`);
      known = after;
    } else known = undefined;
  };
  const realPathParams = (op: Operation) => op.params.filter((x) => x.in === 'path').map((x) => pathValue(op.path, x.name));

  it(
    'survives every kind of hostile value in every field of every body and query, one at a time',
    async () => {
      failures.length = 0;
      const owners = [cluster.admin, member, supplier];
      const pathMutants: string[][] = [];
      let n = 0;
      for (const [i, op] of operations().entries()) {
        const valid = op.body ? (validFor('', op.body) as Record<string, unknown>) : {};
        const fields = Object.entries(resolve(op.body).properties ?? {});
        // A field of a nested list (a quote's tiers) is mutated inside an otherwise valid item.
        const mutants: Array<[string, (v: unknown) => unknown]> = fields.flatMap(([name, s]) => {
          const items = resolve(resolve(s).items);
          const inner =
            resolve(s).type === 'array' && items.properties
              ? Object.keys(items.properties).map((sub): [string, (v: unknown) => unknown] => [
                  `${name}.0.${sub}`,
                  (v) => ({ ...valid, [name]: [{ ...(validFor(name, resolve(s).items!) as object), [sub]: v }] }),
                ])
              : [];
          return [[name, (v: unknown) => ({ ...valid, [name]: v })] as [string, (v: unknown) => unknown], ...inner];
        });
        for (const [j, [, mutate]] of mutants.entries()) {
          for (const [k, kind] of Object.values(HOSTILE).entries()) {
            const [value] = fc.sample(kind, { seed: SEED + i * 1000 + j * 20 + k, numRuns: 1 });
            await probe(op, realPathParams(op), '', mutate(value), owners[n++ % owners.length]);
          }
        }
        for (const q of op.params.filter((x) => x.in === 'query')) {
          for (const value of fc.sample(hostileQuery, { seed: SEED + i, numRuns: 8 }))
            await probe(op, realPathParams(op), `${q.name}=${value}`, op.method === 'GET' ? undefined : valid, owners[n++ % owners.length]);
        }
        realPathParams(op).forEach((_, k) => {
          for (const value of fc.sample(hostilePathParam, { seed: SEED + i * 10 + k, numRuns: 3 }))
            pathMutants.push(Object.assign(realPathParams(op), { [k]: value }));
        });
        for (const params of pathMutants.splice(0)) await probe(op, params, '', op.body ? valid : undefined, owners[n++ % owners.length]);
      }
      expect((await p.http.get('//health')).status).toBe(200);
      expect(failures).toEqual([]);
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'answers random requests on every route with a 2xx or a 4xx problem with a code, and no 4xx changes a row',
    async () => {
      failures.length = 0;
      const ops = operations();
      expect(ops.length).toBeGreaterThan(50);
      for (const [i, op] of ops.entries()) {
        const queryNames = op.params.filter((x) => x.in === 'query').map((x) => x.name);
        for (const sample of fc.sample(requestOf(op), { seed: SEED + i, numRuns: RUNS_PER_ROUTE })) {
          const query = queryNames
            .map((name, k) => (sample.query[k] === undefined ? '' : `${name}=${sample.query[k]}`))
            .filter(Boolean)
            .join('&');
          await probe(op, sample.pathParams as string[], query, sample.body, sample.who);
        }
      }
      expect((await p.http.get('//health')).status).toBe(200);
      expect(failures).toEqual([]);
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'acks every socket event with ok or a 4xx problem with a code, and no refusal changes a row',
    async () => {
      // Sends are budgeted per user: three people share the load so most events reach validation and beyond.
      const sockets = await Promise.all([cluster.admin, member, supplier].map((who) => p.socket(who.token)));
      const events: Record<string, Record<string, unknown>> = {
        'message:send': { channelId: ids.channel, body: 'hello', clientMessageId: 'x', threadRootId: ids.message, attachmentIds: [] },
        sync: { channels: [{ channelId: ids.channel, afterSeq: 0 }] },
        typing: { channelId: ids.channel },
        'channel:read': { channelId: ids.channel, seq: 1 },
        presence: { userIds: [cluster.admin.id] },
      };
      const fresh = (payload: Record<string, unknown>) =>
        'clientMessageId' in payload && payload.clientMessageId === 'x' ? { ...payload, clientMessageId: randomUUID() } : payload;
      let n = 0;
      const send = async (event: string, payload: unknown) => {
        const before = known ?? (await checksum());
        let ack: any;
        try {
          ack = await sockets[n++ % sockets.length].timeout(15_000).emitWithAck(event, payload);
        } catch (e) {
          failures.push(`no ack: ${event} ${JSON.stringify(payload).slice(0, 200)}: ${(e as Error).message}`);
          return;
        }
        const what = () => `${event} ${JSON.stringify(payload).slice(0, 200)} → ${JSON.stringify(ack).slice(0, 300)}`;
        if (ack?.ok === true) {
          known = undefined;
          return;
        }
        if (!(ack?.ok === false && ack.error?.status >= 400 && ack.error.status < 500 && PROBLEM_CODE.test(ack.error.code ?? '')))
          failures.push(`not a 4xx problem: ${what()}`);
        const after = await checksum();
        if (after !== before) failures.push(`refusal changed rows: ${what()}`);
        known = after;
      };

      failures.length = 0;
      for (const [i, [event, valid]] of Object.entries(events).entries()) {
        // Each kind of hostile value in each field (and in each field of a sync entry), one at a time…
        const mutants: Array<(v: unknown) => unknown> = Object.keys(valid).flatMap((field) => [
          (v: unknown) => fresh({ ...valid, [field]: v }),
          ...(field === 'channels'
            ? ['channelId', 'afterSeq'].map((sub) => (v: unknown) => ({ channels: [{ channelId: ids.channel, afterSeq: 0, [sub]: v }] }))
            : []),
        ]);
        for (const [j, mutate] of mutants.entries()) {
          for (const [k, kind] of Object.values(HOSTILE).entries())
            await send(event, mutate(fc.sample(kind, { seed: SEED + 2000 + i * 100 + j * 20 + k, numRuns: 1 })[0]));
        }
        // … then random payloads.
        const payload = fc.oneof(
          {
            weight: 8,
            arbitrary: fc.record(
              Object.fromEntries(
                Object.entries(valid).map(([k, v]) => [
                  k,
                  fc.oneof(
                    { weight: 2, arbitrary: fc.constant(k === 'clientMessageId' ? randomUUID() : v) },
                    { weight: 3, arbitrary: hostileValue },
                    { weight: 1, arbitrary: fc.constant(undefined) },
                  ),
                ]),
              ),
              { requiredKeys: [] },
            ),
          },
          { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 'text', 7, [], deep(3000), { ...valid, extra: 1 }) },
          { weight: 1, arbitrary: fc.constant({ channels: Array.from({ length: 300 }, () => ({ channelId: ids.channel, afterSeq: 0 })) }) },
        );
        for (const sample of fc.sample(payload, { seed: SEED + 1000 + i, numRuns: RUNS_PER_EVENT })) await send(event, sample);
      }
      expect(sockets.every((s) => s.connected)).toBe(true);
      expect(failures).toEqual([]);
    },
    FUZZ_TIMEOUT_MS,
  );
});
