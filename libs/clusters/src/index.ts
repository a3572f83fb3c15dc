import { AuditEntry } from './audit-entry.entity';
import { Cluster } from './cluster.entity';
import { Invitation } from './invitation.entity';
import { Membership } from './membership.entity';
import { Organization } from './organization.entity';
import { OrganizationMember } from './organization-member.entity';

export * from './organization.entity';
export * from './organization-member.entity';
export * from './cluster.entity';
export * from './membership.entity';
export * from './invitation.entity';
export * from './audit-entry.entity';
export * from './access/permissions';
export * from './access/access-policy';
export * from './audit-log';
export * from './organizations.service';
export * from './clusters.service';
export * from './cluster-directory';
export * from './cluster-figures';
export * from './cluster-people';
export * from './cluster-sql';
export * from './memberships.service';
export * from './invitations.service';
export * from './clusters.module';

export const clustersEntities = [Organization, OrganizationMember, Cluster, Membership, Invitation, AuditEntry];
