import type { Browser } from 'playwright-core';
import { aCluster, ok } from '../support/factories';
import { expectFitsScreen, phonePage, useBrowserSuite } from '../support/browser';
import type { Platform } from '../support/platform';
import { aPersianWoolNeedBy, REZA, TABRIZ_SPINNER, ZAHRA } from '../support/procurement';

describe('the weighted comparison and the orders on a phone, in Persian', () => {
  let p: Platform;
  let browser: Browser;
  useBrowserSuite((suite) => ({ p, browser } = suite));

  it('awards the cheaper but slower quote with a written reason; the supplier accepts, the firm records a partial delivery with an issue and a payment, and confirms receipt', async () => {
    const cluster = await aCluster(p);
    const zahra = await cluster.withMember('member', ZAHRA);
    const reza = await cluster.withMember('member', REZA);
    const tabriz = await cluster.withMember('supplier', TABRIZ_SPINNER);
    const zanjan = await cluster.withMember('supplier', {
      displayName: 'پشم‌ریسی',
      locale: 'fa',
      organization: { kind: 'supplier', name: 'پشم‌ریسی زنجان' },
    });

    // Price weighs 60, lead time 40: Zanjan (125,000 in 5 days) outranks Tabriz (120,000 in 30 days).
    const need = await p.http.as(zahra).post(
      `/clusters/${cluster.id}/procurements`,
      aPersianWoolNeedBy(zahra, {
        criteria: [
          { criterion: 'price', weight: 60 },
          { criterion: 'lead-time', weight: 40 },
        ],
      }),
    );
    expect(need.status).toBe(201);
    const id = need.body.id;
    ok(await p.http.as(zahra).post(`/procurements/${id}/publish`));
    ok(await p.http.as(reza).post(`/procurements/${id}/participations`, { organizationId: reza.organizationId, quantity: '200' }));
    ok(await p.http.as(zahra).post(`/procurements/${id}/close-joining`));
    ok(
      await p.http.as(tabriz).post(`/procurements/${id}/quotes`, {
        organizationId: tabriz.organizationId,
        tiers: [{ minQuantity: '1', unitPrice: '120000' }],
        leadTimeDays: 30,
        validUntil: '2027-06-01T00:00:00Z',
      }),
    );
    ok(
      await p.http.as(zanjan).post(`/procurements/${id}/quotes`, {
        organizationId: zanjan.organizationId,
        tiers: [{ minQuantity: '1', unitPrice: '125000' }],
        leadTimeDays: 5,
        validUntil: '2027-06-01T00:00:00Z',
      }),
    );
    ok(await p.http.as(zahra).post(`/procurements/${id}/close-quoting`));
    const url = `${p.baseUrl}/#/c/${cluster.id}/procurements/${id}`;

    const buyer = await phonePage(browser, zahra, 'fa');
    await buyer.page.goto(url);
    await buyer.page.getByTestId('procurement-status').filter({ hasText: 'در حال ارزیابی' }).waitFor();
    const ranked = buyer.page.getByTestId('ranked-quote');
    await ranked.first().waitFor();
    await expect(buyer.page.getByTestId('evaluation-criteria').textContent()).resolves.toBe('قیمت ۶۰٪ · زمان تحویل ۴۰٪');
    await expect(buyer.page.getByTestId('criteria').textContent()).resolves.toBe('قیمت ۶۰٪ · زمان تحویل ۴۰٪'); // what suppliers were told too
    await expect(ranked.nth(0).textContent()).resolves.toMatch(/رتبهٔ ۱.*پشم‌ریسی زنجان.*۹۷٫۶/);
    await expect(ranked.nth(1).textContent()).resolves.toMatch(/رتبهٔ ۲.*ریسندگی نخ تبریز.*۶۷٫۷۴/);
    // Each criterion's points, so the firm sees why Tabriz comes second despite the lower price.
    await expect(ranked.nth(1).getByTestId('points-price').textContent()).resolves.toBe('۶۰ از ۶۰');
    await expect(ranked.nth(1).getByTestId('points-lead-time').textContent()).resolves.toBe('۷٫۷۴ از ۴۰');
    await expectFitsScreen(buyer.page, 'the weighted comparison');

    await buyer.page.getByTestId('quote').filter({ hasText: 'ریسندگی نخ تبریز' }).getByTestId('award').click();
    const dialog = buyer.page.getByTestId('award-dialog');
    await dialog.getByTestId('award-reason').waitFor();
    await expectFitsScreen(buyer.page, 'the award dialog asking for a reason');
    // Without a reason the server refuses, and the dialog says why in Persian.
    await dialog.getByTestId('award-dialog-confirm').click();
    await dialog.filter({ hasText: 'دلیل انتخابش را بنویسید' }).waitFor();
    await dialog.getByTestId('award-reason').fill('نخ تبریز را سال‌ها می‌شناسیم و ۲۵ روز دیرتر هم برای بافت بهار کافی است.');
    await dialog.getByTestId('award-dialog-confirm').click();
    await buyer.page.getByTestId('procurement-status').filter({ hasText: 'برنده تعیین شد' }).waitFor();

    // Zahra posted the need, so she sees both firms' orders; she acts on her own firm's.
    await buyer.page.getByTestId('order').nth(1).waitFor();
    const order = buyer.page.getByTestId('order').filter({ hasText: 'کارگاه فرش رضایی' });
    await expect(order.getByTestId('order-quantity').textContent()).resolves.toBe('۳۰۰ کیلوگرم');
    await expect(order.getByTestId('order-amount').textContent()).resolves.toBe('۳۶٬۰۰۰٬۰۰۰ ریال');
    await expect(order.getByTestId('order-status').textContent()).resolves.toBe('در انتظار تأمین‌کننده');
    await expect(order.getByTestId('payment-status').textContent()).resolves.toBe('پرداخت‌نشده');
    await expectFitsScreen(buyer.page, 'a placed order');

    // The supplier sees both firms' orders and accepts Zahra's.
    const seller = await phonePage(browser, tabriz, 'fa');
    await seller.page.goto(url);
    const sellerOrders = seller.page.getByTestId('order');
    await sellerOrders.nth(1).waitFor();
    await sellerOrders.filter({ hasText: 'کارگاه فرش رضایی' }).getByTestId('accept-order').click();
    await seller.page.getByTestId('accept-dialog').filter({ hasText: '۳۶٬۰۰۰٬۰۰۰ ریال' }).waitFor();
    await expectFitsScreen(seller.page, 'accepting an order');
    await seller.page.getByTestId('accept-dialog-confirm').click();
    await sellerOrders
      .filter({ hasText: 'کارگاه فرش رضایی' })
      .getByTestId('order-status')
      .filter({ hasText: 'پذیرفته‌شده توسط تأمین‌کننده' })
      .waitFor();

    // The firm records what arrived: 120 of 300 kg, five of them damp.
    await buyer.page.reload();
    await order.getByTestId('order-status').filter({ hasText: 'پذیرفته‌شده توسط تأمین‌کننده' }).waitFor();
    await order.getByTestId('record-delivery').click();
    await order.getByTestId('delivery-quantity').fill('۱۲۰');
    await order.getByTestId('delivery-issue-input').fill('۵ کیلو نم‌دار رسید');
    await expectFitsScreen(buyer.page, 'the delivery form');
    await order.getByTestId('delivery-save').click();
    await order.getByTestId('order-delivered').filter({ hasText: '۱۲۰ کیلوگرم' }).waitFor();
    await expect(order.getByTestId('delivery-issue').textContent()).resolves.toBe('ایراد کیفی: ۵ کیلو نم‌دار رسید');

    await order.getByTestId('record-payment').click();
    await order.getByTestId('payment-amount').fill('۱۰٬۰۰۰٬۰۰۰');
    await order.getByTestId('payment-save').click();
    await order.getByTestId('payment-status').filter({ hasText: 'بخشی پرداخت شده' }).waitFor();
    await expect(order.getByTestId('order-paid').textContent()).resolves.toBe('۱۰٬۰۰۰٬۰۰۰ ریال');
    await expect(order.getByTestId('order-amount-due').textContent()).resolves.toBe('۲۶٬۰۰۰٬۰۰۰ ریال');

    await order.getByTestId('confirm-receipt').click();
    await buyer.page.getByTestId('receipt-dialog').filter({ hasText: '۱۲۰ کیلوگرم از ۳۰۰ کیلوگرم' }).waitFor();
    await buyer.page.getByTestId('receipt-dialog-confirm').click();
    await order.getByTestId('order-status').filter({ hasText: 'دریافت تأیید شد' }).waitFor();
    await expect(order.getByTestId('payment-status').textContent()).resolves.toBe('بخشی پرداخت شده');
    await expect(order.getByTestId('order-amount-due').textContent()).resolves.toBe('۲۶٬۰۰۰٬۰۰۰ ریال');
    await expect(order.getByTestId('record-delivery').count()).resolves.toBe(0);
    await expectFitsScreen(buyer.page, 'an order after receipt');

    // Reza's firm sees only its own order, still waiting for the supplier.
    const other = await phonePage(browser, reza, 'fa');
    await other.page.goto(url);
    await other.page.getByTestId('order').waitFor();
    await expect(other.page.getByTestId('order').count()).resolves.toBe(1);
    await expect(other.page.getByTestId('order-amount').textContent()).resolves.toBe('۲۴٬۰۰۰٬۰۰۰ ریال');
    await expect(other.page.getByTestId('order-status').textContent()).resolves.toBe('در انتظار تأمین‌کننده');

    // What the screens did reached the server as ASCII numbers.
    const saved = (await p.http.as(zahra).get(`/procurements/${id}/orders`)).body.items.find(
      (o: { organizationId: string }) => o.organizationId === zahra.organizationId,
    );
    expect([saved.status, saved.deliveredQuantity, saved.amountPaid, saved.amountDue, saved.paymentStatus]).toEqual([
      'received',
      '120',
      '10000000',
      '26000000',
      'partly-paid',
    ]);
    expect(saved.deliveries[0].qualityIssue).toBe('۵ کیلو نم‌دار رسید');
    await Promise.all([buyer.context.close(), seller.context.close(), other.context.close()]);
  });

  it('posts a need with the weights typed in Persian digits, and shows them on the need', async () => {
    const cluster = await aCluster(p);
    const maryam = await cluster.withMember('member', { displayName: 'مریم', locale: 'fa', organization: { name: 'گلیم‌بافی مریم' } });
    const { context, page } = await phonePage(browser, maryam, 'fa');
    await page.goto(`${p.baseUrl}/#/c/${cluster.id}/procurements/new`);
    await page.getByTestId('need-title').fill('رنگ گیاهی');
    await page.getByTestId('category-search').fill('3203');
    await page.getByTestId('category-select').locator('option[value="3203"]').waitFor({ state: 'attached' });
    await page.getByTestId('category-select').selectOption('3203');
    await page.getByTestId('need-quantity').fill('۵۰');
    await page.getByTestId('need-city').fill('کاشان');
    await page.getByTestId('need-lat').fill('۳۳٫۹۸');
    await page.getByTestId('need-lng').fill('۵۱٫۴۳');
    await page.getByTestId('need-weight-price').fill('۷۰');
    await page.getByTestId('need-weight-warranty').fill('۲۰');
    await page.getByTestId('need-weight-lead-time').fill('۱۰');
    await expectFitsScreen(page, 'the need form with weights');
    await page.getByTestId('need-create').click();
    await page.getByTestId('criteria').filter({ hasText: 'قیمت ۷۰٪ · زمان تحویل ۱۰٪ · ضمانت ۲۰٪' }).waitFor();
    const id = page.url().split('/').pop()!;
    expect((await p.http.as(maryam).get(`/procurements/${id}`)).body.criteria).toEqual([
      { criterion: 'price', weight: 70 },
      { criterion: 'lead-time', weight: 10 },
      { criterion: 'warranty', weight: 20 },
    ]);
    await context.close();
  });
});
