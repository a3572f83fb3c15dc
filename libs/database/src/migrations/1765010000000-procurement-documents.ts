import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Documents on a need (specifications), on a supplier's quote (certificates, price lists) and on a
 * delivery (receipts). The bytes are uploads in `files`; this says what each one is attached to,
 * which decides who may read it.
 */
export class ProcurementDocuments1765010000000 implements MigrationInterface {
  name = 'ProcurementDocuments1765010000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE procurement_documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        procurement_id uuid NOT NULL REFERENCES procurements(id) ON DELETE CASCADE,
        file_id uuid NOT NULL UNIQUE REFERENCES files(id),
        kind text NOT NULL CHECK (kind IN ('specification', 'certificate', 'price-list', 'receipt', 'other')),
        attached_to text NOT NULL CHECK (attached_to IN ('need', 'quote', 'delivery')),
        supplier_organization_id uuid REFERENCES organizations(id),
        delivery_id uuid REFERENCES order_deliveries(id) ON DELETE CASCADE,
        attached_by uuid NOT NULL REFERENCES users(id),
        attached_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((attached_to = 'quote') = (supplier_organization_id IS NOT NULL)),
        CHECK ((attached_to = 'delivery') = (delivery_id IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX procurement_documents_by_procurement ON procurement_documents (procurement_id, attached_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE procurement_documents`);
  }
}
