import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { aUser, ClusterFixture, eventually } from '../support/factories';
import { expectFitsScreen, phonePage, screenshot, useBrowserSuite } from '../support/browser';
import type { Platform } from '../support/platform';
import { ROOT } from '../support/processes';

const fa = JSON.parse(readFileSync(join(ROOT, 'apps/web/src/locales/fa.json'), 'utf8'));
/** The Persian sentence the client must show for a problem code. */
const persianFor = (code: string) => code.split('.').reduce((node, part) => node?.[part], fa.problems) as string;

describe('the web client on a phone, in Persian', () => {
  let p: Platform;
  let browser: Browser;
  let cluster: ClusterFixture;
  useBrowserSuite((suite) => ({ p, browser, cluster } = suite));

  it('greets a first visit in the browser’s language and answers a wrong password in Persian', async () => {
    const user = await aUser(p);
    const { code } = (await p.http.post('/auth/login', { email: user.email, password: 'not the password' })).body;
    const { context, page } = await phonePage(browser, undefined, 'fa');
    await page.goto(p.baseUrl);
    await page.locator('html[lang="fa"][dir="rtl"]').waitFor({ state: 'attached' });
    await page.getByTestId('auth-language-fa').waitFor();
    await expectFitsScreen(page, 'sign-in');

    await page.getByTestId('email').fill(user.email);
    await page.getByTestId('password').fill('not the password');
    await page.getByTestId('auth-submit').click();
    const message = (await page.getByTestId('error').innerText()).trim();
    expect(message).toBe(persianFor(code));
    expect(message).not.toMatch(/[A-Za-z]/);
    await expectFitsScreen(page, 'sign-in with an error');
    await screenshot(page, 'phone-fa-wrong-password');
    await context.close();
  });

  it('shows the channel list as its own screen, then the channel with its composer at the bottom', async () => {
    const member = await cluster.withMember('member', { displayName: 'مریم Rezaei', locale: 'fa' });
    const channel = (await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name: 'خرید پشم 2026', kind: 'public' }))
      .body;
    await p.http.as(member).post(`/channels/${channel.id}/join`);
    await p.http
      .as(cluster.admin)
      .post(`/channels/${channel.id}/messages`, { body: 'سلام، order #42 ready?', clientMessageId: `phone-${Date.now()}` });
    // Read already: with something unread, chat would open that channel by itself (first-five-minutes-chat).
    await p.http.as(member).post(`/channels/${channel.id}/read`, { seq: 1 });
    const { context, page } = await phonePage(browser, member, 'fa');

    await page.goto(`${p.baseUrl}/#/c/${cluster.id}/chat`);
    await page.getByTestId('channel-link').filter({ hasText: 'خرید پشم' }).waitFor();
    expect(await page.getByTestId('composer').count()).toBe(0);
    expect(await page.getByTestId('tab-chat').filter({ hasText: 'گفتگو' }).isVisible()).toBe(true);
    // A member may not read the dashboard: the tab is not offered at all.
    await page.getByTestId('tab-procurements').waitFor();
    expect(await page.getByTestId('tab-dashboard').count()).toBe(0);
    await expectFitsScreen(page, 'channel list');
    await screenshot(page, 'phone-fa-channels');

    await page.getByTestId('channel-link').filter({ hasText: 'خرید پشم' }).click();
    await page.getByTestId('message').filter({ hasText: 'order #42' }).waitFor();
    const composer = await page.getByTestId('composer').boundingBox();
    expect(composer!.y + composer!.height).toBeGreaterThan(844 - 120);
    expect(await page.getByTestId('channel-list').isVisible()).toBe(false);
    // The back arrow points the way Persian reads.
    const transform = await page
      .getByTestId('back-to-channels')
      .locator('svg')
      .evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { transform: string } }).getComputedStyle(el).transform);
    expect(transform).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    await expectFitsScreen(page, 'channel');
    await screenshot(page, 'phone-fa-channel');
    await context.close();
  });

  it('loses nothing written offline across a reload, and sends it once when the connection returns', async () => {
    const member = await cluster.withMember('member', { displayName: 'Leyla', locale: 'fa' });
    const channel = (await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name: 'offline-reload', kind: 'public' }))
      .body;
    await p.http.as(member).post(`/channels/${channel.id}/join`);
    const { context, page } = await phonePage(browser, member, 'fa');
    await page.goto(`${p.baseUrl}/#/c/${cluster.id}/chat/${channel.id}`);
    await page.getByTestId('composer').waitFor();
    await swKeptEverything(page);

    await context.setOffline(true);
    const body = `نوشته در حالت آفلاین ${Date.now()}`;
    await page.getByTestId('composer').fill(body);
    await page.getByTestId('composer-send').click();
    await page.getByTestId('outgoing-pending').waitFor();
    await page.getByTestId('composer').fill('یک پیش‌نویس دیگر');
    await page.reload();
    await page.getByTestId('error').filter({ hasText: fa.problems.network }).waitFor();

    await context.setOffline(false);
    await page.getByTestId('retry').click();
    await page.getByTestId('message').filter({ hasText: body }).waitFor();
    await expectValue(page, 'یک پیش‌نویس دیگر');
    await eventually(async () => (await page.getByTestId('outgoing').count()) === 0);
    const stored = (await p.http.as(member).get(`/channels/${channel.id}/messages?limit=50`)).body.items.filter(
      (m: { body: string }) => m.body === body,
    );
    expect(stored).toHaveLength(1);
    await context.close();
  });

  it('marks a message the server refuses as failed, says why in Persian, and sends it on retry', async () => {
    const member = await cluster.withMember('member', { displayName: 'Nasrin', locale: 'fa' });
    const channel = (await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name: 'archived-soon', kind: 'public' }))
      .body;
    await p.http.as(member).post(`/channels/${channel.id}/join`);
    const { context, page } = await phonePage(browser, member, 'fa');
    await page.goto(`${p.baseUrl}/#/c/${cluster.id}/chat/${channel.id}`);
    await page.getByTestId('composer').waitFor();
    expect((await p.http.as(cluster.admin).patch(`/channels/${channel.id}`, { archived: true })).status).toBe(200);

    const body = `پیام برای کانال بایگانی ${Date.now()}`;
    await page.getByTestId('composer').fill(body);
    await page.getByTestId('composer-send').click();
    const failed = page.getByTestId('outgoing').filter({ hasText: body }).getByTestId('outgoing-failed');
    await failed.getByTestId('error').filter({ hasText: fa.problems.channel.archived }).waitFor();

    expect((await p.http.as(cluster.admin).patch(`/channels/${channel.id}`, { archived: false })).status).toBe(200);
    await failed.getByTestId('outgoing-retry').click();
    await page.getByTestId('message').filter({ hasText: body }).waitFor();
    const stored = (await p.http.as(member).get(`/channels/${channel.id}/messages?limit=50`)).body.items.filter(
      (m: { body: string }) => m.body === body,
    );
    expect(stored).toHaveLength(1);
    await context.close();
  });

  it.each(['fa', 'az'])('fits a 360 px phone in %s: clusters, channels, a channel with long words and a file', async (locale) => {
    const member = await cluster.withMember('member', { displayName: 'Səbinə Məmmədova-Əliyeva', locale });
    const channel = (
      await p.http
        .as(cluster.admin)
        .post(`/clusters/${cluster.id}/channels`, { name: `ipək-və-yun-alışı-${locale}-2026-noyabr`, kind: 'public' })
    ).body;
    await p.http.as(member).post(`/channels/${channel.id}/join`);
    const form = new FormData();
    form.append('file', new Blob(['qiymətlər']), 'qiymət-cədvəli-noyabr-2026-final-versiya.xlsx');
    const file = (await fetch(`${p.baseUrl}/api/v1/clusters/${cluster.id}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${member.token}` },
      body: form,
    }).then((r) => r.json())) as { id: string };
    await p.http.as(member).post(`/channels/${channel.id}/messages`, {
      body: `${'Çoxməhsullu'.repeat(8)} https://example.test/${'a'.repeat(80)}`,
      clientMessageId: `wide-${locale}-${Date.now()}`,
      attachmentIds: [file.id],
    });
    const { context, page } = await phonePage(browser, member, locale, { width: 360, height: 740 });
    await page.goto(`${p.baseUrl}/#/`);
    await page.getByTestId('cluster-list').waitFor();
    await expectFitsScreen(page, 'clusters at 360 px');
    await page.goto(`${p.baseUrl}/#/c/${cluster.id}/chat`);
    await page.getByTestId('channel-link').first().waitFor();
    await expectFitsScreen(page, 'channels at 360 px');
    await page.goto(`${p.baseUrl}/#/c/${cluster.id}/chat/${channel.id}`);
    await page.getByTestId('message').locator('.attachment').waitFor();
    await expectFitsScreen(page, 'channel at 360 px');
    await screenshot(page, `phone-360-${locale}-channel`);
    await context.close();
  });

  it('keeps messages written offline as pending, then sends each exactly once, in order, when the connection returns', async () => {
    const member = await cluster.withMember('member', { displayName: 'Reza', locale: 'fa' });
    const channel = (await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name: 'offline-test', kind: 'public' }))
      .body;
    await p.http.as(member).post(`/channels/${channel.id}/join`);
    const { context, page } = await phonePage(browser, member, 'fa');
    await page.goto(`${p.baseUrl}/#/c/${cluster.id}/chat/${channel.id}`);
    await page.getByTestId('composer').waitFor();

    // A draft survives a reload.
    await page.getByTestId('composer').fill('پیش‌نویس نیمه‌کاره');
    await page.reload();
    await expectValue(page, 'پیش‌نویس نیمه‌کاره');

    await context.setOffline(true);
    await page.getByTestId('offline-banner').waitFor();
    const body = `۳۰۰ کیلو نخ لازم داریم ${Date.now()}`;
    const second = `و ۵۰ کیلو رنگ ${Date.now()}`;
    await page.getByTestId('composer').fill(body);
    await page.getByTestId('composer-send').click();
    await page.getByTestId('outgoing').filter({ hasText: body }).getByTestId('outgoing-pending').waitFor();
    await page.getByTestId('composer').fill(second);
    await page.getByTestId('composer').press('Enter');
    await page.getByTestId('outgoing').filter({ hasText: second }).getByTestId('outgoing-pending').waitFor();
    expect(await page.getByTestId('composer').innerText()).toBe('');
    const banner = await page.getByTestId('offline-banner').boundingBox();
    expect(banner!.y).toBeGreaterThanOrEqual(0);
    expect(banner!.y).toBeLessThan(844);
    await expectFitsScreen(page, 'channel while offline');
    await screenshot(page, 'phone-fa-offline-pending');

    await context.setOffline(false);
    await page.getByTestId('message').filter({ hasText: body }).waitFor();
    await eventually(async () => (await page.getByTestId('outgoing').count()) === 0);
    await page.getByTestId('offline-banner').waitFor({ state: 'detached' });
    await page.getByTestId('message').filter({ hasText: second }).waitFor();
    // Exactly once each, in the order they were typed.
    const stored = (await p.http.as(member).get(`/channels/${channel.id}/messages?after=0&limit=50`)).body.items.map(
      (m: { body: string }) => m.body,
    );
    expect(stored).toEqual([body, second]);
    await context.close();
  });
});

async function swKeptEverything(page: import('playwright-core').Page) {
  await eventually(() =>
    page.evaluate(async () => {
      const g = globalThis as unknown as {
        caches: { open(n: string): Promise<{ match(u: string): Promise<unknown> }> };
        performance: { getEntriesByType(t: string): Array<{ name: string }> };
      };
      const cache = await g.caches.open('hamkar-shell-v1');
      const assets = g.performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((u) => u.includes('/assets/'));
      return (await Promise.all([...assets, '/index.html'].map((u) => cache.match(u)))).every(Boolean);
    }),
  );
}

async function expectValue(page: import('playwright-core').Page, text: string) {
  await eventually(async () => (await page.getByTestId('composer').innerText()) === text, { timeoutMs: 10_000 });
}
