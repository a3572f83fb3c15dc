import { randomUUID } from 'node:crypto';
import type { Platform } from './platform';

export interface Actor {
  id: string;
  email: string;
  displayName: string;
  token: string;
  refreshToken: string;
  organizationId?: string;
}

const unique = () => randomUUID().slice(0, 8);

export async function aUser(p: Platform, overrides: { displayName?: string; locale?: string; email?: string } = {}): Promise<Actor> {
  const email = overrides.email ?? `user-${unique()}@example.test`;
  const displayName = overrides.displayName ?? `User ${unique()}`;
  const res = await p.http.post('/auth/register', { email, password: 'correct horse battery', displayName, locale: overrides.locale });
  if (res.status !== 201) throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.user.id, email, displayName, token: res.body.accessToken, refreshToken: res.body.refreshToken };
}

export async function anOrganization(p: Platform, owner: Actor, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await p.http
    .as(owner)
    .post('/organizations', { name: `Org ${unique()}`, kind: 'firm', country: 'IR', city: 'Zanjan', lat: 36.67, lng: 48.48, ...overrides });
  if (res.status !== 201) throw new Error(`organization failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

export type Role = 'admin' | 'agent' | 'member' | 'supplier' | 'observer';

export interface ClusterFixture {
  id: string;
  admin: Actor;
  /** A new user invited with `role`, who accepted; with its own organization unless told otherwise. */
  withMember(
    role: Role,
    options?: { organization?: Record<string, unknown> | false; displayName?: string; locale?: string },
  ): Promise<Actor>;
}

export async function aCluster(p: Platform, overrides: Record<string, unknown> = {}): Promise<ClusterFixture> {
  const admin = await aUser(p, { displayName: 'Cluster Admin' });
  const res = await p.http.as(admin).post('/clusters', {
    slug: `cluster-${unique()}`,
    name: 'Zanjan Carpets',
    sector: 'carpets',
    country: 'IR',
    region: 'Zanjan',
    ...overrides,
  });
  if (res.status !== 201) throw new Error(`cluster failed: ${res.status} ${JSON.stringify(res.body)}`);
  const clusterId: string = res.body.id;
  return {
    id: clusterId,
    admin,
    async withMember(role, options = {}) {
      const actor = await aUser(p, { displayName: options.displayName, locale: options.locale });
      const organizationId =
        options.organization === false
          ? undefined
          : await anOrganization(p, actor, { kind: role === 'supplier' ? 'supplier' : 'firm', ...(options.organization ?? {}) });
      const invite = await p.http.as(admin).post(`/clusters/${clusterId}/invitations`, { email: actor.email, role });
      if (invite.status !== 201) throw new Error(`invite failed: ${invite.status} ${JSON.stringify(invite.body)}`);
      const accepted = await p.http.as(actor).post(`/invitations/${invite.body.token}/accept`, organizationId ? { organizationId } : {});
      if (accepted.status !== 200) throw new Error(`accept failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
      return { ...actor, organizationId };
    },
  };
}

/** The call went through: 200 or 201. */
export const ok = (res: { status: number }) => expect([200, 201]).toContain(res.status);

/** Polls until `check` returns a truthy value or the deadline passes (no blind sleeps). */
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false>,
  { timeoutMs = 20_000, intervalMs = 50 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
      last = value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline)
      throw new Error(`condition not met within ${timeoutMs} ms; last: ${last instanceof Error ? last.message : JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
