import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Pool } from 'pg';
import { aCluster } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { ROOT } from '../support/processes';
import { TEST_DATABASE_URL } from '../support/test-env';

const run = promisify(execFile);
const script = (name: string, args: string[], env: Record<string, string>) =>
  run('bash', [join(ROOT, 'scripts', name), ...args], { cwd: ROOT, env: { ...process.env, ...env } });
const ids = async (db: Pool, table: string) => new Set((await db.query<{ id: string }>(`SELECT id FROM ${table}`)).rows.map((r) => r.id));

describe('backup and restore', () => {
  let p: Platform;
  let restored: Platform | undefined;
  const restoredName = `hamkar_restore_${randomUUID().slice(0, 8)}`;
  const restoredUrl = `${TEST_DATABASE_URL.replace(/\/[^/?]+(\?.*)?$/, '')}/${restoredName}`;
  beforeAll(async () => (p = await startPlatform({ worker: false })));
  afterAll(async () => {
    await restored?.close();
    await p.close();
    await p.db.end().catch(() => undefined);
    const admin = new Pool({ connectionString: `${TEST_DATABASE_URL.replace(/\/[^/?]+(\?.*)?$/, '')}/postgres`, max: 1 });
    await admin.query(`DROP DATABASE IF EXISTS "${restoredName}" WITH (FORCE)`);
    await admin.end();
  });

  it('restores into a fresh database every message, procurement and file, and the api serves them from there', async () => {
    const cluster = await aCluster(p);
    const firm = await cluster.withMember('member');
    const as = p.http.as(firm);
    const channel = (await as.post(`/clusters/${cluster.id}/channels`, { name: `backup-${randomUUID().slice(0, 6)}`, kind: 'public' }))
      .body;
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('wool price list: 120 AZN/kg')], { type: 'text/plain' }), 'prices.txt');
    const file = (await as.post(`/clusters/${cluster.id}/files`, form)).body;
    for (let i = 0; i < 5; i++)
      expect(
        (
          await as.post(`/channels/${channel.id}/messages`, {
            body: `پیام ${i}`,
            clientMessageId: randomUUID(),
            attachmentIds: i === 0 ? [file.id] : undefined,
          })
        ).status,
      ).toBe(201);
    const need = await as.post(`/clusters/${cluster.id}/procurements`, {
      organizationId: firm.organizationId,
      title: 'Carpet wool',
      description: 'Two-ply',
      categoryCode: '510610',
      unit: 'kg',
      quantity: '400',
      currency: 'AZN',
      joinDeadline: new Date(Date.now() + 3_600_000).toISOString(),
      quoteDeadline: new Date(Date.now() + 7_200_000).toISOString(),
      deliveryCity: 'Zanjan',
      deliveryLat: 36.67,
      deliveryLng: 48.48,
    });
    expect(need.status).toBe(201);
    // Every record that exists when the backup starts (other test files may add more meanwhile).
    const before = {
      messages: await ids(p.db, 'messages'),
      procurements: await ids(p.db, 'procurements'),
      files: await ids(p.db, 'files'),
    };

    const backupDir = join(ROOT, p.env.FILES_DIR, '..', 'backup');
    await script('backup.sh', [backupDir], { DATABASE_URL: TEST_DATABASE_URL, FILES_DIR: p.env.FILES_DIR });
    const restoredFiles = join(p.env.FILES_DIR, '..', 'restored-files');
    const restoring = await script('restore.sh', [backupDir], { DATABASE_URL: restoredUrl, FILES_DIR: restoredFiles });
    expect(restoring.stdout).toContain(`into database ${restoredName}`);

    restored = await startPlatform({ worker: false, env: { DATABASE_URL: restoredUrl, FILES_DIR: restoredFiles } });
    for (const [table, wanted] of [
      ['messages', before.messages],
      ['procurements', before.procurements],
      ['files', before.files],
    ] as const) {
      const found = await ids(restored.db, table);
      expect([...wanted].filter((id) => !found.has(id))).toEqual([]);
    }
    // The same user, through an api on the restored database and files.
    const again = restored.http.as(firm);
    const history = (await again.get(`/channels/${channel.id}/messages?limit=50`)).body;
    expect(history.items.map((m: { body: string }) => m.body).sort()).toEqual(['پیام 0', 'پیام 1', 'پیام 2', 'پیام 3', 'پیام 4']);
    expect((await again.get(`/procurements/${need.body.id}`)).body).toMatchObject({ id: need.body.id, title: 'Carpet wool' });
    const download = await again.get(`/files/${file.id}`);
    expect(download.status).toBe(200);
    expect(download.body).toBe('wool price list: 120 AZN/kg');

    // A restore never overwrites a database that is in use.
    await expect(script('restore.sh', [backupDir], { DATABASE_URL: restoredUrl, FILES_DIR: restoredFiles })).rejects.toMatchObject({
      stdout: expect.stringContaining('restore into a new, empty database'),
    });
  }, 120_000);
});
