import type { EntityManager } from 'typeorm';
import type { Locale } from '@hamkar/common/pure';

const CITIES: Array<[string, string, number, number]> = [
  ['IR', 'Zanjan', 36.6736, 48.4787],
  ['IR', 'Tabriz', 38.0962, 46.2738],
  ['IR', 'Tehran', 35.6892, 51.389],
  ['IR', 'Isfahan', 32.6539, 51.666],
  ['IR', 'Khorramabad', 33.4878, 48.3558],
  ['IR', 'Mashhad', 36.2605, 59.6168],
  ['IR', 'Shiraz', 29.5918, 52.5837],
  ['IR', 'Qazvin', 36.2688, 50.0041],
  ['IR', 'Hamedan', 34.7983, 48.5148],
  ['IR', 'Arak', 34.0954, 49.7013],
  ['IR', 'Kashan', 33.985, 51.4096],
  ['IR', 'Borujerd', 33.8973, 48.7516],
  ['AZ', 'Sumgait', 40.5897, 49.6686],
  ['AZ', 'Baku', 40.4093, 49.8671],
  ['AZ', 'Ganja', 40.6828, 46.3606],
  ['AZ', 'Mingachevir', 40.764, 47.0595],
  ['AZ', 'Shirvan', 39.9317, 48.9203],
  ['AZ', 'Sheki', 41.1975, 47.1571],
  ['AZ', 'Lankaran', 38.7529, 48.8511],
  ['AZ', 'Nakhchivan', 39.2089, 45.4122],
];

const BY_SECTOR: Record<string, { codes: string[]; unit: string; words: { fa: string[]; az: string[]; en: string[] } }> = {
  carpets: {
    codes: ['51', '5101', '5105', '5106', '510610', '5107', '3203', '3204', '320416', '5004', '5205', '57', '5701', '5702'],
    unit: 'kg',
    words: { fa: ['ریسندگی', 'رنگرزی', 'پشم', 'نخ'], az: ['Yun', 'İplik', 'Boya'], en: ['Wool', 'Yarn', 'Dyes'] },
  },
  honey: {
    codes: ['0409', '1521', '152190', '7010', '701090', '4819', '481910', '3923', '392330', '8436'],
    unit: 'unit',
    words: { fa: ['شیشه', 'بسته‌بندی', 'موم', 'زنبورداری'], az: ['Şüşə', 'Qablaşdırma', 'Mum'], en: ['Glass', 'Packaging', 'Wax'] },
  },
  chemicals: {
    codes: [
      '39',
      '3901',
      '390110',
      '390120',
      '3902',
      '390210',
      '3903',
      '3904',
      '3907',
      '3923',
      '392321',
      '28',
      '2815',
      '2836',
      '29',
      '2901',
      '2905',
    ],
    unit: 't',
    words: { fa: ['پتروشیمی', 'پلیمر', 'شیمی'], az: ['Polimer', 'Kimya', 'Plastik'], en: ['Polymer', 'Chemicals', 'Plastics'] },
  },
};

const sectorOf = (sector: string) => (/carpet|فرش|xalça/i.test(sector) ? 'carpets' : /honey|عسل|bal/i.test(sector) ? 'honey' : 'chemicals');

/** A deterministic pseudo-random sequence, so the demo is the same on every machine. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** One demo supplier: its salesperson, its organization, and what suppliers records about it. */
export interface DemoSupplier {
  clusterId: string;
  person: { email: string; displayName: string; locale: Locale };
  organization: { name: string; kind: 'supplier'; country: string; city: string; lat: number; lng: number; description: string };
  profile: Array<string | number | string[]>;
  categories: string[];
}

/**
 * Demo suppliers for each cluster: organizations of kind supplier in real cities of Iran and
 * Azerbaijan, with profiles and categories of the cluster's sector, each with one salesperson
 * (a user who signs in with the demo password) who is the cluster's `supplier` member for it.
 * Planned here, the same on every run; the demo seed makes the account, the organization and the
 * seat through their owners, and `saveDemoSupplierProfile` the profile.
 */
export function planDemoSuppliers(input: {
  clusters: Array<{ id: string; slug: string; sector: string }>;
  perCluster: number;
}): DemoSupplier[] {
  const plan: DemoSupplier[] = [];
  for (const [ci, cluster] of input.clusters.entries()) {
    const sector = BY_SECTOR[sectorOf(cluster.sector)];
    const rnd = prng(1000 + ci);
    for (let i = 0; i < input.perCluster; i++) {
      const [country, city, lat, lng] = CITIES[Math.floor(rnd() * CITIES.length)];
      const lang = country === 'AZ' ? 'az' : rnd() < 0.7 ? 'fa' : 'en';
      const word = sector.words[lang][Math.floor(rnd() * sector.words[lang].length)];
      const name =
        lang === 'fa'
          ? `${word} ${city === 'Tabriz' ? 'تبریز' : city === 'Zanjan' ? 'زنجان' : city} ${i + 1}`
          : lang === 'az'
            ? `${city} ${word} MMC ${i + 1}`
            : `${city} ${word} Co. ${i + 1}`;
      const person = { email: `sales-${cluster.slug}-${i + 1}@demo.hamkar.app`, displayName: `${name} — sales`, locale: lang } as const;
      const organization = {
        name,
        kind: 'supplier',
        country,
        city,
        lat: lat + (rnd() - 0.5) * 0.1,
        lng: lng + (rnd() - 0.5) * 0.1,
        description: 'Demo supplier',
      } as const;
      const capacity = Math.round(200 + rnd() * 20000);
      const profile = [
        capacity,
        sector.unit,
        Math.round(capacity * rnd() * 0.05),
        3 + Math.floor(rnd() * 40),
        150 + Math.round(rnd() * 1500),
        lat,
        lng,
        rnd() < 0.4 ? ['ISO 9001'] : [],
        Math.floor(rnd() * 10),
        10,
      ];
      const picks = new Set<string>();
      for (let k = 0; k < 1 + Math.floor(rnd() * 3); k++) picks.add(sector.codes[Math.floor(rnd() * sector.codes.length)]);
      plan.push({ clusterId: cluster.id, person, organization, profile, categories: [...picks] });
    }
  }
  return plan;
}

/** The planned supplier's profile and categories, for its organization (made by the demo seed). */
export async function saveDemoSupplierProfile(manager: EntityManager, organizationId: string, supplier: DemoSupplier): Promise<void> {
  await manager.query(
    `INSERT INTO supplier_profiles (organization_id, capacity_per_month, unit, min_order_quantity, lead_time_days, service_radius_km, lat, lng, certifications, deliveries_on_time, deliveries_total,
                                    deliveries_in_full, deliveries_without_issue)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, least($11, $10::int + 2), least($11, $10::int + 1))`,
    [organizationId, ...supplier.profile],
  );
  for (const code of supplier.categories)
    await manager.query(`INSERT INTO supplier_categories (organization_id, category_code) VALUES ($1, $2)`, [organizationId, code]);
}
