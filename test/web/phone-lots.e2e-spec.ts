import type { Browser } from 'playwright-core';
import { ClusterFixture } from '../support/factories';
import { expectFitsScreen, phonePage, useBrowserSuite } from '../support/browser';
import type { Platform } from '../support/platform';
import { REZA, ZAHRA } from '../support/procurement';

const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();
/** The narrowest phone the client is made for. */
const NARROW = { width: 360, height: 780 };

describe('a need in lots on a phone, in Persian', () => {
  let p: Platform;
  let browser: Browser;
  let cluster: ClusterFixture;
  useBrowserSuite((suite) => ({ p, browser, cluster } = suite));

  it('posts a two-lot need, pools a second firm per lot, and awards one lot whole and the other split between two suppliers by quantity', async () => {
    const zahra = await cluster.withMember('member', ZAHRA);
    const reza = await cluster.withMember('member', REZA);
    const spinner = await cluster.withMember('supplier', { locale: 'fa', organization: { kind: 'supplier', name: 'ریسندگی نخ تبریز' } });
    const dyer = await cluster.withMember('supplier', { locale: 'fa', organization: { kind: 'supplier', name: 'رنگرزی زنجان' } });

    const buyer = await phonePage(browser, zahra, 'fa', NARROW);
    await buyer.page.goto(`${p.baseUrl}/#/c/${cluster.id}/procurements`);
    await buyer.page.getByTestId('new-need').click();
    await buyer.page.getByTestId('need-form').waitFor();
    await buyer.page.getByTestId('need-title').fill('نخ پشم فرش در دو رنگ');
    await buyer.page.getByTestId('need-with-lots').check();
    await buyer.page.getByTestId('lot-title-0').fill('قرمز روناس');
    await buyer.page.getByTestId('lot-code-0').fill('۵۱۰۶۱۰');
    await buyer.page.getByTestId('lot-quantity-0').fill('۳۰۰');
    await buyer.page.getByTestId('lot-title-1').fill('آبی نیل');
    await buyer.page.getByTestId('lot-code-1').fill('۵۱۰۶۲۰');
    await buyer.page.getByTestId('lot-quantity-1').fill('۵۰۰');
    await buyer.page.getByTestId('need-city').fill('زنجان');
    await buyer.page.getByTestId('need-lat').fill('۳۶٫۶۷');
    await buyer.page.getByTestId('need-lng').fill('۴۸٫۴۸');
    await expectFitsScreen(buyer.page, 'the need form with two lots');
    await buyer.page.getByTestId('need-create').click();
    await buyer.page.getByTestId('publish').click();
    await buyer.page.getByTestId('procurement-status').filter({ hasText: 'در حال پیوستن' }).waitFor();
    const url = buyer.page.url();
    const id = url.split('/').pop()!;
    const posted = (await p.http.as(zahra).get(`/procurements/${id}`)).body;
    expect(
      posted.lots.map((l: { title: string; categoryCode: string; unit: string; totalQuantity: string }) => [
        l.title,
        l.categoryCode,
        l.unit,
        l.totalQuantity,
      ]),
    ).toEqual([
      ['قرمز روناس', '510610', 'kg', '300'],
      ['آبی نیل', '510620', 'kg', '500'],
    ]);
    const [red, blue] = posted.lots as Array<{ id: string }>;
    await expect(buyer.page.getByTestId('pooled-lots').textContent()).resolves.toBe('قرمز روناس — ۳۰۰ کیلوگرمآبی نیل — ۵۰۰ کیلوگرم');

    // The second firm joins lot by lot.
    const joiner = await phonePage(browser, reza, 'fa', NARROW);
    await joiner.page.goto(url);
    await joiner.page.getByTestId('lot-quantity-1').fill('۲۰۰');
    await joiner.page.getByTestId('lot-quantity-2').fill('۵۰۰');
    await expectFitsScreen(joiner.page, 'joining per lot');
    await joiner.page.getByTestId('join').click();
    await joiner.page.getByTestId('participant-lots').nth(1).waitFor();
    expect((await p.http.as(zahra).get(`/procurements/${id}`)).body.lots.map((l: { totalQuantity: string }) => l.totalQuantity)).toEqual([
      '500',
      '1000',
    ]);

    // Quoting per lot: the spinner quotes both lots on its phone (at most 600 kg of blue); the dyer only blue, at most 400 kg.
    await p.http.as(zahra).post(`/procurements/${id}/close-joining`);
    const seller = await phonePage(browser, spinner, 'fa', NARROW);
    await seller.page.goto(url);
    await seller.page.getByTestId('lot-1-tier-min-0').fill('۱');
    await seller.page.getByTestId('lot-1-tier-price-0').fill('۱۵۰۰۰۰');
    await seller.page.getByTestId('lot-2-tier-min-0').fill('۱');
    await seller.page.getByTestId('lot-2-tier-price-0').fill('۱۴۰۰۰۰');
    await seller.page.getByTestId('lot-2-max').fill('۶۰۰');
    await expectFitsScreen(seller.page, 'the quote form per lot');
    await seller.page.getByTestId('send-quote').click();
    await seller.page.getByTestId('quote-lots').waitFor();
    const quoted = (await p.http.as(spinner).get(`/procurements/${id}/quotes`)).body.items[0];
    expect(
      quoted.lots.map((l: { lotId: string; maxQuantity: string | null; unitPriceAtTotal: string }) => [
        l.lotId,
        l.maxQuantity,
        l.unitPriceAtTotal,
      ]),
    ).toEqual([
      [red.id, null, '150000'],
      [blue.id, '600', '140000'],
    ]);
    await p.http.as(dyer).post(`/procurements/${id}/quotes`, {
      organizationId: dyer.organizationId,
      leadTimeDays: 7,
      validUntil: inSeconds(86400 * 30),
      lots: [{ lotId: blue.id, tiers: [{ minQuantity: '1', unitPrice: '135000' }], maxQuantity: '400' }],
    });
    await p.http.as(zahra).post(`/procurements/${id}/close-quoting`);

    // The organiser compares lot by lot and awards red whole, blue split 600 + 400.
    await buyer.page.reload();
    await buyer.page.getByTestId('procurement-status').filter({ hasText: 'در حال ارزیابی' }).waitFor();
    const [redLot, blueLot] = [buyer.page.getByTestId('lot').nth(0), buyer.page.getByTestId('lot').nth(1)];
    await blueLot.getByTestId('lot-offer').nth(1).waitFor();
    await blueLot.getByTestId('lot-offer-choose').nth(0).check();
    await blueLot.getByTestId('lot-offer-choose').nth(1).check();
    await blueLot.getByTestId('lot-split-sum').filter({ hasText: '۱٬۰۰۰ کیلوگرم از ۱٬۰۰۰ کیلوگرم' }).waitFor();
    await expectFitsScreen(buyer.page, 'a lot split between two suppliers');
    await blueLot.getByTestId('lot-award').click();
    await blueLot.getByTestId('lot-split').waitFor();
    await redLot.getByTestId('lot-offer-choose').check();
    await redLot.getByTestId('lot-award').click();
    await buyer.page.getByTestId('procurement-status').filter({ hasText: 'برنده تعیین شد' }).waitFor();

    expect(await blueLot.getByTestId('lot-split').textContent()).toBe('تقسیم میان ۲ تأمین‌کننده');
    const parts = await blueLot.getByTestId('lot-award').allTextContents();
    expect(parts).toEqual([expect.stringMatching(/^ریسندگی نخ تبریز۶۰۰ کیلوگرم/), expect.stringMatching(/^رنگرزی زنجان۴۰۰ کیلوگرم/)]);
    expect(await blueLot.getByTestId('lot-award-total').allTextContents()).toEqual(['۸۴٬۰۰۰٬۰۰۰ ریال', '۵۴٬۰۰۰٬۰۰۰ ریال']);
    await buyer.page.getByTestId('order-line').first().waitFor();
    await expectFitsScreen(buyer.page, 'an awarded need in lots with its orders');

    // On the board the need reads as two lots, not as one quantity in one unit.
    await buyer.page.goto(`${p.baseUrl}/#/c/${cluster.id}/procurements`);
    await expect(
      buyer.page.getByTestId('procurement-tile').filter({ hasText: 'نخ پشم فرش در دو رنگ' }).getByTestId('tile-lots').textContent(),
    ).resolves.toBe('۲ بخش');
    const done = (await p.http.as(zahra).get(`/procurements/${id}`)).body;
    expect(done.status).toBe('awarded');
    expect(
      done.lots[1].awards.map((a: { supplierOrganizationId: string; quantity: string }) => [a.supplierOrganizationId, a.quantity]).sort(),
    ).toEqual(
      [
        [spinner.organizationId, '600'],
        [dyer.organizationId, '400'],
      ].sort(),
    );
  });
});
