import { Module } from '@nestjs/common';
import { AppConfigModule } from '@hamkar/common';
import { ClustersModule } from '@hamkar/clusters';
import { DatabaseModule } from '@hamkar/database';
import { IdentityModule } from '@hamkar/identity';
import { NotificationsModule } from '@hamkar/notifications';
import { OutboxModule } from '@hamkar/outbox';
import { RealtimeModule } from '@hamkar/realtime';
import { DemoActivity } from './demo-activity';
import { DemoSeed } from './demo-seed';
import { DemoDevelopment } from './demo-development';
import { DiagnosticsModule } from '@hamkar/diagnostics';
import { PartneringModule } from '@hamkar/partnering';
import { FilesModule } from '@hamkar/files';
import { MessagingModule } from '@hamkar/messaging';
import { ProcurementModule } from '@hamkar/procurement';
import { ProjectsModule } from '@hamkar/projects';
import { SuppliersModule } from '@hamkar/suppliers';

@Module({
  imports: [
    AppConfigModule.forRoot(),
    DatabaseModule,
    OutboxModule,
    RealtimeModule,
    IdentityModule,
    ClustersModule,
    NotificationsModule,
    FilesModule,
    MessagingModule,
    ProcurementModule,
    SuppliersModule,
    ProjectsModule,
    DiagnosticsModule,
    PartneringModule,
  ],
  providers: [DemoSeed, DemoActivity, DemoDevelopment],
})
export class DemoModule {}
