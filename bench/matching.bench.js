// Matching one pooled need against 100,000 supplier profiles: the indexed SQL matcher beside a
// brute-force scan of the same data (every profile checked in memory with the same rules).
// Run with `npm run bench -- matching` after `npm run build:server`. Prints one JSON line.
const { execFileSync } = require('node:child_process');
const path = require('node:path');
require('reflect-metadata');
const { DataSource } = require('typeorm');
const { dataSourceOptions } = require('@hamkar/database');
const { SupplierMatcher, isFeasible, scoreCandidate, haversineKm, byScore } = require('@hamkar/suppliers');

// --quick (BENCH_QUICK=1): small, and failing only when the matcher and the brute force disagree, never on times.
const QUICK = process.env.BENCH_QUICK === '1';
const PROFILES = Number(process.env.BENCH_PROFILES ?? (QUICK ? 5_000 : 100_000));
const NEEDS = Number(process.env.BENCH_NEEDS ?? (QUICK ? 20 : 200));
const DIST = process.env.HAMKAR_DIST || 'dist';
const URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/hamkar_bench';
const ROOT = path.join(__dirname, '..');
const { writeResult, machine } = require('./lib/baselines');

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

async function main() {
  execFileSync(process.execPath, ['-r', `./${DIST}/register-paths.js`, `${DIST}/libs/database/src/cli/migrate.js`, 'run', '--recreate'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: URL, NODE_ENV: 'test' },
    stdio: 'ignore',
  });
  const db = await new DataSource(dataSourceOptions(URL)).initialize();
  await db.query(`SELECT setseed(0.42)`);
  const [admin] = await db.query(
    `INSERT INTO users (email, email_normalized, password_hash, display_name) VALUES ('bench@x.test', 'bench@x.test', 'x', 'Bench') RETURNING id`,
  );
  const [cluster] = await db.query(
    `INSERT INTO clusters (slug, name, sector, country, region, created_by) VALUES ('bench', 'Bench', 'mixed', 'IR', 'All', $1) RETURNING id`,
    [admin.id],
  );
  const codes = (await db.query(`SELECT code FROM categories WHERE code ~ '^(39|51|57|32|70|48)' ORDER BY code`)).map((r) => r.code);
  const t0 = process.hrtime.bigint();
  await db.query(
    `WITH u AS (INSERT INTO users (email, email_normalized, password_hash, display_name)
                SELECT 'b' || i || '@x.test', 'b' || i || '@x.test', 'x', 'B' FROM generate_series(1, $2::int) i RETURNING id),
          o AS (INSERT INTO organizations (name, kind, country, city, created_by) SELECT 'Supplier', 'supplier', 'IR', 'X', u.id FROM u RETURNING id, created_by)
     INSERT INTO memberships (cluster_id, user_id, role, organization_id) SELECT $1, o.created_by, 'supplier', o.id FROM o`,
    [cluster.id, PROFILES],
  );
  await db.query(
    `INSERT INTO supplier_profiles (organization_id, capacity_per_month, unit, min_order_quantity, lead_time_days, service_radius_km, lat, lng,
                                    deliveries_on_time, deliveries_in_full, deliveries_without_issue, deliveries_total)
     SELECT m.organization_id, round(500 + random() * 50000), CASE WHEN random() < 0.9 THEN 'kg' ELSE 't' END, round(random() * 5000),
            1 + floor(random() * 60)::int, 50 + random() * 1200, 30 + random() * 12, 44 + random() * 16,
            floor(random() * 10)::int, floor(random() * 11)::int, floor(random() * 11)::int, 10
       FROM memberships m WHERE m.cluster_id = $1`,
    [cluster.id],
  );
  await db.query(
    `INSERT INTO supplier_categories (organization_id, category_code)
     SELECT DISTINCT p.organization_id, ($1::text[])[1 + floor(random() * array_length($1::text[], 1))::int]
       FROM supplier_profiles p, generate_series(1, 2)`,
    [codes],
  );
  await db.query(`VACUUM ANALYZE`);
  const seeded = ms(t0);

  // The brute force keeps every profile in memory (loading is not timed) and checks each one per need.
  const rows = await db.query(
    `SELECT p.organization_id, p.capacity_per_month::text AS cap, p.unit, p.min_order_quantity::text AS mo, p.lead_time_days, p.service_radius_km, p.lat, p.lng,
            p.deliveries_on_time, p.deliveries_in_full, p.deliveries_without_issue, p.deliveries_total, array_agg(sc.category_code) AS cats
       FROM supplier_profiles p JOIN supplier_categories sc ON sc.organization_id = p.organization_id GROUP BY p.organization_id`,
  );
  const profiles = rows.map((r) => ({
    organizationId: r.organization_id,
    capacityPerMonth: r.cap,
    unit: r.unit,
    minOrderQuantity: r.mo,
    leadTimeDays: r.lead_time_days,
    serviceRadiusKm: r.service_radius_km,
    lat: r.lat,
    lng: r.lng,
    deliveriesOnTime: r.deliveries_on_time,
    deliveriesInFull: r.deliveries_in_full,
    deliveriesWithoutIssue: r.deliveries_without_issue,
    deliveriesTotal: r.deliveries_total,
    awardsWon: 0,
    cats: r.cats,
  }));

  const matcher = new SupplierMatcher(db);
  const six = codes.filter((c) => c.length === 6);
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const now = new Date();
  const sqlTimes = [];
  const bruteTimes = [];
  let agree = 0;
  for (let i = 0; i < NEEDS; i++) {
    const need = {
      clusterId: cluster.id,
      categoryCode: six[Math.floor(rnd() * six.length)],
      quantity: String(Math.round(100 + rnd() * 5000)),
      unit: 'kg',
      deliveryLat: 32 + rnd() * 8,
      deliveryLng: 46 + rnd() * 10,
      neededBy: new Date(now.getTime() + 40 * 86_400_000),
    };
    let t = process.hrtime.bigint();
    const fast = await matcher.rank(need, 10, now);
    sqlTimes.push(ms(t));
    t = process.hrtime.bigint();
    const brute = [];
    for (const p of profiles) {
      const covering = p.cats.filter((c) => need.categoryCode.startsWith(c)).sort((a, b) => b.length - a.length)[0];
      if (!covering) continue;
      const candidate = { ...p, categoryCode: covering };
      if (isFeasible(candidate, need, now))
        brute.push(scoreCandidate({ ...candidate, distanceKm: haversineKm(p.lat, p.lng, need.deliveryLat, need.deliveryLng) }, need, now));
    }
    brute.sort(byScore);
    bruteTimes.push(ms(t));
    if (
      JSON.stringify(brute.slice(0, 10).map((m) => m.supplierOrganizationId)) === JSON.stringify(fast.map((m) => m.supplierOrganizationId))
    )
      agree++;
  }
  await db.destroy();
  const summary = (xs) => ({ p50: +pct(xs, 50).toFixed(2), p95: +pct(xs, 95).toFixed(2), max: +Math.max(...xs).toFixed(2) });
  const result = {
    bench: 'matching',
    profiles: PROFILES,
    needs: NEEDS,
    seedSeconds: +(seeded / 1000).toFixed(1),
    matcherMs: summary(sqlTimes),
    bruteForceMs: summary(bruteTimes),
    top10Agreement: `${agree}/${NEEDS}`,
    targetP95Ms: 50,
  };
  console.log(JSON.stringify(result));
  writeResult('matching', { ...result, quick: QUICK, at: new Date().toISOString(), machine: machine() });
  if ((!QUICK && result.matcherMs.p95 >= 50) || agree !== NEEDS) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
