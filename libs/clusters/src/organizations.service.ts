import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { NotFound } from '@hamkar/common';
import { Membership } from './membership.entity';
import { Organization, OrganizationKind } from './organization.entity';
import { OrganizationMember } from './organization-member.entity';

export interface NewOrganization {
  name: string;
  kind: OrganizationKind;
  country: string;
  city: string;
  lat?: number;
  lng?: number;
  description?: string;
}

@Injectable()
export class OrganizationsService {
  constructor(private readonly dataSource: DataSource) {}

  async create(userId: string, input: NewOrganization): Promise<Organization> {
    return this.dataSource.transaction((manager) => this.createIn(manager, userId, input));
  }

  /** The organization and its creator's admin seat in it, inside the caller's transaction (seeding). */
  async createIn(manager: EntityManager, userId: string, input: NewOrganization): Promise<Organization> {
    const org = await manager.save(
      Organization,
      manager.create(Organization, {
        ...input,
        name: input.name.trim(),
        country: input.country.toUpperCase(),
        lat: input.lat ?? null,
        lng: input.lng ?? null,
        description: input.description ?? null,
        createdBy: userId,
      }),
    );
    await manager.insert(OrganizationMember, { organizationId: org.id, userId, role: 'admin' });
    return org;
  }

  /**
   * Organizations are seen by their own people and by members of a cluster the organization
   * takes part in; to anyone else they do not exist.
   */
  async getVisible(userId: string, organizationId: string): Promise<Organization> {
    const visible = await this.dataSource.query(
      `SELECT 1 FROM organization_members WHERE organization_id = $1 AND user_id = $2
       UNION ALL
       SELECT 1 FROM memberships theirs JOIN memberships mine ON mine.cluster_id = theirs.cluster_id
        WHERE theirs.organization_id = $1 AND mine.user_id = $2
       LIMIT 1`,
      [organizationId, userId],
    );
    const org = visible.length ? await this.dataSource.manager.findOneBy(Organization, { id: organizationId }) : null;
    if (!org) throw new NotFound('organization');
    return org;
  }

  async get(organizationId: string, manager: EntityManager = this.dataSource.manager): Promise<Organization | null> {
    return manager.findOneBy(Organization, { id: organizationId });
  }

  async ofUser(userId: string): Promise<Organization[]> {
    return this.dataSource
      .getRepository(Organization)
      .createQueryBuilder('o')
      .innerJoin(OrganizationMember, 'om', 'om.organization_id = o.id AND om.user_id = :userId', { userId })
      .orderBy('o.name')
      .getMany();
  }

  /** Organizations that take part in a cluster (through at least one member). */
  async inCluster(clusterId: string): Promise<Organization[]> {
    return this.dataSource
      .getRepository(Organization)
      .createQueryBuilder('o')
      .where(
        (qb) => `o.id IN ${qb.subQuery().select('m.organization_id').from(Membership, 'm').where('m.cluster_id = :clusterId').getQuery()}`,
        { clusterId },
      )
      .orderBy('o.name')
      .getMany();
  }
}
