import { randomUUID } from 'node:crypto';
import { byScore, haversineKm, isFeasible, MatchNeed, scoreCandidate } from '../../libs/suppliers/src/match-score';
import { Actor, aCluster, ClusterFixture, eventually } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';

const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();

describe('categories', () => {
  let p: Platform;
  let cluster: ClusterFixture;
  beforeAll(async () => {
    p = await startPlatform({ worker: false });
    cluster = await aCluster(p);
  });
  afterAll(() => p.close());

  it('holds the whole HS 2022 tree', async () => {
    const { rows } = await p.db.query(`SELECT count(*)::int AS n, count(*) FILTER (WHERE level = 2)::int AS chapters FROM categories`);
    expect(rows[0]).toEqual({ n: 6939, chapters: 97 });
  });

  it("finds categories by code prefix and by name in any language, named in the reader's language", async () => {
    const fa = await cluster.withMember('member', { locale: 'fa' });
    const byCode = await p.http.as(fa).get('/categories?q=5106');
    expect(byCode.body.items[0]).toMatchObject({ code: '5106', name: 'نخ از پشم کارد شده', parentCode: '51' });
    const byPersian = await p.http.as(fa).get(`/categories?q=${encodeURIComponent('عسل')}`);
    expect(byPersian.body.items.map((c: { code: string }) => c.code)).toContain('0409');
    // Arabic yeh and kaf, as many keyboards type them, find the Persian names.
    const arabicLetters = await p.http.as(fa).get(`/categories?q=${encodeURIComponent('اتيلن')}`);
    expect(arabicLetters.body.items.map((c: { code: string }) => c.code)).toContain('3901');
    const az = await cluster.withMember('member', { locale: 'az' });
    const byAzerbaijani = await p.http.as(az).get(`/categories?q=${encodeURIComponent('IPLIK')}`);
    expect(byAzerbaijani.body.items.map((c: { code: string }) => c.code)).toEqual(expect.arrayContaining(['5106', '5107']));
    const english = await p.http.as(cluster.admin).get('/categories?q=beeswax');
    expect(english.body.items[0]).toMatchObject({ code: '1521' });
    // Falls back to English where there is no Persian name.
    const untranslated = await p.http.as(fa).get('/categories?q=010121');
    expect(untranslated.body.items[0].name).toBe('Horses; live, pure-bred breeding animals');
  });
});

