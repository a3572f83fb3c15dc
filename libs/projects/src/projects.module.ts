import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClustersModule } from '@hamkar/clusters';
import { IdentityModule } from '@hamkar/identity';
import { MessagingModule } from '@hamkar/messaging';
import { NotificationsModule } from '@hamkar/notifications';
import { OutboxModule } from '@hamkar/outbox';
import { ProcurementModule } from '@hamkar/procurement';
import { RealtimeModule } from '@hamkar/realtime';
import { DashboardService } from './dashboard.service';
import { ProjectFigures } from './project-figures';
import { ProjectsService } from './projects.service';
import { ReminderScan } from './reminder-scan';
import { Milestone } from './milestone.entity';
import { ProjectMember } from './project-member.entity';
import { Project } from './project.entity';
import { Task } from './task.entity';

/** The tables this context owns: registered here, the data source loads them (autoLoadEntities). */
const entities = [Project, ProjectMember, Milestone, Task];

// ProjectFigures is this library's published query, for diagnostics.
const services = [DashboardService, ProjectFigures, ProjectsService, ReminderScan];

// The dashboard reads MessageFigures and ProcurementFigures, the queries those modules export.
@Module({
  imports: [
    TypeOrmModule.forFeature(entities),
    ClustersModule,
    IdentityModule,
    MessagingModule,
    NotificationsModule,
    OutboxModule,
    ProcurementModule,
    RealtimeModule,
  ],
  providers: services,
  exports: services,
})
export class ProjectsModule {}
