#!/usr/bin/env node
// The web client on a slow phone (issue 19). Starts the built api serving the built web client on a
// throwaway database, seeds a channel with messages, then opens that channel in Debian's Chromium at
// 390×844 with the network throttled to 1.6 Mbps down / 750 kbps up / 150 ms RTT and the CPU slowed 4×,
// from a cold cache, RUNS times. Reports first paint, first contentful paint, the time until the
// messages are visible, and the JavaScript bytes the chat route transferred (compressed, as sent).
// Not a timed test: targets are < 3 s to messages and < 200 kB of JavaScript.
// Run: npm run build && node bench/web-slow.bench.js   (RUNS=3, WEB_DIST=dist/web, HAMKAR_DIST=dist)
const { randomUUID } = require('node:crypto');
const { chromium } = require('playwright-core');

const WEB_DIST = process.env.WEB_DIST || 'dist/web';
// --quick (BENCH_QUICK=1): one run; it fails only when the messages never show, not on times.
const RUNS = Number(process.env.RUNS ?? (process.env.BENCH_QUICK === '1' ? 1 : 3));
const { writeResult, machine } = require('./lib/baselines');
const { freePort, freshDatabase, appEnv, startApp } = require('./lib/hamkar');
const MESSAGES = Number(process.env.MESSAGES ?? 50);
const DATABASE_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/hamkar_bench_web';
// The slow mobile profile of the issue.
const PROFILE = { latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0, cpuSlowdown: 4 };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const log = (...a) => process.stderr.write(`[web-slow.bench] ${a.join(' ')}\n`);
  // Only the schema: the people and the channel are made through the api, as the browser would see them.
  await freshDatabase(DATABASE_URL).end();
  const port = await freePort();
  const api = await startApp('api', appEnv(DATABASE_URL, `hamkar-bench-web:${randomUUID().slice(0, 8)}:`, { WEB_DIST }), { port });
  const base = api.url;

  const http = async (method, url, body, token) => {
    const res = await fetch(`${base}/api/v1${url}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body && JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
    return res.status === 204 ? null : res.json();
  };
  const user = await http('POST', '/auth/register', {
    email: `bench-${randomUUID().slice(0, 8)}@bench.test`,
    password: 'correct horse battery',
    displayName: 'مریم',
    locale: 'fa',
  });
  const token = user.accessToken;
  const cluster = await http(
    'POST',
    '/clusters',
    { slug: `bench-${randomUUID().slice(0, 8)}`, name: 'خوشهٔ فرش زنجان', sector: 'carpets', country: 'IR', region: 'Zanjan' },
    token,
  );
  const channel = await http('POST', `/clusters/${cluster.id}/channels`, { name: 'خرید پشم', kind: 'public' }, token);
  for (let i = 0; i < MESSAGES; i++)
    await http(
      'POST',
      `/channels/${channel.id}/messages`,
      { body: `پیام ${i + 1}: ۳۰۰ کیلو نخ پشمی برای هفتهٔ بعد`, clientMessageId: randomUUID() },
      token,
    );
  log(`seeded ${MESSAGES} messages; opening the channel ${RUNS} times on the slow profile`);

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const runs = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        screen: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
        serviceWorkers: 'block',
      });
      await context.addInitScript(
        (tokens) => {
          localStorage.setItem('hamkar.tokens', tokens);
          localStorage.setItem('hamkar.locale', 'fa');
          // The moment the first message is drawn, measured in the page's own clock (from navigation start).
          new MutationObserver((_, observer) => {
            if (document.querySelector('[data-testid="message"]')) {
              window.__messagesVisibleAt = performance.now();
              observer.disconnect();
            }
          }).observe(document, { childList: true, subtree: true });
        },
        JSON.stringify({ accessToken: token, refreshToken: user.refreshToken }),
      );
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: PROFILE.latency,
        downloadThroughput: PROFILE.downloadThroughput,
        uploadThroughput: PROFILE.uploadThroughput,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuSlowdown });
      const types = new Map();
      let scriptBytes = 0;
      let allBytes = 0;
      cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
      cdp.on('Network.loadingFinished', (e) => {
        allBytes += e.encodedDataLength;
        if (types.get(e.requestId) === 'Script') scriptBytes += e.encodedDataLength;
      });
      await page.goto(`${base}/#/c/${cluster.id}/chat/${channel.id}`);
      await page.waitForFunction(() => window.__messagesVisibleAt !== undefined, null, { timeout: 60_000 });
      const timing = await page.evaluate(() => ({
        firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime ?? null,
        firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        messagesVisible: window.__messagesVisibleAt,
      }));
      runs.push({
        ...Object.fromEntries(Object.entries(timing).map(([k, v]) => [k, v === null ? null : Math.round(v)])),
        chatJsKB: Math.round(scriptBytes / 102.4) / 10,
        allTransferKB: Math.round(allBytes / 102.4) / 10,
      });
      log(`run ${run + 1}: ${JSON.stringify(runs[runs.length - 1])}`);
      await context.close();
    }
  } finally {
    await browser.close();
    api.stop();
  }
  const summary = {
    profile: '1.6 Mbps down, 750 kbps up, 150 ms RTT, 4x CPU slowdown, 390x844, cold cache',
    runs,
    medianMs: {
      firstPaint: median(runs.map((r) => r.firstPaint)),
      firstContentfulPaint: median(runs.map((r) => r.firstContentfulPaint)),
      messagesVisible: median(runs.map((r) => r.messagesVisible)),
    },
    chatJsKB: median(runs.map((r) => r.chatJsKB)),
    targets: { messagesVisibleMs: 3000, chatJsKB: 200 },
  };
  process.stdout.write(JSON.stringify({ bench: 'web-slow', ...summary }) + '\n');
  writeResult('web-slow', {
    bench: 'web-slow',
    quick: process.env.BENCH_QUICK === '1',
    at: new Date().toISOString(),
    machine: machine(),
    ...summary,
  });
}

main().catch((err) => {
  process.stderr.write(`${err.stack ?? err}\n`);
  process.exit(1);
});
