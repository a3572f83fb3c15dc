import type { Browser } from 'playwright-core';
import { Actor, ClusterFixture, eventually } from '../support/factories';
import { expectFitsScreen, phonePage, useBrowserSuite } from '../support/browser';
import type { Platform } from '../support/platform';

/** The narrowest phones in use: every screen here must fit them without scrolling sideways. */
const NARROW = { width: 360, height: 760 };

describe('partner search, meetings and the public page on a phone, in Persian', () => {
  let p: Platform;
  let browser: Browser;
  let cluster: ClusterFixture;
  let slug: string;
  let dyer: Actor;
  let weaver: Actor;
  useBrowserSuite((suite) => ({ p, browser, cluster } = suite));
  beforeAll(async () => {
    slug = (await p.http.as(cluster.admin).get(`/clusters/${cluster.id}`)).body.slug;
    await p.http.as(cluster.admin).patch('/me', { locale: 'fa' });
    dyer = await cluster.withMember('member', { locale: 'fa', displayName: 'رنگرزی سهرابی', organization: { name: 'رنگرزی سهرابی' } });
    weaver = await cluster.withMember('member', { locale: 'fa', displayName: 'قالی‌بافی نیکو' });
  });

  it('a firm posts an offer; another finds it typed with an Arabic keyboard, says it is interested and lands in their direct conversation', async () => {
    const poster = await phonePage(browser, dyer, 'fa', NARROW);
    await poster.page.goto(`${p.baseUrl}/#/c/${cluster.id}/partners`);
    await poster.page.getByTestId('offer-new').click();
    await poster.page.getByTestId('offer-kind').selectOption('machine-sharing');
    await poster.page.getByTestId('offer-title').fill('دستگاه رنگرزی گیاهی برای اشتراک');
    await poster.page.getByTestId('offer-description').fill('دو روز در هفته خالی است');
    await poster.page.getByTestId('category-search').fill('5701');
    await poster.page.getByTestId('category-select').locator('option[value="5701"]').waitFor({ state: 'attached' });
    await poster.page.getByTestId('category-select').selectOption('5701');
    await poster.page.getByTestId('offer-place').fill('زنجان');
    await expectFitsScreen(poster.page, 'the offer form');
    await poster.page.getByTestId('offer-submit').click();
    await poster.page.getByTestId('offer').filter({ hasText: 'دستگاه رنگرزی گیاهی' }).waitFor();
    await poster.context.close();
    const [offer] = (await p.http.as(weaver).get(`/clusters/${cluster.id}/offers`)).body.items;
    expect(offer).toMatchObject({ postedBy: dyer.id, kind: 'machine-sharing', direction: 'offer', hsCodes: ['5701'], place: 'زنجان' });

    const { context, page } = await phonePage(browser, weaver, 'fa', NARROW);
    await page.goto(`${p.baseUrl}/#/c/${cluster.id}/partners`);
    // ي and ك from an Arabic keyboard fold to the Persian ی and ک.
    await page.getByTestId('offer-search').fill('رنگرزي گياهي');
    const found = page.getByTestId('offer').filter({ hasText: 'دستگاه رنگرزی گیاهی' });
    await found.waitFor();
    await expectFitsScreen(page, 'the partner search');
    await page.getByTestId('offer-search').fill('صادرات');
    await page.getByTestId('empty').waitFor();
    await page.getByTestId('offer-search').fill('رنگرزي');
    await found.getByTestId('offer-interest').click();
    await page.waitForURL(/\/chat\/[0-9a-f-]{36}$/);
    const channelId = page.url().split('/').pop()!;
    expect((await p.http.as(dyer).get(`/channels/${channelId}`)).body).toMatchObject({ kind: 'direct' });
    const people = (await p.http.as(dyer).get(`/channels/${channelId}/members`)).body.items.map((m: { userId: string }) => m.userId);
    expect(people.sort()).toEqual([dyer.id, weaver.id].sort());
    await page.getByTestId('composer').waitFor();
    await context.close();
  });

  it("a meeting asked for at a time in Tehran is shown in Baku's time to the person invited, who accepts it", async () => {
    const [offer] = (await p.http.as(weaver).get(`/clusters/${cluster.id}/offers`)).body.items;
    const tehran = await phonePage(browser, weaver, 'fa', NARROW, 'Asia/Tehran');
    await tehran.page.goto(`${p.baseUrl}/#/c/${cluster.id}/partners`);
    await tehran.page.getByTestId('offer').first().getByTestId('offer-meet').click();
    await tehran.page.getByTestId('meeting-form').waitFor();
    // The offer and the cluster's members load after the form shows; its poster is chosen once both have.
    await eventually(async () => (await tehran.page.getByTestId('meeting-invitee').inputValue()) === dyer.id);
    await expect(tehran.page.getByTestId('meeting-time-zone').textContent()).resolves.toContain('Asia/Tehran');
    await tehran.page.getByTestId('meeting-time-0').selectOption('10:30');
    await tehran.page.getByTestId('meeting-agenda').fill('اشتراک دستگاه رنگرزی در بهار');
    await expectFitsScreen(tehran.page, 'the meeting request');
    await tehran.page.getByTestId('meeting-send').click();
    await tehran.page.getByTestId('my-meetings').waitFor();
    await expect(tehran.page.getByTestId('meeting-times').textContent()).resolves.toContain('۱۰:۳۰');
    await tehran.context.close();
    const [asked] = (await p.http.as(dyer).get(`/clusters/${cluster.id}/meetings`)).body.items;
    expect(asked).toMatchObject({ offerId: offer.id, requestedBy: weaver.id, inviteeId: dyer.id, status: 'requested' });
    // 10:30 in Tehran (UTC+3:30) is 07:00 UTC, and 11:00 in Baku (UTC+4).
    expect(asked.proposedTimes[0]).toMatch(/T07:00:00\.000Z$/);

    const baku = await phonePage(browser, dyer, 'fa', NARROW, 'Asia/Baku');
    await baku.page.goto(`${p.baseUrl}/#/c/${cluster.id}/notifications`);
    await baku.page.locator('[data-testid="notification"][data-kind="meeting.requested"]').getByText('درخواست جلسه').click();
    const meeting = baku.page.getByTestId('meeting');
    await meeting.waitFor();
    await expect(meeting.getByTestId('meeting-times').textContent()).resolves.toContain('۱۱:۰۰');
    await expectFitsScreen(baku.page, 'my meetings');
    await meeting.getByTestId('meeting-accept').click();
    await expect(baku.page.getByTestId('meeting-dialog-time').textContent()).resolves.toContain('۱۱:۰۰');
    await baku.page.getByTestId('meeting-dialog-confirm').click();
    await expect(meeting.getByTestId('meeting-starts').textContent()).resolves.toContain('۱۱:۰۰');
    await expect(meeting.getByTestId('meeting-status').textContent()).resolves.toBe('پذیرفته شد');
    await baku.context.close();
    expect((await p.http.as(weaver).get(`/meetings/${asked.id}`)).body).toMatchObject({
      status: 'accepted',
      startsAt: asked.proposedTimes[0],
    });
  });

  it('the admin publishes the public page, a firm lists itself, and an outsider without an account reads it and asks to join', async () => {
    const admin = await phonePage(browser, cluster.admin, 'fa', NARROW);
    await admin.page.goto(`${p.baseUrl}/#/c/${cluster.id}/development`);
    await admin.page.getByTestId('public-page-link').click();
    await admin.page.getByTestId('public-page-hidden').waitFor();
    await admin.page.getByTestId('publish-toggle').check();
    await admin.page.getByTestId('publish-about').fill('۸۰۰ کارگاه فرش دستباف در استان زنجان؛ پشم و رنگ گیاهی.');
    await admin.page.getByTestId('publish-save').click();
    await admin.page.getByTestId('public-page-live').waitFor();
    await expectFitsScreen(admin.page, 'the public page settings');
    await admin.context.close();

    const firm = await phonePage(browser, dyer, 'fa', NARROW);
    await firm.page.goto(`${p.baseUrl}/#/c/${cluster.id}/development/public`);
    await firm.page.getByTestId('listing-toggle').check();
    await firm.page.getByTestId('listing-makes').fill('نخ پشمی رنگ‌شده با روناس');
    await firm.page.getByTestId('listing-save').click();
    await firm.page.getByRole('status').waitFor();
    await firm.context.close();

    const outsider = await phonePage(browser, undefined, 'fa', NARROW);
    await outsider.page.goto(`${p.baseUrl}/#/public/${slug}`);
    const page = outsider.page.getByTestId('public-cluster');
    await page.waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe('Zanjan Carpets');
    await expect(outsider.page.getByTestId('public-cluster-about').textContent()).resolves.toContain('۸۰۰ کارگاه');
    const members = outsider.page.getByTestId('public-member');
    await expect(members.count()).resolves.toBe(1);
    await expect(members.textContent()).resolves.toContain('نخ پشمی رنگ‌شده با روناس');
    await expect(outsider.page.textContent('body')).resolves.not.toContain('قالی‌بافی نیکو');
    await expectFitsScreen(outsider.page, 'the public cluster page');
    await outsider.page.getByTestId('contact-purpose').selectOption('join');
    await outsider.page.getByTestId('contact-name').fill('Anna Keller');
    await outsider.page.getByTestId('contact-email').fill('anna@example.com');
    await outsider.page.getByTestId('contact-organization').fill('Keller Teppiche GmbH');
    await outsider.page.getByTestId('contact-message').fill('Wir möchten dem Cluster als Käufer beitreten.');
    await outsider.page.getByTestId('contact-send').click();
    await outsider.page.getByTestId('contact-sent').waitFor();
    await outsider.context.close();
    const heard = await eventually(async () => {
      const items = (await p.http.as(cluster.admin).get('/notifications')).body.items.filter(
        (n: { kind: string }) => n.kind === 'cluster.contact',
      );
      return items.length ? items : undefined;
    });
    expect(heard[0]).toMatchObject({ title: 'Anna Keller (Keller Teppiche GmbH)', data: { purpose: 'join', email: 'anna@example.com' } });

    const organiser = await phonePage(browser, cluster.admin, 'fa', NARROW);
    await organiser.page.goto(`${p.baseUrl}/#/c/${cluster.id}/notifications`);
    const contact = organiser.page.locator('[data-testid="notification"][data-kind="cluster.contact"]');
    await expect(contact.textContent()).resolves.toContain('پیامی از صفحهٔ عمومی');
    await expect(contact.getByTestId('contact-reply').getAttribute('href')).resolves.toBe('mailto:anna@example.com');
    await organiser.context.close();
  });

  it('every screen of the cycle reads in Azerbaijani and English, with no key left untranslated, and fits 360 px', async () => {
    const [offer] = (await p.http.as(weaver).get(`/clusters/${cluster.id}/offers`)).body.items;
    for (const locale of ['az', 'en']) {
      const agent = await cluster.withMember('agent', { locale });
      const survey = (
        await p.http.as(agent).post(`/clusters/${cluster.id}/surveys`, {
          title: { en: 'Diagnostic', az: 'Diaqnostika' },
          questions: [{ kind: 'scale', text: { en: 'Trust?', az: 'Güvən?' } }],
        })
      ).body;
      const indicator = (
        await p.http.as(agent).post(`/clusters/${cluster.id}/indicators`, {
          name: { en: 'Looms', az: 'Dəzgahlar' },
          unit: 'looms',
          source: 'readings',
          baseline: '23000',
        })
      ).body;
      const { context, page } = await phonePage(browser, agent, locale, NARROW);
      const screens: Array<[string, string]> = [
        ['development', 'development'],
        ['development/new-survey', 'survey-editor'],
        [`development/results/${survey.id}`, 'survey-results'],
        [`development/indicators/${indicator.id}`, 'indicator-page'],
        ['development/public', 'public-page-settings'],
        ['partners', 'offer'],
        ['partners/new', 'offer-form'],
        [`partners/meet/${offer.id}`, 'meeting-form'],
        ['partners/meetings', 'my-meetings'],
      ];
      for (const [where, shown] of screens) {
        await page.goto(`${p.baseUrl}/#/c/${cluster.id}/${where}`);
        await page.getByTestId(shown).first().waitFor();
        await expect(page.locator('html').getAttribute('lang')).resolves.toBe(locale);
        expect(await page.textContent('main')).not.toMatch(/\b(development|partners|publicPage)\.[a-zA-Z]/);
        await expectFitsScreen(page, `${where} in ${locale}`);
      }
      await page.goto(`${p.baseUrl}/#/public/${slug}`);
      await page.getByTestId('contact-form').waitFor();
      await expectFitsScreen(page, `the public page in ${locale}`);
      await context.close();
    }
  });
});
