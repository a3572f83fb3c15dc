import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { aCluster, eventually } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { ROOT } from '../support/processes';
import { nextEvent } from '../support/sockets';

const WINDOW_MS = 1500;

interface Mail {
  to: string;
  subject: string;
  text: string;
  kind: string;
}

describe('the e-mail digest for people who were away', () => {
  let p: Platform;
  beforeAll(async () => (p = await startPlatform({ env: { NOTIFICATION_DIGEST_MS: String(WINDOW_MS) } })));
  afterAll(() => p.close());

  const digestsTo = async (userId: string): Promise<Mail[]> => {
    const dir = join(ROOT, p.env.MAIL_TRANSPORT.slice('file:'.length));
    const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.includes(`digest-${userId}`));
    return Promise.all(files.map(async (f) => JSON.parse(await readFile(join(dir, f), 'utf8')) as Mail));
  };

  it('gathers what an offline member missed into one mail in their language, and mails nobody who was online', async () => {
    const cluster = await aCluster(p);
    const away = await cluster.withMember('member', { displayName: 'Maryam', locale: 'fa' });
    const here = await cluster.withMember('member', { displayName: 'Aysel' });
    const channel = (
      await p.http
        .as(cluster.admin)
        .post(`/clusters/${cluster.id}/channels`, { name: `digest-${randomUUID().slice(0, 6)}`, kind: 'public' })
    ).body;
    const hereSocket = await p.socket(here.token);
    const live = nextEvent(hereSocket, 'notification:new');

    for (const body of [`<@${away.id}> <@${here.id}> قیمت پشم؟`, `<@${away.id}> رنگ‌ها رسید`]) {
      expect(
        (await p.http.as(cluster.admin).post(`/channels/${channel.id}/messages`, { body, clientMessageId: randomUUID() })).status,
      ).toBe(201);
    }
    await live; // the online member heard at once

    const [mail] = await eventually(async () => ((await digestsTo(away.id)).length ? digestsTo(away.id) : undefined), {
      timeoutMs: 15_000,
    });
    expect(mail).toMatchObject({ to: away.email, kind: 'digest', subject: '۲ اعلان خوانده‌نشده در همکار' });
    expect(mail.text).toContain('Maryam عزیز');
    expect(mail.text).toContain('قیمت پشم؟');
    expect(mail.text).toContain('رنگ‌ها رسید');
    expect(mail.text).toContain(`/#/channels/${channel.id}`);

    // Marked as mailed, so no later digest repeats them; the online member got none.
    const { rows } = await p.db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND emailed_at IS NULL`, [away.id]);
    expect(rows[0].n).toBe(0);
    await new Promise((r) => setTimeout(r, 2000)); // a whole further window
    expect(await digestsTo(away.id)).toHaveLength(1);
    expect(await digestsTo(here.id)).toHaveLength(0);
  });

  it('leaves out what the person read in the app before the window closed', async () => {
    const cluster = await aCluster(p);
    const reader = await cluster.withMember('member', { displayName: 'Leyla', locale: 'az' });
    const channel = (
      await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name: `read-${randomUUID().slice(0, 6)}`, kind: 'public' })
    ).body;
    // Sent just after a window opens, so reading it comes well before that window's digest.
    while (Date.now() % WINDOW_MS > 100) await new Promise((r) => setTimeout(r, 10));
    await p.http
      .as(cluster.admin)
      .post(`/channels/${channel.id}/messages`, { body: `<@${reader.id}> read this in the app`, clientMessageId: randomUUID() });
    await eventually(async () => ((await p.http.as(reader).get('/notifications?unread=true')).body.items.length === 1 ? true : undefined));
    expect((await p.http.as(reader).post('/notifications/read-all')).status).toBeLessThan(300);
    await new Promise((r) => setTimeout(r, 3500)); // past the window, and its digest job
    expect(await digestsTo(reader.id)).toHaveLength(0);
  });
});
