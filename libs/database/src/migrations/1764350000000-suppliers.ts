import type { MigrationInterface, QueryRunner } from 'typeorm';
import { loadHsCategories } from '@hamkar/suppliers';

/** The HS 2022 category tree (with fa/az names) and supplier profiles with what they sell. */
export class Suppliers1764350000000 implements MigrationInterface {
  name = 'Suppliers1764350000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE categories (
        code text PRIMARY KEY,
        parent_code text REFERENCES categories(code),
        level smallint NOT NULL CHECK (level IN (2, 4, 6)),
        section text NOT NULL,
        name_en text NOT NULL,
        name_fa text,
        name_az text,
        search text NOT NULL
      )`);
    await db.query(`CREATE INDEX categories_parent ON categories (parent_code)`);
    await db.query(`CREATE INDEX categories_search ON categories USING gin (search gin_trgm_ops)`);
    const rows = loadHsCategories();
    // Chapters before headings before subheadings, so each parent exists before its children.
    rows.sort((a, b) => a.level - b.level);
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      const params: unknown[] = [];
      const values = chunk.map((r, j) => {
        params.push(r.code, r.parentCode, r.level, r.section, r.nameEn, r.nameFa, r.nameAz, r.search);
        const k = j * 8;
        return `($${k + 1}, $${k + 2}, $${k + 3}, $${k + 4}, $${k + 5}, $${k + 6}, $${k + 7}, $${k + 8})`;
      });
      await db.query(`INSERT INTO categories (code, parent_code, level, section, name_en, name_fa, name_az, search) VALUES ${values.join(', ')}`, params);
    }
    await db.query(`
      CREATE TABLE supplier_profiles (
        organization_id uuid PRIMARY KEY REFERENCES organizations(id) ON DELETE CASCADE,
        capacity_per_month numeric NOT NULL CHECK (capacity_per_month > 0),
        unit text NOT NULL,
        min_order_quantity numeric NOT NULL CHECK (min_order_quantity >= 0),
        lead_time_days integer NOT NULL CHECK (lead_time_days >= 0),
        service_radius_km double precision NOT NULL CHECK (service_radius_km >= 0),
        lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
        lng double precision NOT NULL CHECK (lng BETWEEN -180 AND 180),
        certifications text[] NOT NULL DEFAULT '{}',
        price_tiers jsonb NOT NULL DEFAULT '[]',
        quotes_sent integer NOT NULL DEFAULT 0,
        awards_won integer NOT NULL DEFAULT 0,
        deliveries_on_time integer NOT NULL DEFAULT 0,
        deliveries_total integer NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX supplier_profiles_place ON supplier_profiles (lat, lng)`);
    await db.query(`
      CREATE TABLE supplier_categories (
        organization_id uuid NOT NULL REFERENCES supplier_profiles(organization_id) ON DELETE CASCADE,
        category_code text NOT NULL REFERENCES categories(code),
        PRIMARY KEY (organization_id, category_code)
      )`);
    await db.query(`CREATE INDEX supplier_categories_code ON supplier_categories (category_code, organization_id)`);
    await db.query(`
      CREATE TABLE procurement_matches (
        procurement_id uuid NOT NULL REFERENCES procurements(id) ON DELETE CASCADE,
        supplier_organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        rank integer NOT NULL,
        score numeric(6, 2) NOT NULL,
        reasons jsonb NOT NULL,
        invited_at timestamptz,
        matched_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (procurement_id, supplier_organization_id)
      )`);
    await db.query(`ALTER TABLE procurements ADD COLUMN matched_quantity numeric`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE procurements DROP COLUMN matched_quantity`);
    for (const t of ['procurement_matches', 'supplier_categories', 'supplier_profiles', 'categories']) await db.query(`DROP TABLE ${t}`);
  }
}
