import { Actor, aCluster, ClusterFixture, eventually } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';

describe('the public cluster page (opt-in)', () => {
  let p: Platform;
  let cluster: ClusterFixture;
  let slug: string;
  let agent: Actor;
  let listed: Actor;
  let unlisted: Actor;
  beforeAll(async () => {
    p = await startPlatform();
    slug = `zanjan-${Date.now()}`;
    cluster = await aCluster(p, { slug, name: 'خوشه فرش دستباف زنجان', sector: 'hand-woven carpets', region: 'Zanjan' });
    agent = await cluster.withMember('agent', { organization: false });
    listed = await cluster.withMember('member', { organization: { name: 'کارگاه فرش رضایی', city: 'Zanjan' } });
    unlisted = await cluster.withMember('member', { organization: { name: 'Quiet Looms', city: 'Abhar' } });
  });
  afterAll(() => p.close());

  it('stays unknown to the public until the organisers publish it, then shows only the firms that chose to be listed', async () => {
    expect((await p.http.get(`/public/clusters/${slug}`)).status).toBe(404);
    expect((await p.http.as(listed).put(`/clusters/${cluster.id}/public-page`, { published: true })).status).toBe(403);
    const published = await p.http
      .as(agent)
      .put(`/clusters/${cluster.id}/public-page`, { published: true, about: 'Carpets from 800 workshops' });
    expect(published.body).toMatchObject({ published: true, about: 'Carpets from 800 workshops' });
    expect(
      (
        await p.http.as(listed).put(`/clusters/${cluster.id}/public-page/listing`, {
          organizationId: listed.organizationId,
          listed: true,
          makes: 'فرش ۹ متری نقشه زنجان',
        })
      ).body.myListing,
    ).toMatchObject({ makes: 'فرش ۹ متری نقشه زنجان' });
    expect(
      (
        await p.http
          .as(listed)
          .put(`/clusters/${cluster.id}/public-page/listing`, { organizationId: unlisted.organizationId, listed: true })
      ).status,
    ).toBe(403);

    const page = await p.http.get(`/public/clusters/${slug.toUpperCase()}`);
    expect(page.status).toBe(200);
    expect(page.body).toEqual({
      slug,
      name: 'خوشه فرش دستباف زنجان',
      sector: 'hand-woven carpets',
      country: 'IR',
      region: 'Zanjan',
      description: null,
      about: 'Carpets from 800 workshops',
      members: [{ name: 'کارگاه فرش رضایی', kind: 'firm', city: 'Zanjan', makes: 'فرش ۹ متری نقشه زنجان' }],
    });

    await p.http.as(listed).put(`/clusters/${cluster.id}/public-page/listing`, { organizationId: listed.organizationId, listed: false });
    expect((await p.http.get(`/public/clusters/${slug}`)).body.members).toEqual([]);
    await p.http.as(agent).put(`/clusters/${cluster.id}/public-page`, { published: false });
    expect((await p.http.get(`/public/clusters/${slug}`)).status).toBe(404);
  });

  it("an outside buyer's message reaches the organisers, and only through a published page", async () => {
    const ask = {
      name: 'Anna Keller',
      email: 'anna@example.com',
      organization: 'Keller Teppiche',
      purpose: 'buy',
      message: 'We look for 200 m² a year.',
    };
    expect((await p.http.post(`/public/clusters/${slug}/contact`, ask)).status).toBe(404);
    await p.http.as(agent).put(`/clusters/${cluster.id}/public-page`, { published: true });
    expect((await p.http.post(`/public/clusters/${slug}/contact`, { ...ask, email: 'not an address' })).status).toBe(400);
    expect((await p.http.post(`/public/clusters/${slug}/contact`, ask)).status).toBe(202);
    await eventually(async () =>
      (await p.http.as(agent).get('/notifications')).body.items.some(
        (n: { kind: string; title: string }) => n.kind === 'cluster.contact' && n.title === 'Anna Keller (Keller Teppiche)',
      ),
    );
    expect((await p.http.as(listed).get('/notifications')).body.items.some((n: { kind: string }) => n.kind === 'cluster.contact')).toBe(
      false,
    );
  });
});
