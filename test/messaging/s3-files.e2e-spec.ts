import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { aCluster } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';

// s3rver is a real S3 API over HTTP (put, get, signatures), kept in a directory.
describe('files in an S3-compatible store', () => {
  let p: Platform;
  let s3: S3rver;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hamkar-s3-'));
    s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir, configureBuckets: [{ name: 'hamkar-files' }] });
    const { port } = await s3.run();
    p = await startPlatform({
      worker: false,
      env: {
        FILES_STORE: 's3',
        S3_ENDPOINT: `http://127.0.0.1:${port}`,
        S3_BUCKET: 'hamkar-files',
        S3_ACCESS_KEY_ID: 'S3RVER',
        S3_SECRET_ACCESS_KEY: 'S3RVER',
      },
    });
  });
  afterAll(async () => {
    await p?.close();
    await s3?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps the bytes in the bucket, not on the api’s disk, and serves them to readers of the channel', async () => {
    const cluster = await aCluster(p);
    const member = await cluster.withMember('member');
    const colleague = await cluster.withMember('member');
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('رنگ: لاکی\nمقدار: ۴۰ کیلو\n')], { type: 'text/plain' }), 'سفارش رنگ.txt');
    const uploaded = await p.http.as(member).post(`/clusters/${cluster.id}/files`, form);
    expect(uploaded.status).toBe(201);

    expect(await readdir(join(dir, 'hamkar-files'))).toEqual(expect.arrayContaining([expect.stringContaining(uploaded.body.id)]));
    expect(existsSync(join(p.env.FILES_DIR, uploaded.body.id))).toBe(false);

    const channel = (
      await p.http.as(member).post(`/clusters/${cluster.id}/channels`, { name: `dyes-${randomUUID().slice(0, 6)}`, kind: 'public' })
    ).body;
    await p.http
      .as(member)
      .post(`/channels/${channel.id}/messages`, { body: 'سفارش رنگ', clientMessageId: randomUUID(), attachmentIds: [uploaded.body.id] });
    const download = await p.http.as(colleague).get(`/files/${uploaded.body.id}`);
    expect(download.status).toBe(200);
    expect(download.body).toBe('رنگ: لاکی\nمقدار: ۴۰ کیلو\n');
  });
});
