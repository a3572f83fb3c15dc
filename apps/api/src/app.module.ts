import { Module } from '@nestjs/common';
import { AppConfigModule, bullRootModule, loggingModule } from '@hamkar/common';
import { contextModules } from '@hamkar/contexts';
import { DatabaseModule } from '@hamkar/database';
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
        ...contextModules(),
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
