import { ClustersModule } from '@hamkar/clusters';
import { DiagnosticsModule } from '@hamkar/diagnostics';
import { FilesModule } from '@hamkar/files';
import { IdentityModule } from '@hamkar/identity';
import { MessagingModule } from '@hamkar/messaging';
import { NotificationsModule } from '@hamkar/notifications';
import { OutboxModule } from '@hamkar/outbox';
import { PartneringModule } from '@hamkar/partnering';
import { ProcurementModule } from '@hamkar/procurement';
import { ProjectsModule } from '@hamkar/projects';
import { RealtimeModule } from '@hamkar/realtime';
import { SuppliersModule } from '@hamkar/suppliers';

/**
 * The outbox, realtime and every bounded context, in the one order the api, the worker and the demo
 * seed load them (over the database module each puts first). The worker runs no diagnostics:
 * nothing of theirs is a job.
 */
export function contextModules({ diagnostics = true }: { diagnostics?: boolean } = {}) {
  return [
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
    ...(diagnostics ? [DiagnosticsModule] : []),
    PartneringModule,
  ];
}
