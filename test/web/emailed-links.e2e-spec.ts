import type { Browser } from 'playwright-core';
import { ClusterFixture } from '../support/factories';
import { expectFitsScreen, phonePage, useBrowserSuite } from '../support/browser';
import type { Platform } from '../support/platform';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A link in an e-mail names a message, a procurement or a project without its cluster; the app finds where it lives. */
describe('a link from an e-mail, opened on a phone in Persian', () => {
  let p: Platform;
  let browser: Browser;
  let cluster: ClusterFixture;
  useBrowserSuite((suite) => ({ p, browser, cluster } = suite));

  it('a message link opens its channel with that message highlighted', async () => {
    const reader = await cluster.withMember('member', { locale: 'fa' });
    const channel = (await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name: 'خبرها', kind: 'public' })).body;
    await p.http.as(reader).post(`/channels/${channel.id}/join`);
    const sent = (
      await p.http
        .as(cluster.admin)
        .post(`/channels/${channel.id}/messages`, { body: 'نخ پشم رسید', clientMessageId: `wool-${Date.now()}` })
    ).body;
    await p.http.as(cluster.admin).post(`/channels/${channel.id}/messages`, { body: 'بعدی', clientMessageId: `next-${Date.now()}` });

    const { context, page } = await phonePage(browser, reader, 'fa');
    await page.goto(`${p.baseUrl}/#/channels/${channel.id}?seq=${sent.seq}`);
    await page.waitForURL(new RegExp(`#/c/${cluster.id}/chat/${channel.id}/${sent.seq}$`));
    const highlighted = page.locator('[data-testid="message"][data-highlighted="true"]');
    await highlighted.waitFor();
    expect(await highlighted.innerText()).toContain('نخ پشم رسید');
    await expectFitsScreen(page, 'the message an e-mail linked to');
    await context.close();
  });

  it("a project link opens the project in its cluster's routes", async () => {
    const agent = await cluster.withMember('agent', { organization: false, locale: 'fa' });
    const project = (
      await p.http.as(agent).post(`/clusters/${cluster.id}/projects`, {
        title: 'کارگاه رنگرزی مشترک',
        description: 'Shared dye house',
        kind: 'shared_facility',
        startDate: day(-1),
        endDate: day(90),
      })
    ).body;
    const { context, page } = await phonePage(browser, agent, 'fa');
    await page.goto(`${p.baseUrl}/#/projects/${project.id}`);
    await page.waitForURL(new RegExp(`#/c/${cluster.id}/projects/${project.id}$`));
    await page.getByTestId('project-detail').filter({ hasText: 'کارگاه رنگرزی مشترک' }).waitFor();
    await context.close();
  });

  it('a link to something that does not exist, or that the reader may not see, says so in Persian instead of a blank screen', async () => {
    const reader = await cluster.withMember('member', { locale: 'fa' });
    const { context, page } = await phonePage(browser, reader, 'fa');
    await page.goto(`${p.baseUrl}/#/procurements/00000000-0000-4000-8000-000000000000`);
    const error = page.getByTestId('error');
    await error.waitFor();
    expect(await error.innerText()).toContain('پیدا نشد');
    await context.close();
  });
});
