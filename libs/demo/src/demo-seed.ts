import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ClusterDirectory, ClustersService, MembershipsService, OrganizationsService } from '@hamkar/clusters';
import { AuthService, UsersService } from '@hamkar/identity';
import { DEMO_CLUSTERS, DEMO_PASSWORD, DemoPerson } from './demo-people';

export interface SeededCluster {
  id: string;
  slug: string;
  sector: string;
  country: string;
  /** email → { userId, organizationId } */
  people: Map<string, { userId: string; organizationId: string | null; role: string }>;
}

/**
 * Demo data through the same services the api uses, so it obeys every rule the product does.
 * Idempotent: a cluster whose slug exists is left alone.
 */
@Injectable()
export class DemoSeed {
  private readonly logger = new Logger(DemoSeed.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly organizations: OrganizationsService,
    private readonly clusters: ClustersService,
    private readonly memberships: MembershipsService,
    private readonly directory: ClusterDirectory,
  ) {}

  async run(): Promise<SeededCluster[]> {
    const seeded: SeededCluster[] = [];
    for (const demo of DEMO_CLUSTERS) {
      const existing = await this.directory.bySlug(demo.slug);
      if (existing) {
        this.logger.log(`${demo.slug}: already there`);
        continue;
      }
      const people = new Map<string, { userId: string; organizationId: string | null; role: string }>();
      const [admin, ...others] = demo.people;
      const adminId = await this.person(admin);
      const cluster = await this.clusters.create(adminId, {
        slug: demo.slug,
        name: demo.name,
        sector: demo.sector,
        country: demo.country,
        region: demo.region,
        description: demo.description,
        defaultLocale: demo.defaultLocale,
      });
      people.set(admin.email, { userId: adminId, organizationId: null, role: 'admin' });
      for (const person of others) {
        const userId = await this.person(person);
        const organizationId = person.organization
          ? (await this.organizations.create(userId, { ...person.organization, country: demo.country })).id
          : null;
        await this.dataSource.transaction((m) => this.memberships.admit(m, cluster.id, userId, person.role, organizationId));
        people.set(person.email, { userId, organizationId, role: person.role });
      }
      seeded.push({ id: cluster.id, slug: demo.slug, sector: demo.sector, country: demo.country, people });
      this.logger.log(`${demo.slug}: ${people.size} people`);
    }
    return seeded;
  }

  private async person(p: DemoPerson): Promise<string> {
    const existing = await this.users.findByEmail(p.email);
    if (existing) return existing.id;
    return (await this.auth.register({ email: p.email, password: DEMO_PASSWORD, displayName: p.displayName, locale: p.locale })).user.id;
  }
}
