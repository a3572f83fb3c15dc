import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Opt-in public cluster pages, and the member organizations that chose to be listed on them. */
export class ClusterPublicPages1764820000000 implements MigrationInterface {
  name = 'ClusterPublicPages1764820000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE cluster_public_pages (
        cluster_id uuid PRIMARY KEY REFERENCES clusters(id) ON DELETE CASCADE,
        published boolean NOT NULL DEFAULT false,
        about text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE cluster_listings (
        cluster_id uuid NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        makes text NOT NULL DEFAULT '',
        PRIMARY KEY (cluster_id, organization_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE cluster_listings`);
    await db.query(`DROP TABLE cluster_public_pages`);
  }
}
