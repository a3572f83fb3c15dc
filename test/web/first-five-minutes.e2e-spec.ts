import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT } from '../support/processes';
import { seriousViolations } from '../support/accessibility';
import { aCluster, ClusterFixture, eventually } from '../support/factories';
import { expectFitsScreen, phonePage, screenshot, signedInPage, useBrowserSuite } from '../support/browser';
import type { Platform } from '../support/platform';

/** Persian digits, as the bell shows a count in Persian. */
const persian = (n: number) => String(n).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]);

describe('the first five minutes: notifications, links and search', () => {
  let p: Platform;
  let browser: Browser;
  let cluster: ClusterFixture;
  useBrowserSuite((suite) => ({ p, browser, cluster } = suite));

  /** A public channel both people are in, with `after` messages written after the one that matters. */
  async function aBusyChannel(name: string, people: Array<{ id: string; token: string }>) {
    const channel = (await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name, kind: 'public' })).body;
    for (const person of people) await p.http.as(person).post(`/channels/${channel.id}/join`);
    return channel as { id: string };
  }
  async function chatter(channelId: string, count: number, tag: string) {
    for (let i = 0; i < count; i++) {
      const res = await p.http
        .as(cluster.admin)
        .post(`/channels/${channelId}/messages`, { body: `${tag} filler ${i}`, clientMessageId: `${tag}-${i}` });
      expect(res.status).toBe(201);
    }
  }

  it('B, on another screen, sees the bell count rise when A mentions B, and the notification opens the message highlighted', async () => {
    const a = await cluster.withMember('member', { displayName: 'Arash Writer', locale: 'en' });
    const b = await cluster.withMember('member', { displayName: 'بهار Reader', locale: 'fa' });
    const channel = await aBusyChannel('wool-buyers', [a, b]);
    const phone = await phonePage(browser, b, 'fa');
    await phone.page.goto(`${p.baseUrl}/#/c/${cluster.id}/procurements`);
    await phone.page.getByTestId('bell').waitFor();
    expect(await phone.page.getByTestId('bell-count').count()).toBe(0);

    const desk = await signedInPage(browser, a, 'en');
    await desk.page.goto(`${p.baseUrl}/#/c/${cluster.id}/chat/${channel.id}`);
    await desk.page.getByTestId('composer').fill('Wool prices for @بهار');
    await desk.page.getByTestId('mention-option').filter({ hasText: 'بهار' }).click();
    await desk.page.getByTestId('composer').press('End');
    await desk.page.getByTestId('composer').pressSequentially(' — can you check the March quote?');
    await desk.page.getByTestId('composer-send').click();
    await desk.page.getByTestId('message').filter({ hasText: 'March quote' }).waitFor();

    // B is still on the procurement screen: the bell counts the mention as it happens.
    await phone.page
      .getByTestId('bell-count')
      .filter({ hasText: persian(1) })
      .waitFor();
    expect(phone.page.url()).toContain('/procurements');
    await expectFitsScreen(phone.page, 'bell with a count');

    // Enough talk afterwards that the mention is far outside the newest page of the channel.
    await chatter(channel.id, 70, 'after-mention');

    await phone.page.getByTestId('bell').click();
    const notification = phone.page.getByTestId('notification').filter({ hasText: 'March quote' });
    await notification.waitFor();
    expect(await notification.getAttribute('data-unread')).toBe('true');
    // The mention reads as a name, never as a raw <@uuid>.
    expect(await notification.innerText()).not.toContain('<@');
    await expectFitsScreen(phone.page, 'notifications');
    await screenshot(phone.page, 'phone-fa-notifications');

    await notification.locator('a').click();
    const highlighted = phone.page.locator('[data-testid="message"][data-highlighted="true"]');
    await highlighted.waitFor();
    expect(await highlighted.innerText()).toContain('March quote');
    expect(await highlighted.isVisible()).toBe(true);
    await eventually(async () => (await phone.page.getByTestId('bell-count').count()) === 0);
    await expectFitsScreen(phone.page, 'linked message');
    await screenshot(phone.page, 'phone-fa-linked-message');
    await Promise.all([phone.context.close(), desk.context.close()]);
  });

  it('a search result opens its message in the channel, far back in the history', async () => {
    const b = await cluster.withMember('member', { displayName: 'Bahar Searcher', locale: 'fa' });
    const channel = await aBusyChannel('dye-house', [b]);
    await chatter(channel.id, 3, 'before');
    await p.http
      .as(cluster.admin)
      .post(`/channels/${channel.id}/messages`, { body: 'روناس از تبریز رسید', clientMessageId: `madder-${Date.now()}` });
    await chatter(channel.id, 70, 'later');

    const phone = await phonePage(browser, b, 'fa');
    await phone.page.goto(`${p.baseUrl}/#/c/${cluster.id}/chat`);
    // Chat opens on the unread channel; search is on the list, one step back.
    await phone.page.getByTestId('back-to-channels').click();
    await phone.page.getByTestId('search').fill('روناس');
    await phone.page.getByTestId('search').press('Enter');
    await phone.page.getByTestId('search-result').first().click();
    const highlighted = phone.page.locator('[data-testid="message"][data-highlighted="true"]');
    await highlighted.waitFor();
    expect(await highlighted.innerText()).toContain('روناس از تبریز');
    expect(await highlighted.isVisible()).toBe(true);
    await phone.context.close();
  });

  it('a channel with unread messages opens at the first unread one, under a "new messages" line', async () => {
    const b = await cluster.withMember('member', { displayName: 'Unread Reader', locale: 'en' });
    const channel = await aBusyChannel('honey-export', [b]);
    await chatter(channel.id, 5, 'seen');
    const seen = (await p.http.as(b).get(`/channels/${channel.id}/messages?limit=1`)).body.items[0];
    await p.http.as(b).post(`/channels/${channel.id}/read`, { seq: seen.seq });
    await chatter(channel.id, 60, 'unseen');

    const desk = await signedInPage(browser, b, 'en');
    await desk.page.goto(`${p.baseUrl}/#/c/${cluster.id}/chat/${channel.id}`);
    const line = desk.page.getByTestId('new-messages');
    await line.waitFor();
    expect(await line.isVisible()).toBe(true);
    // The first message under the line is the first one B had not read.
    const first = desk.page.locator('[data-testid="new-messages"] + [data-testid="message"]');
    expect(await first.innerText()).toContain('unseen filler 0');
    await desk.context.close();
  });
  it('A starts a direct message with B from the member list, and B reads it', async () => {
    const a = await cluster.withMember('member', { displayName: 'Arzu Sender', locale: 'az' });
    const b = await cluster.withMember('supplier', { displayName: 'Behnam Tabrizi', locale: 'fa' });
    const phone = await phonePage(browser, a, 'fa');
    await phone.page.goto(`${p.baseUrl}/#/c/${cluster.id}/chat`);
    await phone.page.getByTestId('people-link').click();
    const person = phone.page.getByTestId('person').filter({ hasText: 'Behnam Tabrizi' });
    await person.waitFor();
    await expectFitsScreen(phone.page, 'people');
    await screenshot(phone.page, 'phone-fa-people');
    await person.getByTestId('message-person').click();
    await phone.page.getByTestId('composer').fill('سلام، نمونه نخ را فرستادید؟');
    await phone.page.getByTestId('composer-send').click();
    await phone.page.getByTestId('message').filter({ hasText: 'نمونه نخ' }).waitFor();

    // The same conversation B has with A, with the message in it.
    const direct = (await p.http.as(b).post(`/clusters/${cluster.id}/direct`, { userIds: [a.id] })).body;
    const history = (await p.http.as(b).get(`/channels/${direct.id}/messages`)).body.items;
    expect(history.map((m: { body: string }) => m.body)).toContain('سلام، نمونه نخ را فرستادید؟');
    expect(phone.page.url()).toContain(`/chat/${direct.id}`);
    await phone.context.close();
  });

  it('B finds a public channel in the channel browser and joins it', async () => {
    const b = await cluster.withMember('member', { displayName: 'Browsing Bahman', locale: 'fa' });
    const channel = (
      await p.http
        .as(cluster.admin)
        .post(`/clusters/${cluster.id}/channels`, { name: 'رنگرزی گیاهی', kind: 'public', topic: 'روناس و اسپرک' })
    ).body;
    await p.http
      .as(cluster.admin)
      .post(`/channels/${channel.id}/messages`, { body: 'خوش آمدید', clientMessageId: `welcome-${Date.now()}` });
    const phone = await phonePage(browser, b, 'fa');
    await phone.page.goto(`${p.baseUrl}/#/c/${cluster.id}/chat`);
    // The browser's count says the channels have loaded (B is in none of them yet).
    await phone.page.locator('[data-testid="browse-channels"] .badge').waitFor();
    // Not joined yet: it waits in the browser, not in B's own list.
    expect(await phone.page.getByTestId('channel-link').filter({ hasText: 'رنگرزی گیاهی' }).count()).toBe(0);
    await phone.page.getByTestId('browse-channels').click();
    await phone.page.getByTestId('browse-search').fill('اسپرک');
    const found = phone.page.getByTestId('joinable-channel').filter({ hasText: 'رنگرزی گیاهی' });
    await found.waitFor();
    await expectFitsScreen(phone.page, 'channel browser');
    await screenshot(phone.page, 'phone-fa-channel-browser');
    await found.getByTestId('browse-join').click();
    await phone.page.getByTestId('message').filter({ hasText: 'خوش آمدید' }).waitFor();
    await phone.page.getByTestId('composer').waitFor();
    const mine = (await p.http.as(b).get(`/clusters/${cluster.id}/channels`)).body.items.find((c: { id: string }) => c.id === channel.id);
    expect(mine.isMember).toBe(true);
    await phone.context.close();
  });

  it('a member sets a channel’s topic and leaves it from the channel settings', async () => {
    const b = await cluster.withMember('member', { displayName: 'Settling Sara', locale: 'fa' });
    const channel = await aBusyChannel('pasture-talk', [b]);
    const phone = await phonePage(browser, b, 'fa');
    await phone.page.goto(`${p.baseUrl}/#/c/${cluster.id}/chat/${channel.id}`);
    await phone.page.getByTestId('channel-settings').locator('summary').click();
    await phone.page.getByTestId('channel-topic').fill('چراگاه‌های تابستانی');
    await phone.page.getByTestId('save-topic').click();
    await phone.page.locator('.topic').filter({ hasText: 'چراگاه‌های تابستانی' }).waitFor();
    await expectFitsScreen(phone.page, 'channel settings');
    await phone.page.getByTestId('leave-channel').click();
    await phone.page.getByTestId('confirm-leave-confirm').click();
    await eventually(
      async () =>
        !(await p.http.as(b).get(`/clusters/${cluster.id}/channels`)).body.items.find((c: { id: string }) => c.id === channel.id).isMember,
    );
    await phone.context.close();
  });

  it('an admin invites a new address from the web, and the invitee accepts through the e-mailed link, in Persian', async () => {
    const persianCluster = await aCluster(p, { name: 'خوشه فرش زنجان', defaultLocale: 'fa' });
    const email = `newcomer-${Date.now()}@example.test`;
    const desk = await signedInPage(browser, persianCluster.admin, 'en');
    await desk.page.goto(`${p.baseUrl}/#/c/${persianCluster.id}/people`);
    await desk.page.getByTestId('invitations').locator('summary').click();
    await desk.page.getByTestId('invite-email').fill(email);
    await desk.page.getByTestId('invite-role').selectOption('supplier');
    await desk.page.getByTestId('invite-send').click();
    await desk.page.getByTestId('invite-sent').waitFor();
    await desk.page.getByTestId('pending-invitation').filter({ hasText: email }).waitFor();

    // The mail, in the cluster's language, carries the link.
    const dir = join(ROOT, p.env.MAIL_TRANSPORT.slice('file:'.length));
    const mail = await eventually(async () => {
      for (const f of await readdir(dir).catch(() => [] as string[])) {
        const m = JSON.parse(await readFile(join(dir, f), 'utf8')) as { to: string; kind: string; subject: string; text: string };
        if (m.to === email && m.kind === 'invitation') return m;
      }
      return undefined;
    });
    expect(mail.subject).toBe('دعوت به خوشه فرش زنجان در همکار');
    expect(mail.text).toContain('تأمین‌کننده');
    const link = /https?:\/\/\S+#\/invitations\/\S+/.exec(mail.text)![0];
    const token = link.split('#/invitations/')[1];

    const phone = await phonePage(browser, undefined, 'fa');
    await phone.page.goto(`${p.baseUrl}/#/invitations/${token}`);
    await phone.page.getByTestId('tab-register').click();
    await phone.page.getByTestId('displayName').fill('نسرین تازه‌وارد');
    await phone.page.getByTestId('email').fill(email);
    await phone.page.getByTestId('password').fill('correct horse battery');
    await phone.page.getByTestId('auth-submit').click();
    await phone.page.getByTestId('accept-invitation').click();
    await eventually(async () => phone.page.url().includes(`/c/${persianCluster.id}/`));
    await expectFitsScreen(phone.page, 'after accepting');

    const members = (await p.http.as(persianCluster.admin).get(`/clusters/${persianCluster.id}/members`)).body.items;
    expect(members.find((m: { displayName: string }) => m.displayName === 'نسرین تازه‌وارد')?.role).toBe('supplier');
    const pending = (await p.http.as(persianCluster.admin).get(`/clusters/${persianCluster.id}/invitations`)).body.items;
    expect(pending.some((i: { email: string }) => i.email === email)).toBe(false);
    await Promise.all([desk.context.close(), phone.context.close()]);
  });

  it('the inbox, people, profile, organization and channel browser screens fit a phone in Persian with nothing serious for axe', async () => {
    const b = await cluster.withMember('supplier', { displayName: 'Axe Azadeh', locale: 'fa' });
    const phone = await phonePage(browser, b, 'fa');
    for (const [hash, ready] of [
      [`#/c/${cluster.id}/notifications`, 'bell'],
      [`#/c/${cluster.id}/people`, 'person'],
      [`#/c/${cluster.id}/people/${cluster.admin.id}`, 'profile'],
      [`#/c/${cluster.id}/orgs/${b.organizationId}`, 'organization'],
      [`#/c/${cluster.id}/channels`, 'browse-search'],
    ]) {
      await phone.page.goto(`${p.baseUrl}/${hash}`);
      await phone.page.getByTestId(ready).first().waitFor();
      await eventually(async () => (await phone.page.locator('[data-testid="loading"]').count()) === 0);
      await expectFitsScreen(phone.page, hash);
      expect(await seriousViolations(phone.page)).toEqual([]);
    }
    await phone.context.close();
  });
});
