'use strict';
// Who owns which table: the one place that says it. A table belongs to the context whose entity
// maps it, or, for a table without an entity, to the context that writes it. The check fails when
// an entity maps a table listed under another context, or a migration creates a table listed nowhere.

/** @type {Record<string, string[]>} */
const owners = {
  identity: ['users', 'refresh_tokens'],
  clusters: ['organizations', 'organization_members', 'clusters', 'memberships', 'invitations', 'audit_log'],
  outbox: ['outbox'],
  notifications: ['notifications', 'push_subscriptions', 'push_preferences'],
  messaging: ['channels', 'channel_members', 'messages', 'message_reactions'],
  files: ['files'],
  procurement: [
    'procurements',
    'participations',
    'quotes',
    'allocations',
    'procurement_questions',
    'procurement_amendments',
    'procurement_documents',
    'procurement_orders',
    'order_deliveries',
    'order_payments',
    'order_lines',
    'procurement_lots',
    'lot_participations',
    'lot_awards',
    'lot_allocations',
    // Written by matching (the procurement side of it: which suppliers a need was matched to and invited).
    'procurement_matches',
  ],
  suppliers: ['categories', 'supplier_profiles', 'supplier_categories'],
  projects: ['projects', 'project_members', 'milestones', 'tasks', 'project_activity', 'reminder_scans'],
  diagnostics: [
    'surveys',
    'survey_answer_sets',
    'indicators',
    'indicator_targets',
    'indicator_readings',
    'project_indicators',
    'project_plan_entries',
  ],
  partnering: ['partner_offers', 'partner_interests', 'partner_meetings', 'cluster_public_pages', 'cluster_listings'],
  // The PostgreSQL-alone stand-ins for Redis: presence and the Socket.IO adapter's attachments are
  // realtime's, the shared cache is common's, and the login and request limits are the api's.
  realtime: ['presence_sockets', 'socket_io_attachments'],
  common: ['cache_entries'],
  'apps/api': ['rate_limit_hits'],
};

/**
 * What may be imported besides a lib's index.ts: common's parts that load no NestJS (for pure code and
 * its unit tests), and the socket event map, a types-only file the web client shares with the gateway.
 */
const publicEntries = ['@hamkar/common/pure', 'libs/realtime/src/events'];

/**
 * Violations kept on purpose, each with the reason; the check fails on any other, and on an entry
 * here that nothing needs any more. Goal: empty.
 * @type {Array<{ file: string, rule: 'tables' | 'imports', subject: string, why: string }>}
 */
const allowed = [];

/**
 * Migrations edited after they landed, before this check existed. Their content as of that edit
 * (git blob id) is what databases already hold; any further change fails like any other.
 */
const acceptedMigrationEdits = {
  // First committed in ccce448, edited in 42f3ee7 and a204eb9.
  'libs/database/src/migrations/1764200000001-message-search-vector.ts': 'ad0ce97e57269dcffc116fc23d7b633ba16100e1',
  // First committed in f38c3e0, edited in 23877a8 and 7ee8edf.
  'libs/database/src/migrations/1764300000000-procurement.ts': '9f4428a4efd020dbec0d7614aff32cb244de722e',
};

module.exports = {
  owners,
  publicEntries,
  allowed,
  acceptedMigrationEdits,
  migrationsDir: 'libs/database/src/migrations',
  scope: '@hamkar',
};
