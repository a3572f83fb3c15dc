import type { Browser } from 'playwright-core';
import { aCluster, Actor, ok } from '../support/factories';
import { expectFitsScreen, PHONE, useBrowserSuite } from '../support/browser';
import type { Platform } from '../support/platform';
import {} from '../support/procurement';

/** A phone in Baku: Azerbaijani, Baku time, and the Chromium of this machine, which has no `az` locale data of its own. */
async function bakuPhone(browser: Browser, actor: Actor) {
  const context = await browser.newContext({
    viewport: PHONE,
    screen: PHONE,
    isMobile: true,
    hasTouch: true,
    locale: 'az-AZ',
    timezoneId: 'Asia/Baku',
  });
  await context.addInitScript(
    ([tokens]) => {
      const store = (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage;
      store.setItem('hamkar.tokens', tokens);
      store.setItem('hamkar.locale', 'az');
    },
    [JSON.stringify({ accessToken: actor.token, refreshToken: actor.refreshToken })],
  );
  return { context, page: await context.newPage() };
}

describe('amounts and dates in Azerbaijani', () => {
  let p: Platform;
  let browser: Browser;
  useBrowserSuite((suite) => ({ p, browser } = suite));

  it('writes an awarded procurement as CLDR writes Azerbaijani: 79.200,00 ₼, 1.980,00 ₼ per tonne, 15 mart 2027', async () => {
    const cluster = await aCluster(p, { name: 'Sumqayıt kimya və plastik klasteri', country: 'AZ', region: 'Sumqayıt' });
    const plastik = await cluster.withMember('member', {
      locale: 'az',
      organization: { name: 'Sumqayıt Plastik MMC', country: 'AZ', city: 'Sumqayıt' },
    });
    const qablasdirma = await cluster.withMember('member', {
      locale: 'az',
      organization: { name: 'Abşeron Qablaşdırma', country: 'AZ', city: 'Xırdalan' },
    });
    const polimer = await cluster.withMember('supplier', {
      locale: 'az',
      organization: { kind: 'supplier', name: 'Polimer Təchizat ASC', country: 'AZ', city: 'Sumqayıt' },
    });
    const need = await p.http.as(plastik).post(`/clusters/${cluster.id}/procurements`, {
      organizationId: plastik.organizationId,
      title: 'Polipropilen qranul (PP)',
      description: '',
      categoryCode: '390210',
      unit: 't',
      quantity: '25',
      currency: 'AZN',
      joinDeadline: '2027-03-15T08:00:00Z',
      quoteDeadline: '2027-03-20T08:00:00Z',
      deliveryCity: 'Sumqayıt',
      deliveryLat: 40.59,
      deliveryLng: 49.67,
    });
    expect(need.status).toBe(201);
    const id = need.body.id;
    ok(await p.http.as(plastik).post(`/procurements/${id}/publish`));
    ok(
      await p.http
        .as(qablasdirma)
        .post(`/procurements/${id}/participations`, { organizationId: qablasdirma.organizationId, quantity: '15' }),
    );
    ok(await p.http.as(plastik).post(`/procurements/${id}/close-joining`));
    const quote = await p.http.as(polimer).post(`/procurements/${id}/quotes`, {
      organizationId: polimer.organizationId,
      tiers: [{ minQuantity: '1', unitPrice: '1980' }],
      leadTimeDays: 10,
      validUntil: '2027-06-01T00:00:00Z',
    });
    ok(quote);
    ok(await p.http.as(plastik).post(`/procurements/${id}/close-quoting`));
    ok(await p.http.as(plastik).post(`/procurements/${id}/award`, { quoteId: quote.body.id }));

    const { context, page } = await bakuPhone(browser, plastik);
    await page.goto(`${p.baseUrl}/#/c/${cluster.id}/procurements/${id}`);
    await page.getByTestId('procurement-status').filter({ hasText: 'Qalib seçildi' }).waitFor();
    // CLDR az: "." groups thousands, "," marks the decimals, the manat sign follows the amount after a no-break space.
    await expect(page.getByTestId('award-total-final').textContent()).resolves.toBe('79.200,00\u00a0₼');
    await expect(page.getByTestId('quote-unit-price').textContent()).resolves.toBe('1.980,00\u00a0₼ / t');
    await expect(page.getByTestId('allocation-amount').allTextContents()).resolves.toEqual(['49.500,00\u00a0₼', '29.700,00\u00a0₼']);
    await expect(page.getByTestId('join-deadline').textContent()).resolves.toBe('15 mart 2027, 12:00');
    await expect(page.getByTestId('pooled-total').textContent()).resolves.toBe('40 t');
    await expectFitsScreen(page, 'an awarded procurement in Azerbaijani');
    await context.close();
  });
});
