import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ClusterFixture, eventually } from '../support/factories';
import { phonePage, useBrowserSuite } from '../support/browser';
import type { Platform } from '../support/platform';
import { ROOT } from '../support/processes';

const fa = JSON.parse(readFileSync(join(ROOT, 'apps/web/src/locales/fa.json'), 'utf8'));

describe('the web client as an installable, fast-loading app', () => {
  let p: Platform;
  let browser: Browser;
  let cluster: ClusterFixture;
  useBrowserSuite((suite) => ({ p, browser, cluster } = suite));

  it('serves hashed assets compressed and cached for a year, and the page revalidated on every visit', async () => {
    const page = await fetch(`${p.baseUrl}/`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const entry = /src="(\/assets\/[^"]+\.js)"/.exec(await page.text())![1];

    const brotli = await fetch(`${p.baseUrl}${entry}`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(brotli.status).toBe(200);
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(brotli.headers.get('content-type')).toMatch(/javascript/);
    expect(brotli.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

    const gzip = await fetch(`${p.baseUrl}${entry}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
  });

  it('has a manifest with icons a phone can install', async () => {
    const manifest = (await (await fetch(`${p.baseUrl}/manifest.webmanifest`)).json()) as { icons: Array<{ sizes: string; src: string }> };
    expect(manifest).toMatchObject({ short_name: 'Hamkar', display: 'standalone', start_url: '/' });
    for (const size of ['192x192', '512x512']) {
      const icon = manifest.icons.find((i: { sizes: string }) => i.sizes === size);
      const res = await fetch(`${p.baseUrl}${icon!.src}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
    }
  });

  it('opens without a connection after the first visit, says so in Persian, and recovers', async () => {
    const member = await cluster.withMember('member', { locale: 'fa' });
    const channel = (await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name: 'general', kind: 'public' })).body;
    await p.http.as(member).post(`/channels/${channel.id}/join`);
    const { context, page } = await phonePage(browser, member, 'fa');
    await page.goto(`${p.baseUrl}/#/c/${cluster.id}/chat/${channel.id}`);
    await page.getByTestId('composer').waitFor();
    // Every asset this visit loaded is kept by the service worker.
    await eventually(() =>
      page.evaluate(async () => {
        const g = globalThis as unknown as {
          caches: { open(n: string): Promise<{ match(u: string): Promise<unknown> }> };
          performance: { getEntriesByType(t: string): Array<{ name: string }> };
        };
        const cache = await g.caches.open('hamkar-shell-v1');
        const assets = g.performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((u) => u.includes('/assets/'));
        const kept = await Promise.all([...assets, '/index.html'].map((u) => cache.match(u)));
        return kept.every(Boolean);
      }),
    );

    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('error').filter({ hasText: fa.problems.network }).waitFor();
    await context.setOffline(false);
    await page.getByTestId('retry').click();
    await page.getByTestId('composer').waitFor();
    await context.close();
  });
});
