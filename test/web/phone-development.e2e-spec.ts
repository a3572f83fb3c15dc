import type { Browser } from 'playwright-core';
import { aCluster, Actor, ClusterFixture } from '../support/factories';
import { expectFitsScreen, launchBrowser, phonePage } from '../support/browser';
import { Platform, startPlatform } from '../support/platform';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('the development cycle on a phone, in Persian', () => {
  let p: Platform;
  let browser: Browser;
  let cluster: ClusterFixture;
  let agent: Actor;
  let firm: Actor;
  beforeAll(async () => {
    [p, browser] = await Promise.all([startPlatform(), launchBrowser()]);
    cluster = await aCluster(p);
    agent = await cluster.withMember('agent', { organization: false });
    firm = await cluster.withMember('member', { locale: 'fa' });
  });
  afterAll(async () => {
    await browser?.close();
    await p?.close();
  });

  it('a firm answers the diagnostic on a phone, numbers typed in Persian digits', async () => {
    const survey = (
      await p.http.as(agent).post(`/clusters/${cluster.id}/surveys`, {
        title: { fa: 'مطالعه تشخیصی خوشه فرش', en: 'Carpet cluster diagnostic' },
        questions: [
          { kind: 'number', text: { fa: 'چند دار قالی دارید؟', en: 'How many looms?' } },
          { kind: 'choice', text: { fa: 'صادرات دارید؟', en: 'Do you export?' }, options: [{ fa: 'بله' }, { fa: 'خیر' }] },
          { kind: 'scale', text: { fa: 'اعتماد به همکاری' }, min: 1, max: 5 },
          { kind: 'text', text: { fa: 'بزرگ‌ترین مشکل شما چیست؟' } },
        ],
      })
    ).body;
    await p.http.as(agent).post(`/surveys/${survey.id}/send`);

    const { context, page } = await phonePage(browser, firm, 'fa');
    await page.goto(`${p.baseUrl}/#/c/${cluster.id}/development`);
    await page.getByTestId('survey-answer-link').click();
    await page.getByTestId('survey-form').waitFor();
    await page.getByTestId('answer-q1').fill('۱۲۰');
    await page.getByText('بله').click();
    await page.getByTestId('answer-q3-4').check();
    await page.getByTestId('answer-q4').fill('قیمت نخ پشمی');
    await expectFitsScreen(page, 'the survey form');
    await page.getByTestId('survey-send').click();
    await page.getByTestId('survey-saved').waitFor();
    expect((await p.http.as(firm).get(`/surveys/${survey.id}`)).body.myAnswers).toEqual({ q1: '120', q2: '0', q3: '4', q4: 'قیمت نخ پشمی' });
    await context.close();
  });

  it('shows the indicators against their targets, in Persian digits', async () => {
    const looms = (await p.http.as(agent).post(`/clusters/${cluster.id}/indicators`, { name: { fa: 'دارهای قالی', en: 'Carpet looms' }, unit: 'looms', source: 'readings', baseline: '23000' })).body;
    await p.http.as(agent).put(`/indicators/${looms.id}/targets`, { dueDate: day(1095), value: '25000' });
    await p.http.as(agent).post(`/indicators/${looms.id}/readings`, { value: '24000' });

    const { context, page } = await phonePage(browser, firm, 'fa');
    await page.goto(`${p.baseUrl}/#/c/${cluster.id}/development`);
    const card = page.getByTestId('indicator').filter({ hasText: 'دارهای قالی' });
    await card.waitFor();
    await expect(card.getByTestId('indicator-current').textContent()).resolves.toContain('۲۴٬۰۰۰');
    await expect(card.getByTestId('indicator-progress').textContent()).resolves.toBe('۵۰٪');
    await expectFitsScreen(page, 'the indicators');
    await context.close();
  });

  it("a project's page shows the indicators it should move", async () => {
    const project = (await p.http.as(agent).post(`/clusters/${cluster.id}/projects`, { title: 'کارگاه مشترک رنگرزی', description: '', kind: 'shared_facility', startDate: day(-1), endDate: day(90) })).body;
    const trained = (await p.http.as(agent).post(`/clusters/${cluster.id}/indicators`, { name: { fa: 'آموزش‌دیدگان رنگرزی گیاهی', en: 'People trained' }, unit: 'people', source: 'readings', baseline: '0' })).body;
    expect((await p.http.as(agent).put(`/projects/${project.id}/results`, { indicatorIds: [trained.id], stage: 'pilot' })).status).toBe(200);

    const { context, page } = await phonePage(browser, firm, 'fa');
    await page.goto(`${p.baseUrl}/#/c/${cluster.id}/projects/${project.id}`);
    const linked = page.getByTestId('project-indicators');
    await linked.waitFor();
    await expect(linked.textContent()).resolves.toContain('آموزش‌دیدگان رنگرزی گیاهی');
    await expect(linked.textContent()).resolves.toContain('آزمایشی');
    await context.close();
  });
});
