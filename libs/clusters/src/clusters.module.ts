import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessPolicy } from './access/access-policy';
import { AuditLog } from './audit-log';
import { ClusterDirectory } from './cluster-directory';
import { ClusterFigures } from './cluster-figures';
import { ClusterPeople } from './cluster-people';
import { ClustersService } from './clusters.service';
import { InvitationsService } from './invitations.service';
import { MembershipsService } from './memberships.service';
import { OrganizationsService } from './organizations.service';
import { SecurityAudit } from './security-audit';
import { IdentityModule } from '@hamkar/identity';
import { OutboxModule } from '@hamkar/outbox';
import { RealtimeModule } from '@hamkar/realtime';
import { AuditEntry } from './audit-entry.entity';
import { Cluster } from './cluster.entity';
import { Invitation } from './invitation.entity';
import { Membership } from './membership.entity';
import { Organization } from './organization.entity';
import { OrganizationMember } from './organization-member.entity';

/** The tables this context owns: registered here, the data source loads them (autoLoadEntities). */
const entities = [Organization, OrganizationMember, Cluster, Membership, Invitation, AuditEntry];

const services = [
  AccessPolicy,
  AuditLog,
  ClusterDirectory,
  ClusterFigures,
  ClusterPeople,
  ClustersService,
  InvitationsService,
  MembershipsService,
  OrganizationsService,
];

@Module({
  imports: [TypeOrmModule.forFeature(entities), IdentityModule, OutboxModule, RealtimeModule],
  providers: [...services, SecurityAudit],
  exports: services,
})
export class ClustersModule {}
