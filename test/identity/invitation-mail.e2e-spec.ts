import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { aCluster, aUser, eventually } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { ROOT } from '../support/processes';

describe('invitation e-mail', () => {
  let p: Platform;
  beforeAll(async () => (p = await startPlatform()));
  afterAll(() => p.close());

  it('is written by the worker, and its link works exactly once', async () => {
    const cluster = await aCluster(p);
    const guest = await aUser(p);
    const invite = await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/invitations`, { email: guest.email, role: 'member' });
    expect(invite.status).toBe(201);

    const mailDir = join(ROOT, p.env.MAIL_TRANSPORT.slice('file:'.length));
    const mail = await eventually(async () => {
      const files = await readdir(mailDir).catch(() => []);
      const file = files.find((f) => f.includes(invite.body.id));
      return file ? JSON.parse(await readFile(join(mailDir, file), 'utf8')) : undefined;
    });
    expect(mail.to).toBe(guest.email);
    const token = /\/invitations\/([\w-]+)/.exec(mail.text)![1];
    expect(token).toBe(invite.body.token);

    expect((await p.http.as(guest).post(`/invitations/${token}/accept`, {})).status).toBe(200);
    expect((await p.http.as(guest).post(`/invitations/${token}/accept`, {})).status).toBe(410);
  });
});
