import { Global, Module } from '@nestjs/common';
import { MessageFigures } from '@hamkar/messaging';
import { ProcurementFigures } from '@hamkar/procurement';
import { DashboardService } from './dashboard.service';
import { ProjectsService } from './projects.service';
import { ReminderScan } from './reminder-scan';

const services = [DashboardService, ProjectsService, ReminderScan];

// MessageFigures and ProcurementFigures are those libraries' published queries for the dashboard;
// provided here as the diagnostics module does, so their modules stay as they are.
@Global()
@Module({ providers: [...services, MessageFigures, ProcurementFigures], exports: services })
export class ProjectsModule {}
