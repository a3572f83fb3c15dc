import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Joint procurements, participations, sealed quotes and award allocations. */
export class Procurement1764300000000 implements MigrationInterface {
  name = 'Procurement1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE procurements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cluster_id uuid NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id),
        created_by uuid NOT NULL REFERENCES users(id),
        title text NOT NULL,
        description text NOT NULL,
        category_code text NOT NULL,
        unit text NOT NULL,
        currency text NOT NULL,
        max_unit_price numeric CHECK (max_unit_price > 0),
        join_deadline timestamptz NOT NULL,
        quote_deadline timestamptz NOT NULL CHECK (quote_deadline > join_deadline),
        delivery_city text NOT NULL,
        delivery_lat double precision NOT NULL CHECK (delivery_lat BETWEEN -90 AND 90),
        delivery_lng double precision NOT NULL CHECK (delivery_lng BETWEEN -180 AND 180),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'quoting', 'evaluating', 'awarded', 'completed', 'cancelled')),
        total_quantity numeric NOT NULL DEFAULT 0 CHECK (total_quantity >= 0),
        channel_id uuid REFERENCES channels(id),
        awarded_quote_id uuid,
        award_total numeric,
        published_at timestamptz,
        awarded_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX procurements_cluster_status ON procurements (cluster_id, status, created_at DESC)`);
    await db.query(`
      CREATE TABLE participations (
        procurement_id uuid NOT NULL REFERENCES procurements(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id),
        quantity numeric NOT NULL CHECK (quantity > 0),
        joined_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (procurement_id, organization_id)
      )`);
    await db.query(`
      CREATE TABLE quotes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        procurement_id uuid NOT NULL REFERENCES procurements(id) ON DELETE CASCADE,
        supplier_organization_id uuid NOT NULL REFERENCES organizations(id),
        submitted_by uuid NOT NULL REFERENCES users(id),
        tiers jsonb NOT NULL,
        lead_time_days integer NOT NULL CHECK (lead_time_days >= 0),
        valid_until timestamptz NOT NULL,
        notes text,
        status text NOT NULL DEFAULT 'live' CHECK (status IN ('live', 'replaced')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX quotes_one_live ON quotes (procurement_id, supplier_organization_id) WHERE status = 'live'`);
    await db.query(`
      CREATE TABLE allocations (
        procurement_id uuid NOT NULL REFERENCES procurements(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id),
        quantity numeric NOT NULL,
        unit_price numeric NOT NULL,
        amount numeric NOT NULL,
        -- Against buying the same quantity alone from the same quote; null when no tier applies alone.
        saving numeric,
        PRIMARY KEY (procurement_id, organization_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const t of ['allocations', 'quotes', 'participations', 'procurements']) await db.query(`DROP TABLE ${t}`);
  }
}
