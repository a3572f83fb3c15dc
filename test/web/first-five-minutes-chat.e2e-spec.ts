import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from '../support/accessibility';
import { aCluster, Actor, ClusterFixture, eventually } from '../support/factories';
import { expectFitsScreen, phonePage, screenshot, signedInPage, useBrowserSuite } from '../support/browser';
import type { Platform } from '../support/platform';

/** A 1×1 PNG: enough for the browser to decode and show a preview. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe('the first five minutes in chat: mention chips, files alone, channel members, cluster settings, opening where to read', () => {
  let p: Platform;
  let browser: Browser;
  let cluster: ClusterFixture;
  useBrowserSuite((suite) => ({ p, browser, cluster } = suite));

  async function aChannel(name: string, people: Actor[], kind: 'public' | 'private' = 'public') {
    const channel = (await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name, kind })).body as { id: string };
    for (const person of people) {
      if (kind === 'public') await p.http.as(person).post(`/channels/${channel.id}/join`);
      else await p.http.as(cluster.admin).post(`/channels/${channel.id}/members`, { userId: person.id });
    }
    return channel;
  }
  const say = (channelId: string, body: string) =>
    p.http.as(cluster.admin).post(`/channels/${channelId}/messages`, { body, clientMessageId: `${channelId}-${body}-${Date.now()}` });
  const composerOf = (page: Page) => page.getByTestId('composer');

  it('a picked mention is a chip with the name, deleted as one unit, sent as the token and shown to the other person as the name', async () => {
    const a = await cluster.withMember('member', { displayName: 'آرش نویسنده', locale: 'fa' });
    const b = await cluster.withMember('member', { displayName: 'Bahar Rezaei', locale: 'fa' });
    const channel = await aChannel('نخ-و-رنگ', [a, b]);
    const [phoneA, phoneB] = await Promise.all([phonePage(browser, a, 'fa'), phonePage(browser, b, 'fa')]);
    await Promise.all([
      phoneA.page.goto(`${p.baseUrl}/#/c/${cluster.id}/chat/${channel.id}`),
      phoneB.page.goto(`${p.baseUrl}/#/c/${cluster.id}/chat/${channel.id}`),
    ]);
    const composer = composerOf(phoneA.page);
    await composer.waitFor();

    await composer.pressSequentially('قیمت نخ برای @Bah');
    await phoneA.page.getByTestId('mention-option').filter({ hasText: 'Bahar Rezaei' }).click();
    const chip = composer.locator('.mention-chip');
    await chip.waitFor();
    // The name, never `@Name` text nor a raw token; a Latin name in Persian text keeps its own direction.
    expect(await chip.innerText()).toBe('Bahar Rezaei');
    expect(await composer.innerText()).not.toMatch(/<@|@Bahar/);
    expect(await chip.getAttribute('dir')).toBe('auto');
    expect(
      await chip.evaluate(
        (el) => (globalThis as unknown as { getComputedStyle(e: unknown): { unicodeBidi: string } }).getComputedStyle(el).unicodeBidi,
      ),
    ).toBe('isolate');
    await expectFitsScreen(phoneA.page, 'composer with a chip');
    expect(await seriousViolations(phoneA.page)).toEqual([]);
    await screenshot(phoneA.page, 'phone-fa-mention-chip');

    // Backspace removes the space after the chip, then the whole chip at once.
    await composer.press('Backspace');
    await composer.press('Backspace');
    expect(await chip.count()).toBe(0);
    expect((await composer.innerText()).trim()).toBe('قیمت نخ برای');

    await composer.pressSequentially('@Bah');
    await phoneA.page.getByTestId('mention-option').filter({ hasText: 'Bahar Rezaei' }).click();
    await composer.pressSequentially('لطفاً ببینید');
    await phoneA.page.getByTestId('composer-send').click();

    const sent = await eventually(async () =>
      (await p.http.as(b).get(`/channels/${channel.id}/messages`)).body.items.find((m: { body: string }) => m.body.includes('لطفاً')),
    );
    expect(sent.body).toBe(`قیمت نخ برای <@${b.id}> لطفاً ببینید`);
    expect(sent.mentions).toEqual([b.id]);
    // B, in another browser, reads the name where the token is.
    const seen = phoneB.page.getByTestId('message').filter({ hasText: 'لطفاً ببینید' });
    await seen.waitFor();
    expect(await seen.locator('.mention').innerText()).toBe('@Bahar Rezaei');
    expect(await seen.innerText()).not.toContain('<@');
    await Promise.all([phoneA.context.close(), phoneB.context.close()]);
  });

  it('a picture sent with no text shows to the other person as a preview with a download', async () => {
    const a = await cluster.withMember('member', { displayName: 'Amir Photo', locale: 'fa' });
    const b = await cluster.withMember('supplier', { displayName: 'Bita Viewer', locale: 'fa' });
    const channel = await aChannel('عکس-نمونه', [a, b]);
    const [phoneA, phoneB] = await Promise.all([phonePage(browser, a, 'fa'), phonePage(browser, b, 'fa')]);
    await Promise.all([
      phoneA.page.goto(`${p.baseUrl}/#/c/${cluster.id}/chat/${channel.id}`),
      phoneB.page.goto(`${p.baseUrl}/#/c/${cluster.id}/chat/${channel.id}`),
    ]);
    await composerOf(phoneA.page).waitFor();
    await phoneA.page.getByTestId('attach').setInputFiles({ name: 'نمونه-فرش.png', mimeType: 'image/png', buffer: PIXEL });
    await phoneA.page.locator('.composer').getByText('نمونه-فرش.png').waitFor();
    await phoneA.page.getByTestId('composer-send').click();

    const stored = await eventually(async () => (await p.http.as(b).get(`/channels/${channel.id}/messages`)).body.items[0]);
    expect(stored).toMatchObject({ body: '', attachments: [expect.objectContaining({ name: 'نمونه-فرش.png', mime: 'image/png' })] });

    const message = phoneB.page.getByTestId('message').filter({ has: phoneB.page.getByTestId('image-preview') });
    await message.waitFor();
    await eventually(() =>
      message.getByTestId('image-preview').evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth === 1),
    );
    await expectFitsScreen(phoneB.page, 'a picture on its own');
    await screenshot(phoneB.page, 'phone-fa-picture-alone');
    const [download] = await Promise.all([phoneB.page.waitForEvent('download'), message.locator('.attachment').click()]);
    expect(download.suggestedFilename()).toBe('نمونه-فرش.png');
    // Nothing to send: the button does nothing without text or a file.
    await phoneA.page.getByTestId('composer-send').click();
    expect((await p.http.as(b).get(`/channels/${channel.id}/messages`)).body.items).toHaveLength(1);
    await Promise.all([phoneA.context.close(), phoneB.context.close()]);
  });

  it('a channel’s member list shows roles and organizations, and opens a profile and a direct message', async () => {
    const a = await cluster.withMember('member', { displayName: 'Arman Buyer', locale: 'fa', organization: { name: 'فرش آرمان' } });
    const b = await cluster.withMember('supplier', { displayName: 'Bijan Dyer', locale: 'fa', organization: { name: 'رنگرزی بیژن' } });
    const channel = await aChannel('خرید-مشترک-رنگ', [a, b], 'private');
    const phone = await phonePage(browser, a, 'fa');
    await phone.page.goto(`${p.baseUrl}/#/c/${cluster.id}/chat/${channel.id}`);
    await phone.page.getByTestId('channel-members').locator('summary').click();
    const bijan = phone.page.getByTestId('channel-member').filter({ hasText: 'Bijan Dyer' });
    await bijan.waitFor();
    expect(await bijan.innerText()).toContain('تأمین‌کننده');
    await bijan.filter({ hasText: 'رنگرزی بیژن' }).waitFor();
    expect(await phone.page.getByTestId('channel-member').count()).toBe(3);
    await expectFitsScreen(phone.page, 'channel members');
    expect(await seriousViolations(phone.page)).toEqual([]);
    await screenshot(phone.page, 'phone-fa-channel-members');

    await bijan.getByTestId('channel-member-link').click();
    await phone.page.getByTestId('profile').filter({ hasText: 'Bijan Dyer' }).waitFor();
    await phone.page.goBack();
    await phone.page.getByTestId('channel-members').locator('summary').click();
    await phone.page.getByTestId('channel-member').filter({ hasText: 'Bijan Dyer' }).getByTestId('channel-member-message').click();
    const direct = (await p.http.as(b).post(`/clusters/${cluster.id}/direct`, { userIds: [a.id] })).body;
    await eventually(async () => phone.page.url().includes(`/chat/${direct.id}`));
    await composerOf(phone.page).waitFor();
    await phone.context.close();
  });

  it('an admin renames the cluster, sets its language and description, changes a role, removes someone and sees who is invited', async () => {
    const own = await aCluster(p, { name: 'Zanjan Carpets', defaultLocale: 'en' });
    const agent = await own.withMember('agent', { displayName: 'Ava Agent' });
    const leaving = await own.withMember('member', { displayName: 'Leila Leaving' });
    await p.http.as(own.admin).post(`/clusters/${own.id}/invitations`, { email: 'newcomer@example.test', role: 'supplier' });
    await p.http.as(own.admin).patch('/me', { locale: 'fa' });
    const phone = await phonePage(browser, own.admin, 'fa');
    await phone.page.goto(`${p.baseUrl}/#/c/${own.id}/people`);
    await phone.page.getByTestId('people-settings-link').click();

    await phone.page.getByTestId('cluster-name').fill('خوشه فرش دستباف زنجان');
    await phone.page.getByTestId('cluster-description').fill('بافندگان و رنگرزان زنجان');
    await phone.page.getByTestId('cluster-language').selectOption('fa');
    await phone.page.getByTestId('cluster-save').click();
    await phone.page.getByTestId('cluster-saved').waitFor();
    expect((await p.http.as(own.admin).get(`/clusters/${own.id}`)).body).toMatchObject({
      name: 'خوشه فرش دستباف زنجان',
      description: 'بافندگان و رنگرزان زنجان',
      defaultLocale: 'fa',
    });
    // The top bar's cluster switcher follows.
    await phone.page.getByTestId('cluster-switcher').locator('option', { hasText: 'خوشه فرش دستباف زنجان' }).waitFor({ state: 'attached' });

    await phone.page.getByTestId('pending-invitation').filter({ hasText: 'newcomer@example.test' }).waitFor();
    const ava = phone.page.getByTestId('member-role').filter({ hasText: 'Ava Agent' });
    await ava.getByTestId('member-role-select').selectOption('observer');
    await eventually(
      async () =>
        (await p.http.as(own.admin).get(`/clusters/${own.id}/members`)).body.items.find((m: { userId: string }) => m.userId === agent.id)
          .role === 'observer',
    );

    // The only admin cannot step down: the refusal is shown in Persian and the role stays.
    const self = phone.page.getByTestId('member-role').filter({ hasText: 'Cluster Admin' });
    await self.getByTestId('member-role-select').selectOption('member');
    const refusal = phone.page.getByTestId('error').filter({ hasText: 'مدیر' });
    await refusal.waitFor();
    expect(await self.getByTestId('member-role-select').inputValue()).toBe('admin');
    await expectFitsScreen(phone.page, 'cluster settings');
    expect(await seriousViolations(phone.page)).toEqual([]);
    await screenshot(phone.page, 'phone-fa-cluster-settings');

    await phone.page.getByTestId('member-role').filter({ hasText: 'Leila Leaving' }).getByTestId('member-remove').click();
    await phone.page.getByTestId('confirm-remove-member-confirm').click();
    await phone.page.getByTestId('member-role').filter({ hasText: 'Leila Leaving' }).waitFor({ state: 'detached' });
    expect(
      (await p.http.as(own.admin).get(`/clusters/${own.id}/members`)).body.items.some((m: { userId: string }) => m.userId === leaving.id),
    ).toBe(false);

    // The public page's opt-in is one step away.
    await phone.page.getByTestId('cluster-public-page').click();
    await phone.page.getByTestId('publish-form').waitFor();

    // Not for anyone else: the agent's menu has no settings, and the screen says why.
    const other = await phonePage(browser, agent, 'fa');
    await other.page.goto(`${p.baseUrl}/#/c/${own.id}/settings`);
    await other.page.getByTestId('error').waitFor();
    expect(await other.page.getByTestId('cluster-settings-form').count()).toBe(0);
    expect(await other.page.getByTestId('cluster-settings-link').count()).toBe(0);
    await Promise.all([phone.context.close(), other.context.close()]);
  });

  it('the phone opens chat on the channel with the oldest unread mention, then the oldest unread message, and otherwise on the list', async () => {
    const b = await cluster.withMember('member', { displayName: 'Behrouz Reader', locale: 'fa' });
    const early = await aChannel('اول-صبح', [b]);
    const mentioned = await aChannel('با-نام-من', [b]);
    const late = await aChannel('دیرتر', [b]);
    await say(early.id, 'پیام قدیمی خوانده‌نشده');
    await say(mentioned.id, `<@${b.id}> نظر شما؟`);
    await say(late.id, 'تازه‌ترین');

    const phone = await phonePage(browser, b, 'fa');
    await phone.page.goto(`${p.baseUrl}/#/c/${cluster.id}/procurements`);
    await phone.page.getByTestId('tab-chat').click();
    await eventually(async () => phone.page.url().includes(`/chat/${mentioned.id}`));
    await phone.page.getByTestId('message').filter({ hasText: 'نظر شما' }).waitFor();
    await expectFitsScreen(phone.page, 'opened on the mention');

    // Going back shows the list; it does not jump into the next unread channel.
    await phone.page.getByTestId('back-to-channels').click();
    await phone.page.getByTestId('channel-list').waitFor();
    await eventually(
      async () =>
        (await p.http.as(b).get(`/clusters/${cluster.id}/channels`)).body.items.find((c: { id: string }) => c.id === mentioned.id)
          .unreadCount === 0,
    );
    expect(phone.page.url()).toMatch(/\/chat$/);

    // Opened again, with no mention left: the oldest unread message.
    await phone.page.reload();
    await eventually(async () => phone.page.url().includes(`/chat/${early.id}`));
    await phone.page.getByTestId('message').filter({ hasText: 'پیام قدیمی' }).waitFor();
    await eventually(
      async () =>
        (await p.http.as(b).get(`/clusters/${cluster.id}/channels`)).body.items.find((c: { id: string }) => c.id === early.id)
          .unreadCount === 0,
    );

    // On a wide screen too: the one channel left unread.
    const desk = await signedInPage(browser, b, 'fa');
    await desk.page.goto(`${p.baseUrl}/#/c/${cluster.id}/chat`);
    await eventually(async () => desk.page.url().includes(`/chat/${late.id}`));
    await desk.page.getByTestId('message').filter({ hasText: 'تازه‌ترین' }).waitFor();
    await desk.context.close();

    // Everything read: the phone opens on the list, as before.
    await eventually(async () =>
      (await p.http.as(b).get(`/clusters/${cluster.id}/channels`)).body.items.every((c: { unreadCount: number }) => c.unreadCount === 0),
    );
    await phone.page.goto(`${p.baseUrl}/#/c/${cluster.id}/procurements`);
    await phone.page.reload();
    await phone.page.getByTestId('tab-chat').click();
    await phone.page.getByTestId('channel-list').waitFor();
    await phone.page.getByTestId('channel-link').filter({ hasText: 'دیرتر' }).waitFor();
    expect(phone.page.url()).toMatch(/\/chat$/);
    await phone.context.close();
  });
});
