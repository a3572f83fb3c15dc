import type { Browser } from 'playwright-core';
import { aCluster, ok } from '../support/factories';
import { expectFitsScreen, phonePage, useBrowserSuite } from '../support/browser';
import type { Platform } from '../support/platform';
import { aPersianWoolNeedBy, TABRIZ_SPINNER, ZAHRA } from '../support/procurement';

describe('documents on a need, a quote and a delivery, on a phone in Persian', () => {
  let p: Platform;
  let browser: Browser;
  useBrowserSuite((suite) => ({ p, browser } = suite));

  it('the firm attaches a specification the supplier downloads; the supplier a certificate buyers see from the opening; the firm a receipt on a delivery that arrived live', async () => {
    const cluster = await aCluster(p);
    const zahra = await cluster.withMember('member', ZAHRA);
    const tabriz = await cluster.withMember('supplier', TABRIZ_SPINNER);
    const need = await p.http.as(zahra).post(`/clusters/${cluster.id}/procurements`, aPersianWoolNeedBy(zahra));
    const id = need.body.id;
    ok(await p.http.as(zahra).post(`/procurements/${id}/publish`));
    const url = `${p.baseUrl}/#/c/${cluster.id}/procurements/${id}`;
    const aFile = (name: string, text: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });

    // The firm that posted the need attaches its specification.
    const buyer = await phonePage(browser, zahra, 'fa');
    await buyer.page.goto(url);
    const needDocs = buyer.page.getByTestId('need-documents');
    await needDocs.filter({ hasText: 'مشخصات فنی و مدارک' }).waitFor();
    await needDocs.filter({ hasText: 'هنوز مدرکی پیوست نشده است.' }).waitFor();
    await needDocs.getByTestId('attach-need-document-file').setInputFiles(aFile('مشخصات نخ دولا.txt', 'Two-ply, 3.2 Nm'));
    await needDocs.getByTestId('document').filter({ hasText: 'مشخصات نخ دولا.txt' }).filter({ hasText: 'مشخصات فنی' }).waitFor();
    await expectFitsScreen(buyer.page, 'a need with its specification');

    // The supplier reads it and saves it under its name.
    ok(await p.http.as(zahra).post(`/procurements/${id}/close-joining`));
    ok(
      await p.http.as(tabriz).post(`/procurements/${id}/quotes`, {
        organizationId: tabriz.organizationId,
        tiers: [{ minQuantity: '1', unitPrice: '120000' }],
        leadTimeDays: 5,
        validUntil: '2027-06-01T00:00:00Z',
      }),
    );
    const seller = await phonePage(browser, tabriz, 'fa');
    await seller.page.goto(url);
    const spec = seller.page.getByTestId('need-documents').getByTestId('document').filter({ hasText: 'مشخصات نخ دولا.txt' });
    const [download] = await Promise.all([seller.page.waitForEvent('download'), spec.locator('a').click()]);
    expect(download.suggestedFilename()).toBe('مشخصات نخ دولا.txt');

    // Its certificate goes with its quote, sealed: the firm sees nothing of it until the opening.
    const quoteDocs = seller.page.getByTestId('quote-documents');
    await quoteDocs.filter({ hasText: 'خریداران تنها پس از گشایش پیشنهادها' }).waitFor();
    await quoteDocs.getByTestId('attach-quote-document-kind').selectOption('certificate');
    await quoteDocs.getByTestId('attach-quote-document-file').setInputFiles(aFile('ISO 9001.txt', 'certificate 4711'));
    await quoteDocs.getByTestId('document').filter({ hasText: 'ISO 9001.txt' }).filter({ hasText: 'گواهی‌نامه' }).waitFor();
    await expectFitsScreen(seller.page, 'a quote with its certificate');
    await buyer.page.reload();
    await buyer.page.getByTestId('need-documents').getByTestId('document').waitFor();
    await expect(buyer.page.getByTestId('quote-documents').count()).resolves.toBe(0);
    ok(await p.http.as(zahra).post(`/procurements/${id}/close-quoting`));
    // The opening reaches the firm's open screen live, and with it the certificate.
    await buyer.page
      .getByTestId('quote-documents')
      .filter({ hasText: 'ریسندگی نخ تبریز' })
      .getByTestId('document')
      .filter({ hasText: 'ISO 9001.txt' })
      .waitFor();

    // After the award and a delivery, the firm attaches its receipt to that delivery.
    const quoteId = (await p.http.as(zahra).get(`/procurements/${id}/quotes`)).body.items[0].id;
    ok(await p.http.as(zahra).post(`/procurements/${id}/award`, { quoteId }));
    const orderId = (await p.http.as(zahra).get(`/procurements/${id}/orders`)).body.items[0].id;
    // The firm's open screen follows the award, the supplier's acceptance and the delivery live, without a reload.
    const card = buyer.page.getByTestId('order');
    await card.getByTestId('order-status').filter({ hasText: 'در انتظار تأمین‌کننده' }).waitFor();
    ok(await p.http.as(tabriz).post(`/orders/${orderId}/accept`));
    await card.getByTestId('order-status').filter({ hasText: 'پذیرفته‌شده توسط تأمین‌کننده' }).waitFor();
    ok(await p.http.as(zahra).post(`/orders/${orderId}/deliveries`, { quantity: '300' }));
    const delivery = card.getByTestId('delivery');
    await delivery.waitFor();
    await delivery.getByTestId('attach-receipt-file').setInputFiles(aFile('رسید انبار.txt', 'received 300 kg'));
    await delivery
      .getByTestId('delivery-documents')
      .getByTestId('document')
      .filter({ hasText: 'رسید انبار.txt' })
      .filter({ hasText: 'رسید تحویل' })
      .waitFor();
    await expectFitsScreen(buyer.page, 'a delivery with its receipt');
    await Promise.all([buyer.context.close(), seller.context.close()]);
  });
});
