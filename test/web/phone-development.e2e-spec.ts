import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { Actor, ClusterFixture } from '../support/factories';
import { expectFitsScreen, phonePage, useBrowserSuite } from '../support/browser';
import type { Platform } from '../support/platform';

/** The narrowest phones in use: the agent's screens must fit them without scrolling sideways. */
const NARROW = { width: 360, height: 760 };
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The Solar Hijri day of the month of a calendar day, as Node's full ICU reckons it. */
const solarHijriDay = (isoDay: string) =>
  Number(new Intl.DateTimeFormat('en-u-ca-persian', { day: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDay}T12:00:00Z`)));

/** Picks day ۱۰ of the month after the one the field's Solar Hijri calendar opens on. */
async function pickTenthOfNextMonth(page: Page, field: string) {
  await page.getByTestId(field).click();
  const calendar = page.locator('.rmdp-wrapper').last();
  await calendar.waitFor();
  await calendar.getByRole('button', { name: 'ماه بعد' }).click();
  await calendar.locator('.rmdp-day:not(.rmdp-deactive):not(.rmdp-disabled) .sd').getByText('۱۰', { exact: true }).click();
  await page.keyboard.press('Escape');
}

describe('the development cycle on a phone, in Persian', () => {
  let p: Platform;
  let browser: Browser;
  let cluster: ClusterFixture;
  let agent: Actor;
  let firm: Actor;
  useBrowserSuite((suite) => ({ p, browser, cluster } = suite));
  beforeAll(async () => {
    agent = await cluster.withMember('agent', { organization: false, locale: 'fa' });
    firm = await cluster.withMember('member', { locale: 'fa' });
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
    expect((await p.http.as(firm).get(`/surveys/${survey.id}`)).body.myAnswers).toEqual({
      q1: '120',
      q2: '0',
      q3: '4',
      q4: 'قیمت نخ پشمی',
    });
    await context.close();
  });

  it('shows the indicators against their targets, in Persian digits', async () => {
    const looms = (
      await p.http.as(agent).post(`/clusters/${cluster.id}/indicators`, {
        name: { fa: 'دارهای قالی', en: 'Carpet looms' },
        unit: 'looms',
        source: 'readings',
        baseline: '23000',
      })
    ).body;
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

  it('the agent writes a survey in Persian on a phone and sends it to the firms', async () => {
    const { context, page } = await phonePage(browser, agent, 'fa', NARROW);
    await page.goto(`${p.baseUrl}/#/c/${cluster.id}/development`);
    await page.getByTestId('new-survey').click();
    await page.getByTestId('survey-title-fa').fill('پایش اشتغال کارگاه‌ها');
    await page.getByTestId('question-text-fa').fill('چند بافنده دارید؟');
    await page.getByTestId('question-unit').fill('نفر');
    await page.getByTestId('add-question').click();
    const second = page.getByTestId('question-draft').nth(1);
    await second.getByTestId('question-kind').selectOption('choice');
    await second.getByTestId('question-text-fa').fill('بیمه دارند؟');
    await second.getByTestId('option-0-fa').fill('بله');
    await second.getByTestId('option-1-fa').fill('خیر');
    await expectFitsScreen(page, 'the survey editor');
    await page.getByTestId('survey-save').click();

    await page.getByTestId('survey-results').waitFor();
    await expect(page.getByTestId('survey-status').textContent()).resolves.toBe('پیش‌نویس');
    await page.getByTestId('survey-send-to-cluster').click();
    await page.getByTestId('confirm-dialog-confirm').click();
    await page.getByTestId('survey-response').waitFor();
    await expect(page.getByTestId('survey-status').textContent()).resolves.toBe('در حال پاسخ‌گیری');
    await expectFitsScreen(page, 'the survey results');
    const surveyId = page.url().split('/').pop()!;
    const sent = (await p.http.as(firm).get(`/surveys/${surveyId}`)).body;
    expect(sent).toMatchObject({
      status: 'open',
      title: { fa: 'پایش اشتغال کارگاه‌ها' },
      questions: [
        { kind: 'number', unit: 'نفر' },
        { kind: 'choice', options: [{ fa: 'بله' }, { fa: 'خیر' }] },
      ],
    });
    await context.close();
  });

  it("the agent sets an indicator's target on a Solar Hijri date, then its baseline from the answers", async () => {
    const survey = (await p.http.as(agent).get(`/clusters/${cluster.id}/surveys`)).body.items.find(
      (s: { title: { fa?: string } }) => s.title.fa === 'پایش اشتغال کارگاه‌ها',
    );
    const others = [await cluster.withMember('member'), await cluster.withMember('member')];
    for (const [who, weavers] of [
      [firm, '۱۲'],
      [others[0], '30'],
      [others[1], '18'],
    ] as const)
      expect(
        (
          await p.http.as(who).put(`/surveys/${survey.id}/answers`, {
            organizationId: who.organizationId,
            answers: [
              { questionId: 'q1', value: weavers },
              { questionId: 'q2', value: '0' },
            ],
          })
        ).status,
      ).toBe(200);

    const { context, page } = await phonePage(browser, agent, 'fa', NARROW);
    await page.goto(`${p.baseUrl}/#/c/${cluster.id}/development`);
    await page.getByTestId('new-indicator').locator(':scope > summary').click();
    await page.getByTestId('indicator-name-fa').fill('بافندگان شاغل');
    await page.getByTestId('indicator-unit').fill('نفر');
    await page.getByTestId('indicator-create').click();
    await page.getByTestId('indicator-page').waitFor();
    await pickTenthOfNextMonth(page, 'target-date');
    await page.getByTestId('target-value').fill('۹۰');
    await page.getByTestId('target-submit').click();
    await page.getByTestId('target').waitFor();
    await expect(page.getByTestId('target').textContent()).resolves.toContain('۹۰');
    await expectFitsScreen(page, 'the indicator');
    const indicatorId = page.url().split('/').pop()!;
    const [target] = (await p.http.as(agent).get(`/indicators/${indicatorId}`)).body.targets;
    expect(target.value).toBe('90');
    expect(solarHijriDay(target.dueDate)).toBe(10);
    expect(target.dueDate > day(0) && target.dueDate <= day(62)).toBe(true);
    // A reading is measured today unless another day is picked.
    await page.getByTestId('reading-value').fill('۷۰');
    await page.getByTestId('reading-submit').click();
    await page.getByTestId('indicator-current').filter({ hasText: '۷۰' }).waitFor();
    expect((await p.http.as(agent).get(`/indicators/${indicatorId}`)).body.series).toEqual([{ date: expect.any(String), value: '70' }]);

    await page.goto(`${p.baseUrl}/#/c/${cluster.id}/development/results/${survey.id}`);
    const weavers = page.getByTestId('result-q1');
    await weavers.waitFor();
    await expect(weavers.getByTestId('result-sum').textContent()).resolves.toBe('۶۰');
    await expect(weavers.getByTestId('response-rate').textContent()).resolves.toContain('۱۰۰٪');
    await weavers.getByTestId('use-as-baseline').click();
    const dialog = page.getByTestId('baseline-dialog');
    await dialog.getByTestId('baseline-indicator').selectOption(indicatorId);
    await dialog.getByTestId('baseline-statistic').selectOption('sum');
    await expect(dialog.getByTestId('baseline-preview').textContent()).resolves.toContain('۶۰');
    await expectFitsScreen(page, 'the baseline dialog');
    await page.getByTestId('baseline-dialog-confirm').click();
    await page.getByTestId('baseline-set').waitFor();
    expect((await p.http.as(agent).get(`/indicators/${indicatorId}`)).body).toMatchObject({
      baseline: '60',
      baselineOrigin: { surveyId: survey.id, questionId: 'q1', statistic: 'sum' },
    });

    // The funders' export, downloaded from the phone in the reader's language.
    await page.goto(`${p.baseUrl}/#/c/${cluster.id}/development`);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(csv.suggestedFilename()).toBe('hamkar-indicators.csv');
    expect(readFileSync((await csv.path())!, 'utf8')).toMatch(/بافندگان شاغل.*,60,.*90/);
    await context.close();
  });

  it("a project's page shows the indicators it should move", async () => {
    const project = (
      await p.http.as(agent).post(`/clusters/${cluster.id}/projects`, {
        title: 'کارگاه مشترک رنگرزی',
        description: '',
        kind: 'shared_facility',
        startDate: day(-1),
        endDate: day(90),
      })
    ).body;
    const trained = (
      await p.http.as(agent).post(`/clusters/${cluster.id}/indicators`, {
        name: { fa: 'آموزش‌دیدگان رنگرزی گیاهی', en: 'People trained' },
        unit: 'people',
        source: 'readings',
        baseline: '0',
      })
    ).body;
    expect((await p.http.as(agent).put(`/projects/${project.id}/results`, { indicatorIds: [trained.id], stage: 'pilot' })).status).toBe(
      200,
    );

    const { context, page } = await phonePage(browser, firm, 'fa');
    await page.goto(`${p.baseUrl}/#/c/${cluster.id}/projects/${project.id}`);
    const linked = page.getByTestId('project-indicators');
    await linked.waitFor();
    await expect(linked.textContent()).resolves.toContain('آموزش‌دیدگان رنگرزی گیاهی');
    await expect(linked.textContent()).resolves.toContain('آزمایشی');
    await context.close();
  });
});
