import { Module } from '@nestjs/common';
import { AppConfigModule, bullRootModule, loggingModule } from '@hamkar/common';
import { ClustersModule } from '@hamkar/clusters';
import { DiagnosticsModule } from '@hamkar/diagnostics';
import { PartneringModule } from '@hamkar/partnering';
import { DatabaseModule } from '@hamkar/database';
import { IdentityModule } from '@hamkar/identity';
import { FilesModule } from '@hamkar/files';
import { MessagingModule } from '@hamkar/messaging';
import { NotificationsModule } from '@hamkar/notifications';
import { ProcurementModule } from '@hamkar/procurement';
import { ProjectsModule } from '@hamkar/projects';
import { SuppliersModule } from '@hamkar/suppliers';
import { OutboxModule } from '@hamkar/outbox';
import { RealtimeModule } from '@hamkar/realtime';
import { ClustersHttpModule } from './clusters/clusters-http.module';
import { HealthModule } from './health/health.module';
import { IdentityHttpModule } from './identity/identity-http.module';
import { MessagingHttpModule } from './messaging/messaging-http.module';
import { NotificationsHttpModule } from './notifications/notifications-http.module';
import { ProcurementHttpModule } from './procurement/procurement-http.module';
import { SuppliersHttpModule } from './suppliers/suppliers-http.module';
import { ProjectsHttpModule } from './projects/projects-http.module';
import { DiagnosticsHttpModule } from './diagnostics/diagnostics-http.module';
import { PartneringHttpModule } from './partnering/partnering-http.module';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { RealtimeHttpModule } from './realtime/realtime-http.module';
import { SystemModule } from './system/system.module';

/** The api: HTTP controllers and the Socket.IO gateway over the domain libraries. */
@Module({})
export class AppModule {
  static register(overrides: Partial<Record<string, string>> = {}) {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(overrides),
        loggingModule('api'),
        DatabaseModule,
        bullRootModule(),
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
        IdentityHttpModule,
        RateLimitModule,
        RealtimeHttpModule,
        HealthModule,
        SystemModule,
        ClustersHttpModule,
        NotificationsHttpModule,
        MessagingHttpModule,
        ProcurementHttpModule,
        SuppliersHttpModule,
        ProjectsHttpModule,
        DiagnosticsHttpModule,
        PartneringHttpModule,
      ],
    };
  }
}
