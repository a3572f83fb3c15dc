import { Global, Module } from '@nestjs/common';
import { DashboardService } from './dashboard.service';
import { ProjectsService } from './projects.service';
import { ReminderScan } from './reminder-scan';

const services = [DashboardService, ProjectsService, ReminderScan];

@Global()
@Module({ providers: services, exports: services })
export class ProjectsModule {}
