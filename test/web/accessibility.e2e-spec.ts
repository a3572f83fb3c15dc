import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from '../support/accessibility';
import { ClusterFixture, eventually } from '../support/factories';
import { PHONE, screenshot, useBrowserSuite } from '../support/browser';
import type { Platform } from '../support/platform';

const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

/** Waits until the screen has drawn its content: no loading state left in view. */
async function settled(page: Page) {
  await eventually(
    async () =>
      (await page.locator('main').count()) > 0 &&
      (await page.locator('[data-testid="loading"]').count()) === 0 &&
      (await page.locator('main').innerText()).trim().length > 0,
    { timeoutMs: 20_000 },
  );
}

describe('accessibility of the main screens', () => {
  let p: Platform;
  let browser: Browser;
  let cluster: ClusterFixture;
  let screens: Array<[string, string]>;

  useBrowserSuite((suite) => ({ p, browser, cluster } = suite));
  beforeAll(async () => {
    const firm = await cluster.withMember('member', { displayName: 'Zahra Karimi' });
    const channel = (await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name: 'general', kind: 'public' })).body;
    await p.http
      .as(cluster.admin)
      .post(`/channels/${channel.id}/messages`, { body: 'سلام! Wool prices for 2026 are out.', clientMessageId: `a11y-${Date.now()}` });
    const need = (
      await p.http.as(firm).post(`/clusters/${cluster.id}/procurements`, {
        organizationId: firm.organizationId,
        title: 'نخ پشمی فرش',
        description: 'Two-ply carpet wool yarn, natural white',
        categoryCode: '510610',
        unit: 'kg',
        quantity: '400',
        currency: 'IRR',
        joinDeadline: inHours(24),
        quoteDeadline: inHours(48),
        deliveryCity: 'Zanjan',
        deliveryLat: 36.67,
        deliveryLng: 48.48,
      })
    ).body;
    await p.http.as(firm).post(`/procurements/${need.id}/publish`);
    const c = `#/c/${cluster.id}`;
    screens = [
      ['clusters', '#/'],
      ['chat', `${c}/chat/${channel.id}`],
      ['procurement board', `${c}/procurements`],
      ['procurement detail', `${c}/procurements/${need.id}`],
      ['suppliers', `${c}/suppliers`],
      ['projects', `${c}/projects`],
      ['dashboard', `${c}/dashboard`],
    ];
  });

  it.each(['fa', 'en', 'az'])('finds no critical or serious violation on any main screen in %s', async (locale) => {
    await p.http.as(cluster.admin).patch('/me', { locale });
    // The api's CSP forbids injected scripts; axe is a test instrument, not part of the page.
    const context = await browser.newContext({ viewport: PHONE, screen: PHONE, isMobile: true, hasTouch: true, bypassCSP: true });
    await context.addInitScript(
      (tokens) =>
        (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('hamkar.tokens', tokens),
      JSON.stringify({ accessToken: cluster.admin.token, refreshToken: cluster.admin.refreshToken }),
    );
    const page = await context.newPage();
    const found: Record<string, string[]> = {};
    for (const [name, hash] of screens) {
      await page.goto(`${p.baseUrl}/${hash}`);
      await page.locator(`html[lang="${locale}"]`).waitFor({ state: 'attached' });
      await settled(page);
      await screenshot(page, `phone-${locale}-${name.replace(/ /g, '-')}`);
      const violations = await seriousViolations(page);
      if (violations.length) found[name] = violations;
    }
    await context.close();
    expect(found).toEqual({});
  });
});
