import { Module } from '@nestjs/common';
import { ClustersModule } from '@hamkar/clusters';
import { ClustersController } from './clusters.controller';
import { InvitationsController } from './invitations.controller';
import { OrganizationsController } from './organizations.controller';

@Module({ imports: [ClustersModule], controllers: [OrganizationsController, ClustersController, InvitationsController] })
export class ClustersHttpModule {}