describe('supplier profiles, directory and matching', () => {
  let p: Platform;
  let cluster: ClusterFixture;
  let buyer: Actor;
  beforeAll(async () => {
    p = await startPlatform();
    cluster = await aCluster(p);
    buyer = await cluster.withMember('member');
  });
  afterAll(() => p.close());

  const profile = (overrides: Record<string, unknown> = {}) => ({
    categories: ['5106'],
    capacityPerMonth: '20000',
    unit: 'kg',
    minOrderQuantity: '100',
    leadTimeDays: 10,
    serviceRadiusKm: 600,
    lat: 38.0962,
    lng: 46.2738,
    certifications: ['ISO 9001'],
    ...overrides,
  });

  const aSupplier = async (overrides: Record<string, unknown> = {}) => {
    const s = await cluster.withMember('supplier', { organization: { city: 'Tabriz', kind: 'supplier' } });
    const res = await p.http.as(s).put(`/organizations/${s.organizationId}/supplier-profile`, profile(overrides));
    if (res.status !== 200) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return s;
  };

  const aPublishedNeed = async (overrides: Record<string, unknown> = {}) => {
    const need = await p.http.as(buyer).post(`/clusters/${cluster.id}/procurements`, {
      organizationId: buyer.organizationId,
      title: 'Carpet yarn',
      description: 'd',
      categoryCode: '510610',
      unit: 'kg',
      quantity: '5000',
      currency: 'IRR',
      joinDeadline: inDays(5),
      quoteDeadline: inDays(10.5),
      deliveryCity: 'Zanjan',
      deliveryLat: 36.6736,
      deliveryLng: 48.4787,
      ...overrides,
    });
    await p.http.as(buyer).post(`/procurements/${need.body.id}/publish`);
    return need.body;
  };

  it('refuses bad profiles with a clear 4xx and changes nothing', async () => {
    const s = await cluster.withMember('supplier', { organization: { kind: 'supplier' } });
    const firm = await cluster.withMember('member');
    const put = (who: Actor, orgId: string, body: unknown) => p.http.as(who).put(`/organizations/${orgId}/supplier-profile`, body);
    expect((await put(s, s.organizationId!, profile({ categories: ['999998'] }))).status).toBe(422);
    expect((await put(s, s.organizationId!, profile({ capacityPerMonth: '-5' }))).status).toBe(400);
    expect((await put(s, s.organizationId!, profile({ lat: 95 }))).status).toBe(400);
    expect((await put(firm, firm.organizationId!, profile())).status).toBe(422);
    expect((await put(firm, s.organizationId!, profile())).status).toBe(403);
    const { rows } = await p.db.query(`SELECT count(*)::int AS n FROM supplier_profiles WHERE organization_id = $1`, [s.organizationId]);
    expect(rows[0].n).toBe(0);
  });

  it("lists the cluster's suppliers by category (a heading matches its subheadings) and distance", async () => {
    const yarn = await aSupplier({ categories: ['510610'] });
    const dye = await aSupplier({ categories: ['3204'], lat: 35.69, lng: 51.39 });
    const res = await p.http.as(buyer).get(`/clusters/${cluster.id}/suppliers?category=5106&lat=36.67&lng=48.48`);
    const ids = res.body.items.map((s: { organizationId: string }) => s.organizationId);
    expect(ids).toContain(yarn.organizationId);
    expect(ids).not.toContain(dye.organizationId);
    expect(res.body.items[0].distanceKm).toBeGreaterThan(200);
    const outsider = await aCluster(p);
    expect((await p.http.as(outsider.admin).get(`/clusters/${cluster.id}/suppliers`)).status).toBe(404);
  });

  it('matches a published need with reasons, and drops a supplier whose radius no longer covers the place', async () => {
    const near = await aSupplier({ categories: ['510610'], serviceRadiusKm: 400 });
    const wrongProduct = await aSupplier({ categories: ['5107'] });
    const need = await aPublishedNeed();
    const matches = await eventually(async () => {
      const res = await p.http.as(buyer).get(`/procurements/${need.id}/matches`);
      return res.body.items.some((m: { supplierOrganizationId: string }) => m.supplierOrganizationId === near.organizationId)
        ? res.body.items
        : undefined;
    });
    const mine = matches.find((m: { supplierOrganizationId: string }) => m.supplierOrganizationId === near.organizationId);
    expect(mine.reasons[0]).toBe('Sells exactly this product (HS 510610)');
    expect(mine.reasons.join(' ')).toMatch(/km from the delivery point/);
    expect(matches.map((m: { supplierOrganizationId: string }) => m.supplierOrganizationId)).not.toContain(wrongProduct.organizationId);

    await p.http
      .as(near)
      .put(`/organizations/${near.organizationId}/supplier-profile`, profile({ categories: ['510610'], serviceRadiusKm: 50 }));
    await eventually(async () => {
      const res = await p.http.as(buyer).get(`/procurements/${need.id}/matches`);
      return !res.body.items.some((m: { supplierOrganizationId: string }) => m.supplierOrganizationId === near.organizationId);
    });
  });

  it('returns only feasible suppliers, and the 10 best by the documented score (generated corpus)', async () => {
    let seed = 42;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const codes = ['51', '5106', '510610', '510620', '5107', '3204'];
    const corpus: Array<Parameters<typeof isFeasible>[0]> = [];
    for (let i = 0; i < 120; i++) {
      const lat = 33 + rnd() * 8;
      const lng = 44 + rnd() * 8;
      const c = {
        organizationId: '',
        categoryCode: codes[Math.floor(rnd() * codes.length)],
        capacityPerMonth: String(Math.round(3000 + rnd() * 30000)),
        minOrderQuantity: String(Math.round(rnd() * 6000)),
        leadTimeDays: 1 + Math.floor(rnd() * 70),
        serviceRadiusKm: Math.round(200 + rnd() * 1200),
        lat,
        lng,
        unit: rnd() < 0.9 ? 'kg' : 't',
        deliveriesOnTime: 0,
        deliveriesInFull: 0,
        deliveriesWithoutIssue: 0,
        deliveriesTotal: 0,
        awardsWon: 0,
      };
      const [user] = (
        await p.db.query(
          `INSERT INTO users (email, email_normalized, password_hash, display_name) VALUES ($1, $1, 'x', 'Gen') RETURNING id`,
          [`gen-${randomUUID()}@example.test`],
        )
      ).rows;
      const [org] = (
        await p.db.query(
          `INSERT INTO organizations (name, kind, country, city, created_by) VALUES ($1, 'supplier', 'IR', 'X', $2) RETURNING id`,
          [`Gen ${i}`, user.id],
        )
      ).rows;
      await p.db.query(`INSERT INTO memberships (cluster_id, user_id, role, organization_id) VALUES ($1, $2, 'supplier', $3)`, [
        cluster.id,
        user.id,
        org.id,
      ]);
      await p.db.query(
        `INSERT INTO supplier_profiles (organization_id, capacity_per_month, unit, min_order_quantity, lead_time_days, service_radius_km, lat, lng) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [org.id, c.capacityPerMonth, c.unit, c.minOrderQuantity, c.leadTimeDays, c.serviceRadiusKm, c.lat, c.lng],
      );
      await p.db.query(`INSERT INTO supplier_categories (organization_id, category_code) VALUES ($1, $2)`, [org.id, c.categoryCode]);
      corpus.push({ ...c, organizationId: org.id });
    }
    const need = await aPublishedNeed({ quantity: '5000' });
    const stored = await eventually(async () => {
      const { rows } = await p.db.query(
        `SELECT supplier_organization_id AS id, score::float8 AS score FROM procurement_matches WHERE procurement_id = $1 ORDER BY rank`,
        [need.id],
      );
      return rows.length ? rows : undefined;
    });
    const m: MatchNeed = {
      clusterId: cluster.id,
      categoryCode: '510610',
      quantity: '5000',
      unit: 'kg',
      deliveryLat: 36.6736,
      deliveryLng: 48.4787,
      neededBy: new Date(new Date(need.quoteDeadline).getTime() + 45 * 86_400_000),
    };
    const now = new Date();
    const feasible = corpus.filter((c) => isFeasible(c, m, now));
    const best = feasible
      .map((c) => scoreCandidate({ ...c, distanceKm: haversineKm(c.lat, c.lng, m.deliveryLat, m.deliveryLng) }, m, now))
      .sort(byScore);
    const generated = new Set(corpus.map((c) => c.organizationId));
    const returned = stored.filter((r: { id: string }) => generated.has(r.id));
    const feasibleIds = new Set(feasible.map((c) => c.organizationId));
    expect(returned.every((r: { id: string }) => feasibleIds.has(r.id))).toBe(true);
    expect(returned.length).toBe(Math.min(feasible.length, 50));
    expect(feasible.length).toBeGreaterThan(10);
    expect(returned.slice(0, 10).map((r: { id: string }) => r.id)).toEqual(best.slice(0, 10).map((b) => b.supplierOrganizationId));
  });
});
