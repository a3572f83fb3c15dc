import type { Browser } from 'playwright-core';
import { aCluster, Actor, ClusterFixture } from '../support/factories';
import { expectFitsScreen, phonePage, useBrowserSuite } from '../support/browser';
import type { Platform } from '../support/platform';

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

describe('suppliers, projects and the dashboard on a phone, in Persian', () => {
  let p: Platform;
  let browser: Browser;
  let cluster: ClusterFixture;
  let firm: Actor;
  useBrowserSuite((suite) => ({ p, browser, cluster } = suite));
  beforeAll(async () => {
    firm = await cluster.withMember('member', { locale: 'fa' });
    const profile = {
      unit: 'kg',
      minOrderQuantity: '100',
      leadTimeDays: 14,
      serviceRadiusKm: 800,
      lat: 38.08,
      lng: 46.29,
      certifications: ['ISO 9001'],
    };
    for (const [name, categories, capacity] of [
      ['ریسندگی پشم تبریز', ['5106', '5107'], '12000'],
      ['Borujerd Dyes Co.', ['3204'], '3000'],
    ] as const) {
      const supplier = await cluster.withMember('supplier', { organization: { kind: 'supplier', name, city: 'Tabriz' } });
      const put = await p.http
        .as(supplier)
        .put(`/organizations/${supplier.organizationId}/supplier-profile`, { ...profile, categories, capacityPerMonth: capacity });
      expect(put.status).toBe(200);
    }
  });

  it('lists suppliers as cards that fit the phone, and narrows them by an HS code typed in Persian digits', async () => {
    const { context, page } = await phonePage(browser, firm, 'fa');
    await page.goto(`${p.baseUrl}/#/c/${cluster.id}/suppliers`);
    await page.getByTestId('supplier').nth(1).waitFor();
    const wool = page.getByTestId('supplier').filter({ hasText: 'ریسندگی پشم تبریز' });
    await expect(wool.textContent()).resolves.toContain('۱۲٬۰۰۰ کیلوگرم');
    await expectFitsScreen(page, 'the supplier directory');
    await page.getByTestId('supplier-category').fill('۵۱۰۶');
    await page.getByTestId('supplier-filter').click();
    await page.getByTestId('suppliers-page').getByRole('status').filter({ hasText: '۱ تأمین‌کننده' }).waitFor();
    await expect(page.getByTestId('supplier').allTextContents()).resolves.toEqual([expect.stringContaining('ریسندگی پشم تبریز')]);
    await context.close();
  });

  it('lets a supplier describe what it delivers, typed in Persian digits, and then lists it', async () => {
    const supplier = await cluster.withMember('supplier', {
      locale: 'fa',
      organization: { kind: 'supplier', name: 'ریسندگی نخ زنجان', city: 'Zanjan' },
    });
    const { context, page } = await phonePage(browser, supplier, 'fa');
    await page.goto(`${p.baseUrl}/#/c/${cluster.id}/suppliers`);
    await page.getByTestId('my-profile').click();
    await page.getByTestId('profile-categories').fill('۵۱۰۶، ۵۱۰۷');
    await page.getByTestId('profile-capacity').fill('۸۰۰۰');
    await page.getByTestId('profile-min-order').fill('۲۰۰');
    await page.getByTestId('profile-lat').fill('۳۶٫۶۷');
    await page.getByTestId('profile-lng').fill('۴۸٫۴۸');
    await expectFitsScreen(page, 'the supplier profile form');
    await page.getByTestId('profile-save').click();
    await page.getByTestId('profile-saved').waitFor();
    const saved = (await p.http.as(supplier).get(`/organizations/${supplier.organizationId}/supplier-profile`)).body;
    expect(saved).toMatchObject({
      categories: ['5106', '5107'],
      capacityPerMonth: '8000',
      minOrderQuantity: '200',
      lat: 36.67,
      lng: 48.48,
    });
    await page.getByTestId('back').click();
    await page.getByTestId('supplier').filter({ hasText: 'ریسندگی نخ زنجان' }).waitFor();
    await context.close();
  });

  it('says when the directory could not be loaded, in Persian, and loads it again on retry', async () => {
    const { context, page } = await phonePage(browser, firm, 'fa');
    const unavailable = {
      status: 503,
      contentType: 'application/problem+json',
      body: JSON.stringify({ type: 'about:blank', status: 503, title: 'Service Unavailable', code: 'service.unavailable' }),
    };
    await page.route('**/api/v1/clusters/*/suppliers**', (route) => route.fulfill(unavailable));
    await page.goto(`${p.baseUrl}/#/c/${cluster.id}/suppliers`);
    await expect(page.getByTestId('error').textContent()).resolves.toContain('در دسترس نیست');
    await page.unroute('**/api/v1/clusters/*/suppliers**');
    await page.getByTestId('retry').click();
    await page.getByTestId('supplier').first().waitFor();
    await context.close();
  });

  it('tells a firm what to do next where there is nothing yet', async () => {
    const empty = await aCluster(p);
    const newcomer = await empty.withMember('member', { locale: 'fa' });
    const { context, page } = await phonePage(browser, newcomer, 'fa');
    await page.goto(`${p.baseUrl}/#/c/${empty.id}/suppliers`);
    await page.getByTestId('empty').filter({ hasText: 'هنوز هیچ تأمین‌کننده‌ای' }).waitFor();
    await page.goto(`${p.baseUrl}/#/c/${empty.id}/procurements`);
    await page.getByTestId('empty').filter({ hasText: 'آنچه کارگاهتان باید بخرد را ثبت کنید' }).waitFor();
    await page.getByTestId('new-need').waitFor();
    await page.goto(`${p.baseUrl}/#/c/${empty.id}/projects`);
    await page.getByTestId('empty').filter({ hasText: 'هنوز پروژه مشترکی نیست' }).waitFor();
    await context.close();
  });

  it("shows a project's tasks one column at a time on a phone, and every column of the boards at 1440 px", async () => {
    const agent = await cluster.withMember('agent', { locale: 'fa', organization: false });
    const project = (
      await p.http.as(agent).post(`/clusters/${cluster.id}/projects`, {
        title: 'کارگاه مشترک رنگرزی گیاهی',
        description: '',
        kind: 'shared_facility',
        startDate: day(-3),
        endDate: day(120),
      })
    ).body;
    await p.http.as(agent).post(`/projects/${project.id}/tasks`, { title: 'بازدید از سوله‌ها', dueDate: day(5) });
    await p.http.as(agent).post(`/projects/${project.id}/tasks`, { title: 'استعلام قیمت دیگ رنگرزی', dueDate: day(12) });
    const url = `${p.baseUrl}/#/c/${cluster.id}/projects/${project.id}`;

    const { context, page } = await phonePage(browser, firm, 'fa');
    await page.goto(url);
    await page.getByTestId('kanban-filter').waitFor();
    await expect(page.getByTestId('task').count()).resolves.toBe(2);
    await expectFitsScreen(page, 'a project board');
    await page.getByTestId('task').filter({ hasText: 'بازدید از سوله‌ها' }).getByTestId('move-doing').click();
    // It leaves the "to do" column on screen and waits under "doing".
    await page.getByTestId('task').filter({ hasText: 'بازدید از سوله‌ها' }).waitFor({ state: 'detached' });
    await page.getByTestId('kanban-filter-doing').click();
    await page.getByTestId('task').filter({ hasText: 'بازدید از سوله‌ها' }).waitFor();
    await context.close();

    const desktop = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await desktop.addInitScript(
      (tokens) =>
        (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('hamkar.tokens', tokens),
      JSON.stringify({ accessToken: firm.token, refreshToken: firm.refreshToken }),
    );
    const wide = await desktop.newPage();
    await wide.goto(url);
    await wide.getByTestId('kanban').locator('section').nth(2).waitFor();
    const edges = await wide
      .getByTestId('kanban')
      .locator('section')
      .evaluateAll((els) =>
        els.map((e) => (e as unknown as { getBoundingClientRect(): { left: number; right: number } }).getBoundingClientRect()),
      );
    for (const e of edges) expect(e.left >= 0 && e.right <= 1440).toBe(true);
    // The procurement board's seven columns fit side by side too.
    const need = await p.http.as(firm).post(`/clusters/${cluster.id}/procurements`, {
      organizationId: firm.organizationId,
      title: 'نخ پشمی فرش',
      description: '',
      categoryCode: '5106',
      unit: 'kg',
      quantity: '400',
      currency: 'IRR',
      joinDeadline: new Date(Date.now() + 5 * DAY).toISOString(),
      quoteDeadline: new Date(Date.now() + 9 * DAY).toISOString(),
      deliveryCity: 'Zanjan',
      deliveryLat: 36.67,
      deliveryLng: 48.48,
    });
    expect(need.status).toBe(201);
    await wide.goto(`${p.baseUrl}/#/c/${cluster.id}/procurements`);
    await wide.getByTestId('procurement-board').locator('section').nth(6).waitFor();
    const columns = await wide
      .getByTestId('procurement-board')
      .locator('section')
      .evaluateAll((els) =>
        els.map((e) => (e as unknown as { getBoundingClientRect(): { left: number; right: number } }).getBoundingClientRect()),
      );
    expect(columns).toHaveLength(7);
    for (const c of columns) expect(c.left >= 0 && c.right <= 1440).toBe(true);
    await expect(
      wide.evaluate(
        () => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth,
      ),
    ).resolves.toBeLessThanOrEqual(1440);
    await desktop.close();
  });

  it('starts a project and sets a milestone, with their days picked in the Solar Hijri calendar', async () => {
    const agent = await cluster.withMember('agent', { locale: 'fa', organization: false });
    const { context, page } = await phonePage(browser, agent, 'fa');
    await page.goto(`${p.baseUrl}/#/c/${cluster.id}/projects`);
    await page.getByTestId('new-project').click();
    await page.getByTestId('project-title').fill('غرفه مشترک نمایشگاه فرش');
    const MONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];
    const picked: number[] = [];
    for (const [field, months, dayText] of [
      ['project-start', 1, '۱'],
      ['project-end', 2, '۱۰'],
    ] as const) {
      await page.getByTestId(field).click();
      const calendar = page.locator('.rmdp-wrapper').last();
      // The calendar opens on the field's current month; the day is picked that many months later.
      const shown = (await calendar.locator('.rmdp-header-values').textContent())!.split(' ')[0];
      picked.push(((MONTHS.indexOf(shown) + months) % 12) + 1);
      for (let i = 0; i < months; i++) await calendar.getByRole('button', { name: 'ماه بعد' }).click();
      await calendar.locator('.rmdp-day:not(.rmdp-deactive) .sd').getByText(dayText, { exact: true }).click();
      await page.keyboard.press('Escape');
    }
    await expectFitsScreen(page, 'the project form');
    await page.getByTestId('project-create').click();
    await page.getByTestId('project-detail').waitFor();
    const id = page.url().split('/').pop()!;
    const project = (await p.http.as(agent).get(`/projects/${id}`)).body;
    // YYYY-MM-DD as the calendar day picked, in the Solar Hijri month it was picked in.
    const hijri = (isoDay: string) =>
      new Intl.DateTimeFormat('en-u-ca-persian', { timeZone: 'UTC', day: 'numeric', month: 'numeric' }).formatToParts(
        new Date(`${isoDay}T12:00:00Z`),
      );
    const dayOf = (isoDay: string) => Number(hijri(isoDay).find((x) => x.type === 'day')!.value);
    const monthOf = (isoDay: string) => Number(hijri(isoDay).find((x) => x.type === 'month')!.value);
    expect([dayOf(project.startDate), monthOf(project.startDate)]).toEqual([1, picked[0]]);
    expect([dayOf(project.endDate), monthOf(project.endDate)]).toEqual([10, picked[1]]);

    // The organiser sets a milestone on the project's screen, its day picked the same way.
    await page.getByTestId('milestone-title').fill('ثبت‌نام غرفه');
    await page.getByTestId('milestone-due').click();
    const calendar = page.locator('.rmdp-wrapper').last();
    await calendar.getByRole('button', { name: 'ماه بعد' }).click();
    await calendar.locator('.rmdp-day:not(.rmdp-deactive) .sd').getByText('۵', { exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('milestone-add').click();
    await page.getByTestId('project-detail').getByText('ثبت‌نام غرفه').waitFor();
    await expectFitsScreen(page, 'a project with its milestone');
    await context.close();
  });

  it('keeps the dashboard for those who steer the cluster, and makes it readable on their phone', async () => {
    const member = await phonePage(browser, firm, 'fa');
    await member.page.goto(`${p.baseUrl}/#/c/${cluster.id}/dashboard`);
    await expect(member.page.getByTestId('dashboard-not-allowed').textContent()).resolves.toContain('کارگزاران');
    await expect(member.page.locator('[data-testid$="-dashboard"]').count()).resolves.toBe(0);
    await member.context.close();

    await p.http.as(cluster.admin).patch('/me', { locale: 'fa' });
    const admin = await phonePage(browser, cluster.admin, 'fa');
    await admin.page.goto(`${p.baseUrl}/#/c/${cluster.id}/dashboard`);
    await admin.page.getByTestId('dashboard').locator('svg').first().waitFor();
    await expectFitsScreen(admin.page, 'the dashboard');
    await admin.context.close();
  });
});
