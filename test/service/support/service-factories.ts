import { randomUUID } from 'node:crypto';
import { ClustersService, InvitationsService, OrganizationsService } from '@hamkar/clusters';
import { AuthService } from '@hamkar/identity';
import type { Role } from '../../support/factories';
import type { ServiceTest } from './service-test';

/** Someone signed up; the services take their id where the api takes their token. */
export interface Person {
  id: string;
  email: string;
  displayName: string;
  organizationId?: string;
}

export interface ClusterFixture {
  id: string;
  admin: Person;
  /** A new person invited with `role`, who accepted; with an organization of their own unless told otherwise. */
  withMember(role: Role, options?: { organization?: false; displayName?: string }): Promise<Person>;
}

const unique = () => randomUUID().slice(0, 8);

/**
 * The e2e factories (test/support/factories.ts) through the services instead of HTTP: the same
 * steps a person takes (sign up, found a cluster, invite, accept), so the rows are the real ones.
 */
export function givenThrough(t: ServiceTest) {
  async function aPerson(displayName = `Person ${unique()}`): Promise<Person> {
    const email = `person-${unique()}@example.test`;
    const session = await t.get(AuthService).register({ email, password: 'correct horse battery', displayName });
    return { id: session.user.id, email, displayName };
  }

  async function anOrganization(owner: Person, kind: 'firm' | 'supplier' = 'firm'): Promise<string> {
    const org = await t.get(OrganizationsService).create(owner.id, {
      name: `Org ${unique()}`,
      kind,
      country: 'IR',
      city: 'Zanjan',
      lat: 36.67,
      lng: 48.48,
    });
    return org.id;
  }

  async function aCluster(): Promise<ClusterFixture> {
    const admin = await aPerson('Cluster Admin');
    const cluster = await t.get(ClustersService).create(admin.id, {
      slug: `cluster-${unique()}`,
      name: 'Zanjan Carpets',
      sector: 'carpets',
      country: 'IR',
      region: 'Zanjan',
    });
    return {
      id: cluster.id,
      admin,
      async withMember(role, options = {}) {
        const person = await aPerson(options.displayName);
        const kind = role === 'supplier' ? 'supplier' : 'firm';
        const organizationId = options.organization === false ? undefined : await anOrganization(person, kind);
        const invitations = t.get(InvitationsService);
        const invitation = await invitations.invite(admin.id, cluster.id, { email: person.email, role });
        await invitations.accept(person.id, invitation.token, organizationId);
        return { ...person, organizationId };
      },
    };
  }

  return { aPerson, anOrganization, aCluster };
}
