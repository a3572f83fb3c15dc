import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MessageFigures } from '@hamkar/messaging';
import { ProcurementFigures } from '@hamkar/procurement';
import { DashboardService } from './dashboard.service';
import { ProjectsService } from './projects.service';
import { ReminderScan } from './reminder-scan';
import { Milestone } from './milestone.entity';
import { ProjectMember } from './project-member.entity';
import { Project } from './project.entity';
import { Task } from './task.entity';

/** The tables this context owns: registered here, the data source loads them (autoLoadEntities). */
const entities = [Project, ProjectMember, Milestone, Task];

const services = [DashboardService, ProjectsService, ReminderScan];

// MessageFigures and ProcurementFigures are those libraries' published queries for the dashboard;
// provided here as the diagnostics module does, so their modules stay as they are.
@Global()
@Module({ imports: [TypeOrmModule.forFeature(entities)], providers: [...services, MessageFigures, ProcurementFigures], exports: services })
export class ProjectsModule {}
