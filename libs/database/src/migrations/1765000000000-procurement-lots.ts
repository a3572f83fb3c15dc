import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lots: a need may be split into lots, each with its own HS code, unit and pooled quantity; firms
 * join per lot, quotes carry tiers per lot, each lot is awarded on its own (to one supplier or split
 * between several by quantity), and an order per firm and supplier lists its lot lines. A need
 * without lot rows works as before.
 */
export class ProcurementLots1765000000000 implements MigrationInterface {
  name = 'ProcurementLots1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE procurement_lots (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        procurement_id uuid NOT NULL REFERENCES procurements(id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number > 0),
        title text NOT NULL,
        category_code text NOT NULL,
        unit text NOT NULL,
        total_quantity numeric NOT NULL DEFAULT 0 CHECK (total_quantity >= 0),
        awarded_at timestamptz,
        UNIQUE (procurement_id, number)
      )`);
    await db.query(`
      CREATE TABLE lot_participations (
        lot_id uuid NOT NULL REFERENCES procurement_lots(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id),
        procurement_id uuid NOT NULL,
        quantity numeric NOT NULL CHECK (quantity > 0),
        PRIMARY KEY (lot_id, organization_id),
        FOREIGN KEY (procurement_id, organization_id) REFERENCES participations(procurement_id, organization_id) ON DELETE CASCADE
      )`);
    // A quote on a need with lots: [{ lotId, tiers, maxQuantity }] (null on a need without lots).
    await db.query(`ALTER TABLE quotes ADD COLUMN lots jsonb`);
    await db.query(`
      CREATE TABLE lot_awards (
        lot_id uuid NOT NULL REFERENCES procurement_lots(id) ON DELETE CASCADE,
        supplier_organization_id uuid NOT NULL REFERENCES organizations(id),
        procurement_id uuid NOT NULL REFERENCES procurements(id) ON DELETE CASCADE,
        quote_id uuid NOT NULL REFERENCES quotes(id),
        quantity numeric NOT NULL CHECK (quantity > 0),
        unit_price numeric NOT NULL CHECK (unit_price >= 0),
        total numeric NOT NULL CHECK (total >= 0),
        awarded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (lot_id, supplier_organization_id)
      )`);
    await db.query(`CREATE INDEX lot_awards_by_procurement ON lot_awards (procurement_id)`);
    await db.query(`
      CREATE TABLE lot_allocations (
        lot_id uuid NOT NULL,
        supplier_organization_id uuid NOT NULL,
        organization_id uuid NOT NULL REFERENCES organizations(id),
        procurement_id uuid NOT NULL REFERENCES procurements(id) ON DELETE CASCADE,
        quantity numeric NOT NULL CHECK (quantity > 0),
        unit_price numeric NOT NULL,
        amount numeric NOT NULL CHECK (amount >= 0),
        saving numeric,
        PRIMARY KEY (lot_id, supplier_organization_id, organization_id),
        FOREIGN KEY (lot_id, supplier_organization_id) REFERENCES lot_awards(lot_id, supplier_organization_id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX lot_allocations_by_procurement ON lot_allocations (procurement_id)`);
    // With a lot split between suppliers, a firm has one order with each of them.
    await db.query(`ALTER TABLE procurement_orders DROP CONSTRAINT procurement_orders_procurement_id_organization_id_key`);
    await db.query(`ALTER TABLE procurement_orders ADD CONSTRAINT procurement_orders_firm_supplier UNIQUE (procurement_id, organization_id, supplier_organization_id)`);
    await db.query(`
      CREATE TABLE order_lines (
        order_id uuid NOT NULL REFERENCES procurement_orders(id) ON DELETE CASCADE,
        lot_id uuid NOT NULL REFERENCES procurement_lots(id) ON DELETE CASCADE,
        quantity numeric NOT NULL CHECK (quantity > 0),
        unit_price numeric NOT NULL,
        amount numeric NOT NULL CHECK (amount >= 0),
        PRIMARY KEY (order_id, lot_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE order_lines`);
    await db.query(`ALTER TABLE procurement_orders DROP CONSTRAINT procurement_orders_firm_supplier`);
    await db.query(`ALTER TABLE procurement_orders ADD CONSTRAINT procurement_orders_procurement_id_organization_id_key UNIQUE (procurement_id, organization_id)`);
    await db.query(`DROP TABLE lot_allocations`);
    await db.query(`DROP TABLE lot_awards`);
    await db.query(`ALTER TABLE quotes DROP COLUMN lots`);
    await db.query(`DROP TABLE lot_participations`);
    await db.query(`DROP TABLE procurement_lots`);
  }
}
