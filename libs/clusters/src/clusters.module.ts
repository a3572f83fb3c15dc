import { Global, Module } from '@nestjs/common';
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
import { SECURITY_EVENTS } from '@hamkar/identity';

const services = [AccessPolicy, AuditLog, ClusterDirectory, ClusterFigures, ClusterPeople, ClustersService, InvitationsService, MembershipsService, OrganizationsService];

@Global()
@Module({
  providers: [...services, SecurityAudit, { provide: SECURITY_EVENTS, useExisting: SecurityAudit }],
  exports: [...services, SECURITY_EVENTS],
})
export class ClustersModule {}
