import type { Browser } from 'playwright-core';
import { aUser, ClusterFixture, eventually } from '../support/factories';
import { screenshot, signedInPage, useBrowserSuite } from '../support/browser';
import type { Platform } from '../support/platform';

describe('the web client', () => {
  let p: Platform;
  let browser: Browser;
  let cluster: ClusterFixture;
  useBrowserSuite((suite) => ({ p, browser, cluster } = suite));

  it('signs a user in through the form and shows their clusters', async () => {
    const user = await aUser(p, { displayName: 'Nigar' });
    const page = await browser.newPage();
    await page.goto(p.baseUrl);
    await page.getByTestId('email').fill(user.email);
    await page.getByTestId('password').fill('correct horse battery');
    await page.getByTestId('auth-submit').click();
    await page.getByTestId('me').filter({ hasText: 'Nigar' }).waitFor();
    await screenshot(page, 'clusters');
    await page.close();
  });

  it('lets two users in two browsers chat live', async () => {
    const ali = await cluster.withMember('member', { displayName: 'Ali Rezaei' });
    const channel = (await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name: 'wool-buying', kind: 'public' })).body;
    await p.http.as(ali).post(`/channels/${channel.id}/join`);
    const url = `${p.baseUrl}/#/c/${cluster.id}/chat/${channel.id}`;
    const admin = await signedInPage(browser, cluster.admin);
    const firm = await signedInPage(browser, ali);
    await Promise.all([admin.page.goto(url), firm.page.goto(url)]);
    await Promise.all([admin.page.getByTestId('composer').waitFor(), firm.page.getByTestId('composer').waitFor()]);

    await admin.page.getByTestId('composer').fill('Who needs merino yarn this month?');
    await admin.page.getByTestId('composer-send').click();
    await firm.page.getByTestId('message').filter({ hasText: 'Who needs merino yarn this month?' }).waitFor();

    await firm.page.getByTestId('composer').fill('We do: 250 kg');
    await firm.page.keyboard.press('Enter');
    await admin.page.getByTestId('message').filter({ hasText: 'We do: 250 kg' }).waitFor();
    await screenshot(admin.page, 'chat');
    await Promise.all([admin.context.close(), firm.context.close()]);
  });

  it('runs a joint procurement: a firm posts, a second joins, a supplier quotes, the first awards', async () => {
    const first = await cluster.withMember('member', { displayName: 'Zahra' });
    const second = await cluster.withMember('member', { displayName: 'Reza' });
    const supplier = await cluster.withMember('supplier', { displayName: 'Tabriz Spinning', organization: { kind: 'supplier' } });
    const board = `${p.baseUrl}/#/c/${cluster.id}/procurements`;

    const buyer = await signedInPage(browser, first);
    await buyer.page.goto(board);
    await buyer.page.getByTestId('new-need').click();
    await buyer.page.getByTestId('need-title').fill('Carpet wool yarn');
    await buyer.page.getByTestId('category-search').fill('5106');
    await buyer.page.getByTestId('category-select').locator('option[value="5106"]').waitFor({ state: 'attached' });
    await buyer.page.getByTestId('category-select').selectOption('5106');
    await buyer.page.getByTestId('need-quantity').fill('400');
    await buyer.page.getByTestId('need-currency').selectOption('AZN');
    await buyer.page.getByTestId('need-city').fill('Zanjan');
    await buyer.page.getByTestId('need-lat').fill('36.67');
    await buyer.page.getByTestId('need-lng').fill('48.48');
    await buyer.page.getByTestId('need-create').click();
    await buyer.page.getByTestId('publish').click();
    await buyer.page.getByTestId('procurement-status').filter({ hasText: 'Open for joining' }).waitFor();
    const procurementUrl = buyer.page.url();

    const joiner = await signedInPage(browser, second);
    await joiner.page.goto(procurementUrl);
    await joiner.page.getByTestId('join-quantity').fill('600');
    await joiner.page.getByTestId('join').click();
    // The first firm sees the pooled total grow live.
    await buyer.page.getByTestId('pooled-total').filter({ hasText: '1,000' }).waitFor();
    await buyer.page.getByTestId('close-joining').click();
    await buyer.page.getByTestId('confirm-dialog-confirm').click();
    await buyer.page.getByTestId('procurement-status').filter({ hasText: 'Quoting' }).waitFor();

    const seller = await signedInPage(browser, supplier);
    await seller.page.goto(procurementUrl);
    await seller.page.getByTestId('tier-min-0').fill('1');
    await seller.page.getByTestId('tier-price-0').fill('15');
    await seller.page.getByTestId('tier-min-1').fill('1000');
    await seller.page.getByTestId('tier-price-1').fill('12.5');
    await seller.page.getByTestId('send-quote').click();
    await seller.page.getByTestId('quotes').filter({ hasText: '12.50' }).waitFor();

    await buyer.page.reload();
    await buyer.page.getByTestId('close-quoting').click();
    await buyer.page.getByTestId('confirm-dialog-confirm').click();
    await buyer.page.getByTestId('award').click();
    await buyer.page.getByTestId('award-dialog-confirm').click();
    await buyer.page.getByTestId('allocations').filter({ hasText: '7,500' }).waitFor();
    await screenshot(buyer.page, 'procurement-awarded');
    await Promise.all([buyer.context.close(), joiner.context.close(), seller.context.close()]);
  });

  it('turns the layout right to left in Persian, with Persian digits and the Solar Hijri calendar', async () => {
    const member = await cluster.withMember('member', { displayName: 'Maryam' });
    const channel = (await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name: 'general-fa', kind: 'public' })).body;
    await p.http.as(cluster.admin).post(`/channels/${channel.id}/messages`, { body: 'سلام به همه', clientMessageId: `fa-${Date.now()}` });
    const { context, page } = await signedInPage(browser, member);
    await page.goto(`${p.baseUrl}/#/c/${cluster.id}/chat/${channel.id}`);
    await page.getByTestId('account').click();
    await page.getByTestId('language').selectOption('fa');
    await page.locator('html[dir="rtl"][lang="fa"]').waitFor({ state: 'attached' });
    await page.getByTestId('nav-chat').filter({ hasText: 'گفتگو' }).waitFor();
    const stamp = await page.getByTestId('message').first().locator('time').textContent();
    expect(stamp).toMatch(/[۰-۹]/);
    expect(stamp).toMatch(/۱۴۰[۰-۹]|۱۴۱[۰-۹]/);
    // The screen turns Persian at once; the choice is saved to the account by a request that may still be on its way.
    await eventually(async () => (await p.http.as(member).get('/me')).body.locale === 'fa');
    await screenshot(page, 'chat-persian-rtl');
    await page.goto(`${p.baseUrl}/#/c/${cluster.id}/procurements`);
    await page.getByTestId('procurement-board').waitFor();
    await screenshot(page, 'procurement-board-persian');
    await context.close();
  });

  it('shows the dashboard with charts to the cluster admin', async () => {
    const { context, page } = await signedInPage(browser, cluster.admin);
    await page.goto(`${p.baseUrl}/#/c/${cluster.id}/dashboard`);
    await page.getByTestId('dashboard').locator('svg').first().waitFor();
    await screenshot(page, 'dashboard');
    await context.close();
  });
});
