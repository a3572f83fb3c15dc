import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Partner search: offers and requests with the interests they drew, and one-to-one meetings. */
export class Partnering1764810000000 implements MigrationInterface {
  name = 'Partnering1764810000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE partner_offers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cluster_id uuid NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id),
        posted_by uuid NOT NULL REFERENCES users(id),
        direction text NOT NULL CHECK (direction IN ('offer', 'request')),
        kind text NOT NULL CHECK (kind IN ('capacity', 'subcontracting', 'buyer-sought', 'machine-sharing')),
        title text NOT NULL,
        description text NOT NULL,
        hs_codes text[] NOT NULL DEFAULT '{}',
        place text,
        country text,
        search_text text NOT NULL,
        open boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX partner_offers_cluster ON partner_offers (cluster_id, created_at DESC) WHERE open`);
    await db.query(`
      CREATE TABLE partner_interests (
        offer_id uuid NOT NULL REFERENCES partner_offers(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id),
        channel_id uuid NOT NULL REFERENCES channels(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (offer_id, user_id)
      )`);
    await db.query(`
      CREATE TABLE partner_meetings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cluster_id uuid NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
        requested_by uuid NOT NULL REFERENCES users(id),
        invitee_id uuid NOT NULL REFERENCES users(id),
        offer_id uuid REFERENCES partner_offers(id) ON DELETE SET NULL,
        agenda text NOT NULL,
        proposed_times timestamptz[] NOT NULL CHECK (cardinality(proposed_times) BETWEEN 1 AND 5),
        status text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'accepted', 'declined', 'cancelled')),
        starts_at timestamptz,
        reminded_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (requested_by <> invitee_id),
        CHECK (status <> 'accepted' OR starts_at IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX partner_meetings_requested_by ON partner_meetings (cluster_id, requested_by)`);
    await db.query(`CREATE INDEX partner_meetings_invitee ON partner_meetings (cluster_id, invitee_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const t of ['partner_meetings', 'partner_interests', 'partner_offers']) await db.query(`DROP TABLE ${t}`);
  }
}
