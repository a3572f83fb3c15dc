import type { Browser } from 'playwright-core';
import { ClusterFixture, eventually } from '../support/factories';
import { expectFitsScreen, phonePage, screenshot, useBrowserSuite } from '../support/browser';
import type { Platform } from '../support/platform';

/** The narrowest phones in use. */
const NARROW = { width: 360, height: 760 };
const file = (name: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(`${name}\n`) });

describe('on a phone, in Persian: a file taken off before sending, and a meeting asked for from a profile', () => {
  let p: Platform;
  let browser: Browser;
  let cluster: ClusterFixture;
  useBrowserSuite((suite) => ({ p, browser, cluster } = suite));

  it('a file attached by mistake is removed and the message goes without it; with nothing left, nothing is sent', async () => {
    const writer = await cluster.withMember('member', { displayName: 'آرش نویسنده', locale: 'fa' });
    const channel = (await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name: 'پیوست‌ها', kind: 'public' }))
      .body as { id: string };
    await p.http.as(writer).post(`/channels/${channel.id}/join`);
    const messages = async () => (await p.http.as(writer).get(`/channels/${channel.id}/messages`)).body.items;
    const { context, page } = await phonePage(browser, writer, 'fa', NARROW);
    await page.goto(`${p.baseUrl}/#/c/${cluster.id}/chat/${channel.id}`);
    const composer = page.getByTestId('composer');
    await composer.waitFor();

    await page.getByTestId('attach').setInputFiles(file('فاکتور-درست.txt'));
    await page.getByTestId('pending-file').filter({ hasText: 'فاکتور-درست.txt' }).waitFor();
    await page.getByTestId('attach').setInputFiles(file('عکس-خصوصی-اشتباه.txt'));
    const wrong = page.getByTestId('pending-file').filter({ hasText: 'عکس-خصوصی-اشتباه.txt' });
    await wrong.waitFor();
    await expectFitsScreen(page, 'the composer with two files');
    await screenshot(page, 'phone-fa-composer-pending-files');
    // The button says, in Persian, which file it takes off.
    const remove = wrong.getByRole('button', { name: 'برداشتن پیوست عکس-خصوصی-اشتباه.txt' });
    await remove.click();
    await wrong.waitFor({ state: 'detached' });
    await expect(page.getByTestId('pending-file').count()).resolves.toBe(1);

    await composer.pressSequentially('فاکتور این ماه');
    await page.getByTestId('composer-send').click();
    const [sent] = await eventually(async () => {
      const items = await messages();
      return items.length ? items : undefined;
    });
    expect(sent.body).toBe('فاکتور این ماه');
    expect(sent.attachments.map((a: { name: string }) => a.name)).toEqual(['فاکتور-درست.txt']);
    await page.getByTestId('pending-files').waitFor({ state: 'detached' });

    // A file alone, then removed: the composer is empty again and sending does nothing.
    await page.getByTestId('attach').setInputFiles(file('پیش‌نویس.txt'));
    await page.getByTestId('pending-file-remove').click();
    await page.getByTestId('pending-files').waitFor({ state: 'detached' });
    await page.getByTestId('composer-send').click();
    // The outbox would have shown a pending message at once had anything gone.
    expect(await page.getByTestId('message').count()).toBe(1);
    expect(await messages()).toHaveLength(1);
    await context.close();
  });

  it('from a person’s profile a member asks for a meeting with that person already chosen; their own profile has no such action', async () => {
    const buyer = await cluster.withMember('member', { displayName: 'فرش آرمان', locale: 'fa' });
    const dyer = await cluster.withMember('member', { displayName: 'رنگرزی بیژن', locale: 'fa' });
    const { context, page } = await phonePage(browser, buyer, 'fa', NARROW);
    await page.goto(`${p.baseUrl}/#/c/${cluster.id}/people`);
    await page.getByTestId('person').filter({ hasText: 'رنگرزی بیژن' }).getByTestId('person-link').click();
    const profile = page.getByTestId('profile').filter({ hasText: 'رنگرزی بیژن' });
    await profile.waitFor();
    await expectFitsScreen(page, 'a profile with its actions');
    await screenshot(page, 'phone-fa-profile-actions');
    await expect(profile.getByTestId('profile-request-meeting').textContent()).resolves.toContain('درخواست جلسه');
    await profile.getByTestId('profile-request-meeting').click();

    await page.getByTestId('meeting-form').waitFor();
    await eventually(async () => (await page.getByTestId('meeting-invitee').inputValue()) === dyer.id);
    await page.getByTestId('meeting-agenda').fill('خرید مشترک رنگ گیاهی');
    await expectFitsScreen(page, 'the meeting request from a profile');
    await page.getByTestId('meeting-send').click();
    await page.getByTestId('my-meetings').waitFor();
    const [asked] = (await p.http.as(dyer).get(`/clusters/${cluster.id}/meetings`)).body.items;
    expect(asked).toMatchObject({ requestedBy: buyer.id, inviteeId: dyer.id, agenda: 'خرید مشترک رنگ گیاهی', status: 'requested' });
    expect(asked.offerId ?? null).toBeNull();

    // The form's way back leads to the profile it came from.
    await page.goto(`${p.baseUrl}/#/c/${cluster.id}/partners/meet-with/${dyer.id}`);
    await page.getByTestId('meeting-form').getByTestId('back').click();
    await profile.waitFor();

    await page.goto(`${p.baseUrl}/#/c/${cluster.id}/people/${buyer.id}`);
    await page.getByTestId('profile').filter({ hasText: 'فرش آرمان' }).waitFor();
    expect(await page.getByTestId('profile-request-meeting').count()).toBe(0);
    await context.close();
  });

  it('the new actions read in Azerbaijani and English too, with no key left untranslated, and fit 360 px', async () => {
    const other = await cluster.withMember('member', { displayName: 'Nigar Weaver' });
    for (const locale of ['az', 'en']) {
      const reader = await cluster.withMember('member', { locale });
      const { context, page } = await phonePage(browser, reader, locale, NARROW);
      await page.goto(`${p.baseUrl}/#/c/${cluster.id}/people/${other.id}`);
      await page.getByTestId('profile-request-meeting').waitFor();
      await expectFitsScreen(page, `a profile in ${locale}`);
      await page.getByTestId('profile-request-meeting').click();
      await page.getByTestId('meeting-form').waitFor();
      await eventually(async () => (await page.getByTestId('meeting-invitee').inputValue()) === other.id);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(locale);
      expect(await page.textContent('main')).not.toMatch(/\b(partners|people)\.[a-zA-Z]/);
      await expectFitsScreen(page, `the meeting request from a profile in ${locale}`);

      const channel = (await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name: `files-${locale}`, kind: 'public' }))
        .body as { id: string };
      await p.http.as(reader).post(`/channels/${channel.id}/join`);
      await page.goto(`${p.baseUrl}/#/c/${cluster.id}/chat/${channel.id}`);
      await page.getByTestId('attach').setInputFiles(file('report.txt'));
      const label = await page.getByTestId('pending-file-remove').getAttribute('aria-label');
      expect(label).toContain('report.txt');
      expect(label).not.toMatch(/chat\./);
      await expectFitsScreen(page, `the composer with a file in ${locale}`);
      await context.close();
    }
  });
});
