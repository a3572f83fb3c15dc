import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partner search looks for every folded word anywhere in an open offer's text (`LIKE '%word%'`),
 * which no b-tree can answer: a trigram GIN index can, as it does for chat search. Partial on
 * `open`, as the search only ever reads open offers.
 */
export class OfferSearchIndex1765020000000 implements MigrationInterface {
  name = 'OfferSearchIndex1765020000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX partner_offers_search ON partner_offers USING gin (search_text gin_trgm_ops) WHERE open`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX partner_offers_search`);
  }
}
