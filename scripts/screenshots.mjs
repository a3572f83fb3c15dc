#!/usr/bin/env node
// Screenshots of the main screens on a 390×844 phone, in Persian and in Azerbaijani, for the README.
// Start the platform with its demo data first (`bash scripts/run.sh`), then:
//   node scripts/screenshots.mjs [http://localhost:3000]
// The PNGs go to docs/screenshots/<locale>-<screen>.png (device scale 1, so each stays small).
// A phone has an emoji font; a server often has none. SCREENSHOT_FONTS=<dir> adds a directory of
// fonts (e.g. NotoColorEmoji.ttf from Debian's fonts-noto-color-emoji) to this browser only.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const BASE = process.argv[2] ?? process.env.BASE_URL ?? 'http://localhost:3000';
const OUT = join(import.meta.dirname, '..', 'docs', 'screenshots');
const PASSWORD = 'hamkar-demo-2026';
const PHONE = { width: 390, height: 844 };

// Who is shown where: a member firm for the everyday screens, the cluster's admin for the dashboard.
const PEOPLE = {
  fa: { firm: 'ali@demo.hamkar.app', admin: 'maryam@demo.hamkar.app', timezoneId: 'Asia/Tehran' },
  az: { firm: 'elvin@demo.hamkar.app', admin: 'leyla@demo.hamkar.app', timezoneId: 'Asia/Baku' },
};

async function call(path, token, init = {}) {
  const res = await fetch(`${BASE}/api/v1${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...init.headers },
  });
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

const signIn = (email) => call('/auth/login', null, { method: 'POST', body: JSON.stringify({ email, password: PASSWORD }) });

async function phone(browser, tokens, locale, timezoneId) {
  const context = await browser.newContext({
    viewport: PHONE,
    screen: PHONE,
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    locale: locale === 'fa' ? 'fa-IR' : 'az-AZ',
    timezoneId,
  });
  await context.addInitScript(
    ([t, l]) => {
      localStorage.setItem('hamkar.tokens', t);
      localStorage.setItem('hamkar.locale', l);
    },
    [JSON.stringify(tokens), locale],
  );
  return context;
}

async function shoot(context, locale, name, hash, ready, fullPage = false) {
  const page = await context.newPage();
  await page.goto(`${BASE}/#/${hash}`);
  await page.locator(ready).first().waitFor({ timeout: 20_000 });
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.evaluate(() => document.fonts.ready);
  const file = join(OUT, `${locale}-${name}.png`);
  await page.screenshot({ path: file, fullPage });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  console.log(`${file}${width > PHONE.width ? `  (page is ${width}px wide!)` : ''}`);
  await page.close();
}

function fontEnv() {
  const dir = process.env.SCREENSHOT_FONTS;
  if (!dir) return undefined;
  const conf = join(mkdtempSync(join(tmpdir(), 'fonts-')), 'fonts.conf');
  writeFileSync(
    conf,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${dir}</dir></fontconfig>`,
  );
  return { ...process.env, FONTCONFIG_FILE: conf };
}

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
  env: fontEnv(),
});
try {
  for (const [locale, who] of Object.entries(PEOPLE)) {
    const firm = await signIn(who.firm);
    const admin = await signIn(who.admin);
    const clusters = (await call('/clusters', firm.accessToken)).items;
    const cluster = clusters[0].id;
    const channels = (await call(`/clusters/${cluster}/channels`, firm.accessToken)).items;
    const channel = channels.find((c) => c.lastSeq > 0) ?? channels[0];
    const needs = (await call(`/clusters/${cluster}/procurements?limit=50`, firm.accessToken)).items;
    const awarded = needs.find((n) => n.status === 'awarded');
    const projects = (await call(`/clusters/${cluster}/projects`, firm.accessToken)).items;

    const asFirm = await phone(browser, firm, locale, who.timezoneId);
    await shoot(asFirm, locale, 'clusters', '', '[data-testid="cluster-list"]');
    await shoot(asFirm, locale, 'chat', `c/${cluster}/chat/${channel.id}`, '[data-testid="message"]');
    await shoot(asFirm, locale, 'procurement-board', `c/${cluster}/procurements`, '[data-testid="procurement-tile"]');
    if (awarded)
      await shoot(asFirm, locale, 'procurement-awarded', `c/${cluster}/procurements/${awarded.id}`, '[data-testid="allocations"]', true);
    await shoot(asFirm, locale, 'suppliers', `c/${cluster}/suppliers`, '[data-testid="supplier"]');
    await shoot(asFirm, locale, 'projects', `c/${cluster}/projects`, '[data-testid="project"]');
    if (projects[0]) await shoot(asFirm, locale, 'project-board', `c/${cluster}/projects/${projects[0].id}`, '[data-testid="task"]');
    await asFirm.close();

    const asAdmin = await phone(browser, admin, locale, who.timezoneId);
    await shoot(asAdmin, locale, 'dashboard', `c/${cluster}/dashboard`, '[data-testid="dashboard"] svg');
    await asAdmin.close();
  }
} finally {
  await browser.close();
}
