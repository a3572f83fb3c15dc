import { createDecipheriv, createECDH, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { createServer, Server } from 'node:https';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { aCluster, ClusterFixture, eventually } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { ROOT } from '../support/processes';

/** Push services speak only HTTPS: a certificate for 127.0.0.1 that the worker is told to trust. */
function aLocalCertificate(): { key: Buffer; cert: Buffer; certPath: string } {
  const dir = join(ROOT, '.tmp', 'test', `push-tls-${randomUUID().slice(0, 8)}`);
  mkdirSync(dir, { recursive: true });
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      keyPath,
      '-out',
      certPath,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(keyPath), cert: readFileSync(certPath), certPath };
}

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

const b64url = (b: Buffer) => b.toString('base64url');
const hmac = (key: Buffer, data: Buffer) => createHmac('sha256', key).update(data).digest();

/** A browser's side of RFC 8291: its key pair and auth secret, and the decryption of what arrives. */
function aBrowser() {
  const ecdh = createECDH('prime256v1');
  const publicKey = ecdh.generateKeys();
  const auth = randomBytes(16);
  return {
    keys: { p256dh: b64url(publicKey), auth: b64url(auth) },
    decrypt(body: Buffer): string {
      const salt = body.subarray(0, 16);
      const idlen = body[20];
      const serverKey = body.subarray(21, 21 + idlen);
      const ciphertext = body.subarray(21 + idlen);
      const shared = ecdh.computeSecret(serverKey);
      const prkKey = hmac(auth, shared);
      const ikm = hmac(prkKey, Buffer.concat([Buffer.from('WebPush: info\0'), publicKey, serverKey, Buffer.from([1])]));
      const prk = hmac(salt, ikm);
      const cek = hmac(prk, Buffer.from('Content-Encoding: aes128gcm\0\x01', 'binary')).subarray(0, 16);
      const nonce = hmac(prk, Buffer.from('Content-Encoding: nonce\0\x01', 'binary')).subarray(0, 12);
      const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
      decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
      const plain = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - 16)), decipher.final()]);
      // The last record ends with the delimiter 0x02, then any padding zeros.
      return plain.subarray(0, plain.lastIndexOf(2)).toString('utf8');
    },
  };
}

describe('web push for people whose app is closed', () => {
  let p: Platform;
  let cluster: ClusterFixture;
  let pushService: Server;
  let pushUrl: string;
  const received: Received[] = [];

  beforeAll(async () => {
    // Stands in for a browser vendor's push service: records each request; an endpoint under /gone/ is forgotten (410).
    const tls = aLocalCertificate();
    pushService = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
        res.writeHead(req.url?.startsWith('/gone/') ? 410 : 201).end();
      });
    });
    await new Promise<void>((resolve) => pushService.listen(0, '127.0.0.1', resolve));
    pushUrl = `https://127.0.0.1:${(pushService.address() as AddressInfo).port}`;
    p = await startPlatform({ env: { NODE_EXTRA_CA_CERTS: tls.certPath } });
    cluster = await aCluster(p);
  });
  afterAll(async () => {
    await p?.close();
    await new Promise((resolve) => pushService?.close(resolve));
  });

  async function aMentionOf(targets: Array<{ id: string; token: string }>, text: string) {
    const channel = (
      await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name: `push-${randomUUID().slice(0, 6)}`, kind: 'public' })
    ).body;
    for (const target of targets) await p.http.as(target).post(`/channels/${channel.id}/join`);
    const res = await p.http.as(cluster.admin).post(`/channels/${channel.id}/messages`, {
      body: `${targets.map((t) => `<@${t.id}>`).join(' ')} ${text}`,
      clientMessageId: randomUUID(),
    });
    expect(res.status).toBe(201);
  }

  it('stores a subscription and pushes a mention to it, encrypted per RFC 8291 and signed with the VAPID key', async () => {
    const member = await cluster.withMember('member', { displayName: 'Pushed Parisa' });
    const browser = aBrowser();
    const endpoint = `${pushUrl}/push/${randomUUID()}`;
    const { publicKey } = (await p.http.as(member).get('/push/public-key')).body;
    const stored = await p.http.as(member).post('/push/subscriptions', { endpoint, keys: browser.keys });
    expect(stored.status).toBe(201);

    await aMentionOf([member], 'wool prices are in');
    const push = await eventually(async () => received.find((r) => endpoint.endsWith(r.path)));
    expect(push.headers['content-encoding']).toBe('aes128gcm');
    expect(push.headers['ttl']).toBeDefined();
    expect(push.headers['authorization']).toMatch(new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${publicKey}$`));
    const payload = JSON.parse(browser.decrypt(push.body));
    expect(payload).toMatchObject({ kind: 'mention', clusterId: cluster.id });
    expect(payload.body).toContain('wool prices are in');
    expect(payload.link).toMatch(/^\/channels\/[0-9a-f-]{36}\?seq=\d+$/);
  });

  it('removes a subscription the push service answers 410 for', async () => {
    const member = await cluster.withMember('member', { displayName: 'Gone Golnar' });
    const endpoint = `${pushUrl}/gone/${randomUUID()}`;
    await p.http.as(member).post('/push/subscriptions', { endpoint, keys: aBrowser().keys });
    const count = async () =>
      (await p.db.query(`SELECT count(*)::int AS n FROM push_subscriptions WHERE endpoint = $1`, [endpoint])).rows[0].n as number;
    expect(await count()).toBe(1);

    await aMentionOf([member], 'are you there?');
    await eventually(async () => received.some((r) => endpoint.endsWith(r.path)));
    await eventually(async () => (await count()) === 0);
  });

  it('pushes nothing for a kind the person turned off', async () => {
    const member = await cluster.withMember('member', { displayName: 'Quiet Qasem' });
    const endpoint = `${pushUrl}/push/${randomUUID()}`;
    await p.http.as(member).post('/push/subscriptions', { endpoint, keys: aBrowser().keys });
    const prefs = await p.http
      .as(member)
      .put('/push/preferences', { kinds: ['direct-message'], quietFrom: null, quietUntil: null, timeZone: 'Asia/Baku' });
    expect(prefs.body).toEqual({ kinds: ['direct-message'], quietFrom: null, quietUntil: null, timeZone: 'Asia/Baku' });

    // Mentioned together with someone who keeps pushes on: one delivery, one push, to the other one only.
    const loud = await cluster.withMember('member', { displayName: 'Loud Leila' });
    const loudEndpoint = `${pushUrl}/push/${randomUUID()}`;
    await p.http.as(loud).post('/push/subscriptions', { endpoint: loudEndpoint, keys: aBrowser().keys });
    await aMentionOf([member, loud], 'silent please');
    await eventually(async () => received.some((r) => loudEndpoint.endsWith(r.path)));
    expect((await p.http.as(member).get('/notifications?unread=true')).body.unreadCount).toBe(1);
    expect(received.some((r) => endpoint.endsWith(r.path))).toBe(false);
  });

  it('refuses a subscription that is not one, and a time zone that does not exist, with clear problems', async () => {
    const member = await cluster.withMember('member');
    const bad = await p.http.as(member).post('/push/subscriptions', { endpoint: 'not a url', keys: { p256dh: 'x', auth: 'y' } });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('input.invalid');
    const zone = await p.http
      .as(member)
      .put('/push/preferences', { kinds: ['mention'], quietFrom: 0, quietUntil: 60, timeZone: 'Mars/Olympus' });
    expect(zone.status).toBe(400);
  });
});
