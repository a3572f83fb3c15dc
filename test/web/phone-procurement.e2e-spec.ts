import type { Browser, Page } from 'playwright-core';
import { Actor, ClusterFixture } from '../support/factories';
import { aNeedBy, aQuoteBy, inDays, REZA, TABRIZ_SPINNER, ZAHRA } from '../support/procurement';
import { expectFitsScreen, phonePage, useBrowserSuite } from '../support/browser';
import type { Platform } from '../support/platform';

/** Day and month of an instant in the Solar Hijri calendar, as Node's full ICU reckons it, in this machine's time zone (the browser's too). */
const solarHijri = (iso: string) => {
  const parts = new Intl.DateTimeFormat('en-u-ca-persian', { day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(
    new Date(iso),
  );
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { year: get('year'), month: get('month'), day: get('day') };
};

const MONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];

/** Picks day `day` of the month after the one the field's calendar opens on; answers that Solar Hijri month (1–12). */
async function pickNextMonthDay(page: Page, field: string, day: string): Promise<number> {
  await page.getByTestId(field).click();
  const calendar = page.locator('.rmdp-wrapper').last();
  await calendar.waitFor();
  // The calendar speaks Persian: Solar Hijri month names and Persian digits in its header.
  expect(await calendar.locator('.rmdp-header-values').textContent()).toMatch(
    /^(فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند) ۱۴[۰-۹]{2}$/,
  );
  const shown = (await calendar.locator('.rmdp-header-values').textContent())!.split(' ')[0];
  await calendar.getByRole('button', { name: 'ماه بعد' }).click();
  await calendar.locator('.rmdp-day:not(.rmdp-deactive):not(.rmdp-disabled) .sd').getByText(day, { exact: true }).click();
  await page.keyboard.press('Escape');
  return ((MONTHS.indexOf(shown) + 1) % 12) + 1;
}

describe('joint procurement on a phone, in Persian', () => {
  let p: Platform;
  let browser: Browser;
  let cluster: ClusterFixture;
  useBrowserSuite((suite) => ({ p, browser, cluster } = suite));

  /** A need `firm` posts in rials, open for joining five days and for quotes nine. */
  const postNeed = (firm: Actor, need: Record<string, unknown>) =>
    p.http
      .as(firm)
      .post(
        `/clusters/${cluster.id}/procurements`,
        aNeedBy(firm, { currency: 'IRR', joinDeadline: inDays(5), quoteDeadline: inDays(9), ...need }),
      );

  it('posts a need typed in Persian digits with a Solar Hijri date, pools a second firm, takes a quote and awards it after a confirmation', async () => {
    const zahra = await cluster.withMember('member', ZAHRA);
    const reza = await cluster.withMember('member', REZA);
    const spinner = await cluster.withMember('supplier', TABRIZ_SPINNER);
    const board = `${p.baseUrl}/#/c/${cluster.id}/procurements`;

    const buyer = await phonePage(browser, zahra, 'fa');
    await buyer.page.goto(board);
    await buyer.page.getByTestId('procurement-board').waitFor();
    await expectFitsScreen(buyer.page, 'the procurement board');
    await buyer.page.getByTestId('new-need').click();
    await buyer.page.getByTestId('need-title').fill('نخ پشم فرش');
    await buyer.page.getByTestId('category-search').fill('5106');
    await buyer.page.getByTestId('category-select').locator('option[value="5106"]').waitFor({ state: 'attached' });
    await buyer.page.getByTestId('category-select').selectOption('5106');
    await buyer.page.getByTestId('need-quantity').fill('۳۰۰');
    await buyer.page.getByTestId('need-max-price').fill('۱۳۰٬۰۰۰');
    await buyer.page.getByTestId('need-city').fill('زنجان');
    await buyer.page.getByTestId('need-lat').fill('۳۶٫۶۷');
    await buyer.page.getByTestId('need-lng').fill('۴۸٫۴۸');
    const joinMonth = await pickNextMonthDay(buyer.page, 'need-join-deadline', '۱۰');
    const quoteMonth = await pickNextMonthDay(buyer.page, 'need-quote-deadline', '۲۰');
    await expect(buyer.page.getByTestId('need-join-deadline').inputValue()).resolves.toMatch(/^۱۰ \S+ ۱۴[۰-۹]{2}$/);
    await expectFitsScreen(buyer.page, 'the need form');
    await buyer.page.getByTestId('need-create').click();
    await buyer.page.getByTestId('publish').click();
    await buyer.page.getByTestId('procurement-status').filter({ hasText: 'در حال پیوستن' }).waitFor();
    await expect(buyer.page.getByTestId('pooled-total').textContent()).resolves.toBe('۳۰۰ کیلوگرم');
    await expectFitsScreen(buyer.page, 'an open procurement');
    const url = buyer.page.url();
    const id = url.split('/').pop()!;

    // The need reached the API in ASCII, with the days picked in the Solar Hijri calendar.
    const posted = (await p.http.as(zahra).get(`/procurements/${id}`)).body;
    expect(posted.totalQuantity).toBe('300');
    expect(posted.maxUnitPrice).toBe('130000');
    expect(posted.deliveryLat).toBeCloseTo(36.67);
    const join = solarHijri(posted.joinDeadline);
    const quote = solarHijri(posted.quoteDeadline);
    expect([join.day, join.month]).toEqual([10, joinMonth]);
    expect([quote.day, quote.month]).toEqual([20, quoteMonth]);

    const joiner = await phonePage(browser, reza, 'fa');
    await joiner.page.goto(url);
    await joiner.page.getByTestId('join-quantity').fill('۲۰۰');
    await joiner.page.getByTestId('join').click();
    await buyer.page.getByTestId('pooled-total').filter({ hasText: '۵۰۰ کیلوگرم' }).waitFor();
    await expectFitsScreen(joiner.page, 'a procurement after joining');

    await buyer.page.getByTestId('close-joining').click();
    await buyer.page.getByTestId('confirm-dialog').filter({ hasText: '۵۰۰ کیلوگرم' }).waitFor();
    await buyer.page.getByTestId('confirm-dialog-confirm').click();
    await buyer.page.getByTestId('procurement-status').filter({ hasText: 'دریافت پیشنهاد قیمت' }).waitFor();

    const seller = await phonePage(browser, spinner, 'fa');
    await seller.page.goto(url);
    await seller.page.getByTestId('tier-min-0').fill('۱');
    await seller.page.getByTestId('tier-price-0').fill('۱۵۰۰۰۰');
    await seller.page.getByTestId('tier-min-1').fill('۵۰۰');
    await seller.page.getByTestId('tier-price-1').fill('۱۲۰۰۰۰');
    await expectFitsScreen(seller.page, 'the quote form');
    await seller.page.getByTestId('send-quote').click();
    await seller.page.getByTestId('quote').first().waitFor();

    await buyer.page.getByTestId('close-quoting').click();
    await buyer.page.getByTestId('confirm-dialog-confirm').click();
    await buyer.page.getByTestId('procurement-status').filter({ hasText: 'در حال ارزیابی' }).waitFor();
    const card = buyer.page.getByTestId('quote').filter({ hasText: 'ریسندگی نخ تبریز' });
    await card.getByTestId('award').click(); // the Award button is inside its quote's card

    const dialog = buyer.page.getByTestId('award-dialog');
    await expect(dialog.getByTestId('award-winner').textContent()).resolves.toContain('ریسندگی نخ تبریز');
    const amounts = await dialog.getByTestId('award-amounts').locator('li').allTextContents();
    expect(amounts).toEqual([
      expect.stringMatching(/کارگاه فرش رضایی.*۳۰۰ کیلوگرم.*۳۶٬۰۰۰٬۰۰۰ ریال$/),
      expect.stringMatching(/تعاونی فرشبافان ابهر.*۲۰۰ کیلوگرم.*۲۴٬۰۰۰٬۰۰۰ ریال$/),
      expect.stringMatching(/۶۰٬۰۰۰٬۰۰۰ ریال$/),
    ]);
    await expectFitsScreen(buyer.page, 'the award dialog');
    await dialog.getByTestId('award-dialog-confirm').click();

    await buyer.page.getByTestId('procurement-status').filter({ hasText: 'برنده تعیین شد' }).waitFor();
    await expect(buyer.page.getByTestId('award-total-final').textContent()).resolves.toBe('۶۰٬۰۰۰٬۰۰۰ ریال');
    await expect(buyer.page.getByTestId('allocation-amount').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['۳۶٬۰۰۰٬۰۰۰ ریال', '۲۴٬۰۰۰٬۰۰۰ ریال']),
    );
    await expectFitsScreen(buyer.page, 'an awarded procurement');
    await buyer.page.goto(board);
    await buyer.page.getByTestId('status-filter').waitFor();
    await expectFitsScreen(buyer.page, 'the board with an awarded need');
    await Promise.all([buyer.context.close(), joiner.context.close(), seller.context.close()]);
  });

  it('lets a supplier ask a question the organiser answers for everyone, and keep its quote after the organiser changes the need', async () => {
    const firm = await cluster.withMember('member', { locale: 'fa', organization: { name: 'کارگاه فرش سلطانیه' } });
    const supplier = await cluster.withMember('supplier', { locale: 'fa', organization: { kind: 'supplier', name: 'رنگرزی بروجرد' } });
    const need = await postNeed(firm, { title: 'رنگ طبیعی روناس', description: 'برای ۲۰۰ کیلو پشم', categoryCode: '3203', quantity: '50' });
    const id = need.body.id;
    await p.http.as(firm).post(`/procurements/${id}/publish`);
    await p.http.as(firm).post(`/procurements/${id}/close-joining`);
    const quote = await p.http.as(supplier).post(`/procurements/${id}/quotes`, aQuoteBy(supplier, '900000'));
    expect(quote.status).toBe(201);
    const url = `${p.baseUrl}/#/c/${cluster.id}/procurements/${id}`;

    const seller = await phonePage(browser, supplier, 'fa');
    await seller.page.goto(url);
    await seller.page.getByTestId('question-body').fill('رنگ به صورت پودر یا عصاره؟');
    await seller.page.getByTestId('ask').click();
    await seller.page.getByTestId('question').filter({ hasText: 'در انتظار پاسخ' }).waitFor();

    const organiser = await phonePage(browser, firm, 'fa');
    await organiser.page.goto(url);
    const question = organiser.page.getByTestId('question').filter({ hasText: 'پودر یا عصاره' });
    await question.locator('textarea').fill('پودر، در کیسه‌های ۲۵ کیلویی');
    await question.getByRole('button').click();
    await seller.page.reload();
    await seller.page.getByTestId('question').filter({ hasText: 'کیسه‌های ۲۵ کیلویی' }).waitFor();

    // A material change, made by the organiser on the phone, sends the quote back to its supplier, who keeps it with one tap.
    await organiser.page.getByTestId('amend').click();
    await organiser.page.getByTestId('amend-form').locator('textarea[name="description"]').fill('برای ۲۵۰ کیلو پشم');
    await expectFitsScreen(organiser.page, 'the amendment form');
    await organiser.page.getByTestId('amend-save').click();
    await organiser.page.getByTestId('amendment').filter({ hasText: 'توضیحات' }).waitFor();
    await expect(organiser.page.getByTestId('amendment').textContent()).resolves.not.toMatch(/جغرافیایی|مهلت|شهر/); // only what changed
    await seller.page.reload();
    await seller.page.getByTestId('quote-needs-confirmation').waitFor();
    await expectFitsScreen(seller.page, 'a quote waiting for confirmation');
    await seller.page.getByTestId('confirm-quote').click();
    await seller.page.getByTestId('quote-needs-confirmation').waitFor({ state: 'detached' });
    await Promise.all([seller.context.close(), organiser.context.close()]);
  });

  it('lets a firm change the quantity it pooled, and leave after a confirmation', async () => {
    const owner = await cluster.withMember('member', { locale: 'fa' });
    const joiner = await cluster.withMember('member', { locale: 'fa', organization: { name: 'کارگاه قالی خرمدره' } });
    const need = await postNeed(owner, { title: 'نخ پنبه‌ای تار', description: '', categoryCode: '5205', quantity: '100' });
    await p.http.as(owner).post(`/procurements/${need.body.id}/publish`);
    await p.http.as(joiner).post(`/procurements/${need.body.id}/participations`, { organizationId: joiner.organizationId, quantity: '40' });

    const { context, page } = await phonePage(browser, joiner, 'fa');
    await page.goto(`${p.baseUrl}/#/c/${cluster.id}/procurements/${need.body.id}`);
    await page.getByTestId('change-quantity-start').click();
    await page.getByTestId('change-quantity').fill('۶۵');
    await page.getByTestId('change-quantity-save').click();
    await page.getByTestId('pooled-total').filter({ hasText: '۱۶۵ کیلوگرم' }).waitFor();
    await page.getByTestId('leave').click();
    await page.getByTestId('leave-dialog').filter({ hasText: '۶۵ کیلوگرم' }).waitFor();
    await page.getByTestId('leave-dialog-confirm').click();
    await page.getByTestId('pooled-total').filter({ hasText: '۱۰۰ کیلوگرم' }).waitFor();
    await page.getByTestId('join').waitFor(); // and may join again
    await context.close();
  });

  it('shows a supplier neither close nor cancel, and tells a firm-less admin how to start buying', async () => {
    const firm = await cluster.withMember('member', { locale: 'fa' });
    const supplier = await cluster.withMember('supplier', { locale: 'fa', organization: { kind: 'supplier' } });
    const need = await postNeed(firm, { title: 'رنگ راکتیو', description: '', categoryCode: '3204', quantity: '120' });
    expect(need.status).toBe(201);
    await p.http.as(firm).post(`/procurements/${need.body.id}/publish`);

    const seller = await phonePage(browser, supplier, 'fa');
    await seller.page.goto(`${p.baseUrl}/#/c/${cluster.id}/procurements/${need.body.id}`);
    await seller.page.getByTestId('procurement-status').filter({ hasText: 'در حال پیوستن' }).waitFor();
    await expect(seller.page.getByTestId('close-joining').count()).resolves.toBe(0);
    await expect(seller.page.getByTestId('cancel-procurement').count()).resolves.toBe(0);
    await expect(seller.page.getByTestId('join').count()).resolves.toBe(0);

    await p.http.as(cluster.admin).patch('/me', { locale: 'fa' });
    const admin = await phonePage(browser, cluster.admin, 'fa');
    await admin.page.goto(`${p.baseUrl}/#/c/${cluster.id}/procurements`);
    await admin.page.getByTestId('no-organization').waitFor();
    await expect(admin.page.getByTestId('create-organization').isVisible()).resolves.toBe(true);
    await expectFitsScreen(admin.page, 'the board of an admin without an organization');
    await Promise.all([seller.context.close(), admin.context.close()]);
  });
});
