import type { MigrationInterface, QueryRunner } from 'typeorm';

/** After an award: one order per participating firm, its deliveries and payments; the supplier's record counts full and clean deliveries too. */
export class ProcurementOrders1764640000000 implements MigrationInterface {
  name = 'ProcurementOrders1764640000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE procurement_orders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        procurement_id uuid NOT NULL REFERENCES procurements(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id),
        supplier_organization_id uuid NOT NULL REFERENCES organizations(id),
        quantity numeric NOT NULL CHECK (quantity > 0),
        unit_price numeric NOT NULL CHECK (unit_price >= 0),
        amount numeric NOT NULL CHECK (amount >= 0),
        currency text NOT NULL,
        delivery_city text NOT NULL,
        delivery_lat double precision NOT NULL,
        delivery_lng double precision NOT NULL,
        due_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'placed' CHECK (status IN ('placed', 'accepted', 'received')),
        accepted_at timestamptz,
        received_at timestamptz,
        amount_paid numeric NOT NULL DEFAULT 0 CHECK (amount_paid >= 0 AND amount_paid <= amount),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (procurement_id, organization_id)
      )`);
    await db.query(`CREATE INDEX procurement_orders_by_supplier ON procurement_orders (supplier_organization_id, created_at)`);
    await db.query(`
      CREATE TABLE order_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL REFERENCES procurement_orders(id) ON DELETE CASCADE,
        quantity numeric NOT NULL CHECK (quantity > 0),
        delivered_on timestamptz NOT NULL,
        quality_issue text,
        recorded_by uuid NOT NULL REFERENCES users(id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX order_deliveries_by_order ON order_deliveries (order_id, delivered_on)`);
    await db.query(`
      CREATE TABLE order_payments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL REFERENCES procurement_orders(id) ON DELETE CASCADE,
        amount numeric NOT NULL CHECK (amount > 0),
        recorded_by uuid NOT NULL REFERENCES users(id),
        paid_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX order_payments_by_order ON order_payments (order_id, paid_at)`);
    await db.query(`ALTER TABLE supplier_profiles ADD COLUMN deliveries_in_full integer NOT NULL DEFAULT 0, ADD COLUMN deliveries_without_issue integer NOT NULL DEFAULT 0`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE supplier_profiles DROP COLUMN deliveries_in_full, DROP COLUMN deliveries_without_issue`);
    await db.query(`DROP TABLE order_payments`);
    await db.query(`DROP TABLE order_deliveries`);
    await db.query(`DROP TABLE procurement_orders`);
  }
}
