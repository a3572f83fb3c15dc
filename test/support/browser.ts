import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { aCluster, Actor, ClusterFixture } from './factories';
import { Platform, startPlatform } from './platform';
import { ROOT } from './processes';

export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

/** Debian's Chromium, headless, with the flags this closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export interface BrowserSuite {
  p: Platform;
  browser: Browser;
  /** A cluster of the file's own, for tests that do not need one of their own. */
  cluster: ClusterFixture;
}

/**
 * A browser test file's platform, browser and cluster: started before its tests, handed to `ready`
 * (which keeps them where the tests read them), and closed after the last test.
 */
export function useBrowserSuite(ready: (suite: BrowserSuite) => void) {
  let suite: Partial<BrowserSuite> = {};
  beforeAll(async () => {
    const [p, browser] = await Promise.all([startPlatform(), launchBrowser()]);
    suite = { p, browser };
    suite.cluster = await aCluster(p);
    ready(suite as BrowserSuite);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.p?.close();
  });
}

/** A browser context already signed in as `actor` (tokens where the app keeps them). */
export async function signedInPage(browser: Browser, actor: Actor, locale = 'en'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  await context.addInitScript(
    ([tokens, lang]) => {
      // Runs in the page; the server-side type check has no DOM types.
      const store = (globalThis as unknown as { localStorage: { getItem(k: string): string | null; setItem(k: string, v: string): void } })
        .localStorage;
      if (!store.getItem('hamkar.tokens')) store.setItem('hamkar.tokens', tokens);
      if (!store.getItem('hamkar.locale')) store.setItem('hamkar.locale', lang);
    },
    [JSON.stringify({ accessToken: actor.token, refreshToken: actor.refreshToken }), locale],
  );
  const page = await context.newPage();
  return { context, page };
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The phone the issue was tried on: 390×844, touch, a mobile viewport (a too-wide page is zoomed out, not scrolled). */
export const PHONE = { width: 390, height: 844 };

/**
 * A phone-sized context in `locale`, signed in as `actor` if given. Without an actor the browser's own
 * language preference is `locale`, as on a first visit. `timezoneId` puts the phone in another time zone than the machine's.
 */
export async function phonePage(
  browser: Browser,
  actor?: Actor,
  locale = 'fa',
  size = PHONE,
  timezoneId?: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: size,
    screen: size,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    locale: locale === 'fa' ? 'fa-IR' : locale === 'az' ? 'az-AZ' : 'en-GB',
    timezoneId,
  });
  if (actor) {
    await context.addInitScript(
      ([tokens, lang]) => {
        const store = (
          globalThis as unknown as { localStorage: { getItem(k: string): string | null; setItem(k: string, v: string): void } }
        ).localStorage;
        if (!store.getItem('hamkar.tokens')) store.setItem('hamkar.tokens', tokens);
        if (!store.getItem('hamkar.locale')) store.setItem('hamkar.locale', lang);
      },
      [JSON.stringify({ accessToken: actor.token, refreshToken: actor.refreshToken }), locale],
    );
  }
  const page = await context.newPage();
  return { context, page };
}

/**
 * Nothing wider than the phone: a phone browser zooms a too-wide page out, so `innerWidth` would grow
 * with it; the document's scroll width against the screen's is what the user sees.
 */
export async function expectFitsScreen(page: Page, where = page.url()) {
  const { scrollWidth, screenWidth, widest } = await page.evaluate(() => {
    const doc = (
      globalThis as unknown as {
        document: {
          documentElement: { scrollWidth: number };
          querySelectorAll(s: string): ArrayLike<{
            getBoundingClientRect(): { right: number; left: number };
            tagName: string;
            className: string;
            getAttribute(n: string): string | null;
          }>;
        };
      }
    ).document;
    const screenWidth = (globalThis as unknown as { screen: { width: number } }).screen.width;
    let widest = '';
    for (const el of Array.from(doc.querySelectorAll('body *'))) {
      const r = el.getBoundingClientRect();
      if (r.right > screenWidth + 1 || r.left < -1) {
        widest = `${el.tagName.toLowerCase()}.${el.className} [${el.getAttribute('data-testid') ?? ''}] ${Math.round(r.left)}..${Math.round(r.right)}`;
        break;
      }
    }
    return { scrollWidth: doc.documentElement.scrollWidth, screenWidth, widest };
  });
  if (scrollWidth > screenWidth)
    throw new Error(`${where} is ${scrollWidth}px wide on a ${screenWidth}px screen; first element outside: ${widest}`);
}
