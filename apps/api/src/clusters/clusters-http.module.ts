import { Module } from '@nestjs/common';
import { ClustersController } from './clusters.controller';
import { InvitationsController } from './invitations.controller';
import { OrganizationsController } from './organizations.controller';

@Module({ controllers: [OrganizationsController, ClustersController, InvitationsController] })
export class ClustersHttpModule {}
