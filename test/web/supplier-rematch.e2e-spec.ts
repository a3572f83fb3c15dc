import type { Browser } from 'playwright-core';
import { Actor, ClusterFixture, eventually } from '../support/factories';
import { expectFitsScreen, phonePage, useBrowserSuite } from '../support/browser';
import type { Platform } from '../support/platform';

const DAY = 86_400_000;
// Matching is a worker job; a busy machine is slow, not broken.
const MATCHING = { timeoutMs: 90_000, intervalMs: 250 };

interface Match {
  supplierOrganizationId: string;
}

describe('a supplier edits its profile on a phone, in Persian, and the need is matched again', () => {
  let p: Platform;
  let browser: Browser;
  let cluster: ClusterFixture;
  let firm: Actor;
  useBrowserSuite((suite) => ({ p, browser, cluster } = suite));
  beforeAll(async () => {
    firm = await cluster.withMember('member', { locale: 'fa' });
  });

  const matchedIds = async (procurementId: string): Promise<string[]> => {
    const res = await p.http.as(firm).get(`/procurements/${procurementId}/matches`);
    expect(res.status).toBe(200);
    return res.body.items.map((m: Match) => m.supplierOrganizationId);
  };

  it("matches a supplier to a published need once it adds the need's category and enough capacity, on the API and on the firm's screen", async () => {
    const near = {
      unit: 'kg',
      minOrderQuantity: '100',
      leadTimeDays: 10,
      serviceRadiusKm: 300,
      lat: 36.67,
      lng: 48.48,
      certifications: [],
    };
    // A wool spinner that already fits, so the first match is known to have run.
    const spinner = await cluster.withMember('supplier', { organization: { kind: 'supplier', name: 'ریسندگی پشم ابهر', city: 'Abhar' } });
    expect(
      (
        await p.http
          .as(spinner)
          .put(`/organizations/${spinner.organizationId}/supplier-profile`, { ...near, categories: ['5106'], capacityPerMonth: '10000' })
      ).status,
    ).toBe(200);
    // A dyer near Zanjan that sells no yarn yet, and too little of anything.
    const dyer = await cluster.withMember('supplier', {
      locale: 'fa',
      organization: { kind: 'supplier', name: 'رنگرزی و ریسندگی زنجان', city: 'Zanjan' },
    });
    expect(
      (
        await p.http
          .as(dyer)
          .put(`/organizations/${dyer.organizationId}/supplier-profile`, { ...near, categories: ['3204'], capacityPerMonth: '500' })
      ).status,
    ).toBe(200);

    const need = await p.http.as(firm).post(`/clusters/${cluster.id}/procurements`, {
      organizationId: firm.organizationId,
      title: 'نخ پشمی فرش دستباف',
      description: 'نخ پشم کارد شده برای قالی',
      categoryCode: '510610',
      unit: 'kg',
      quantity: '2000',
      currency: 'IRR',
      joinDeadline: new Date(Date.now() + 5 * DAY).toISOString(),
      quoteDeadline: new Date(Date.now() + 10 * DAY).toISOString(),
      deliveryCity: 'Zanjan',
      deliveryLat: 36.6736,
      deliveryLng: 48.4787,
    });
    expect(need.status).toBe(201);
    expect((await p.http.as(firm).post(`/procurements/${need.body.id}/publish`)).status).toBeLessThan(300);
    const before = await eventually(async () => {
      const ids = await matchedIds(need.body.id);
      return ids.includes(spinner.organizationId!) ? ids : undefined;
    }, MATCHING);
    expect(before).not.toContain(dyer.organizationId);

    // The dyer, on its phone, adds wool yarn and raises its capacity, typed in Persian digits.
    const { context, page } = await phonePage(browser, dyer, 'fa');
    await page.goto(`${p.baseUrl}/#/c/${cluster.id}/suppliers`);
    await page.getByTestId('my-profile').click();
    const categories = page.getByTestId('profile-categories');
    await expect(categories.inputValue()).resolves.toBe('۳۲۰۴');
    await categories.fill('۳۲۰۴، ۵۱۰۶');
    await page.getByTestId('profile-capacity').fill('۸۰۰۰');
    await expectFitsScreen(page, 'the supplier profile form');
    await page.getByTestId('profile-save').click();
    await page.getByTestId('profile-saved').waitFor();
    expect((await p.http.as(dyer).get(`/organizations/${dyer.organizationId}/supplier-profile`)).body).toMatchObject({
      categories: expect.arrayContaining(['3204', '5106']),
      capacityPerMonth: '8000',
    });
    await context.close();

    // Saving the profile matches the open need again, and the dyer is among its matches.
    const after = await eventually(async () => {
      const ids = await matchedIds(need.body.id);
      return ids.includes(dyer.organizationId!) ? ids : undefined;
    }, MATCHING);
    expect(after).toContain(spinner.organizationId);

    // The firm that posted the need sees the dyer among the matched suppliers on its phone.
    const organiser = await phonePage(browser, firm, 'fa');
    await organiser.page.goto(`${p.baseUrl}/#/c/${cluster.id}/procurements/${need.body.id}`);
    const matches = organiser.page.getByTestId('matches');
    await matches.getByText('رنگرزی و ریسندگی زنجان').waitFor();
    await expect(matches.textContent()).resolves.toContain('ریسندگی پشم ابهر');
    await expectFitsScreen(organiser.page, 'the need with its matched suppliers');
    await organiser.context.close();
  }, 300_000);
});
