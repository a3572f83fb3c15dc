import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, organizations, cluster workspaces with their members and invitations, the audit log and the job outbox. */
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        email_normalized text NOT NULL UNIQUE,
        password_hash text NOT NULL,
        display_name text NOT NULL,
        locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('fa', 'az', 'en')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id)`);
    await db.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('firm', 'supplier', 'institution', 'cooperative', 'association')),
        country text NOT NULL,
        city text NOT NULL,
        lat double precision CHECK (lat BETWEEN -90 AND 90),
        lng double precision CHECK (lng BETWEEN -180 AND 180),
        description text,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE organization_members (
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('admin', 'member')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, user_id)
      )`);
    await db.query(`CREATE INDEX organization_members_user ON organization_members (user_id)`);
    await db.query(`
      CREATE TABLE clusters (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        name text NOT NULL,
        sector text NOT NULL,
        country text NOT NULL,
        region text NOT NULL,
        description text,
        default_locale text NOT NULL DEFAULT 'en' CHECK (default_locale IN ('fa', 'az', 'en')),
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cluster_id uuid NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('admin', 'agent', 'member', 'supplier', 'observer')),
        organization_id uuid REFERENCES organizations(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT memberships_cluster_user UNIQUE (cluster_id, user_id)
      )`);
    await db.query(`CREATE INDEX memberships_user ON memberships (user_id)`);
    await db.query(`CREATE INDEX memberships_organization ON memberships (organization_id) WHERE organization_id IS NOT NULL`);
    await db.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cluster_id uuid NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
        email text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'agent', 'member', 'supplier', 'observer')),
        organization_id uuid REFERENCES organizations(id),
        token_hash text NOT NULL UNIQUE,
        invited_by uuid NOT NULL REFERENCES users(id),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX invitations_cluster ON invitations (cluster_id)`);
    await db.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        cluster_id uuid REFERENCES clusters(id) ON DELETE CASCADE,
        actor_id uuid REFERENCES users(id),
        action text NOT NULL,
        target_type text NOT NULL,
        target_id text,
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX audit_log_cluster ON audit_log (cluster_id, id DESC)`);
    await db.query(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        queue text NOT NULL,
        name text NOT NULL,
        data jsonb NOT NULL,
        job_id text NOT NULL,
        run_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        relayed_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      )`);
    // The relay only ever scans what is still waiting.
    await db.query(`CREATE INDEX outbox_pending ON outbox (id) WHERE relayed_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['outbox', 'audit_log', 'invitations', 'memberships', 'clusters', 'organization_members', 'organizations', 'refresh_tokens', 'users']) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
