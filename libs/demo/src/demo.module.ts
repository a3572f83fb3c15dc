import { Module } from '@nestjs/common';
import { AppConfigModule } from '@hamkar/common';
import { ClustersModule } from '@hamkar/clusters';
import { DatabaseModule } from '@hamkar/database';
import { IdentityModule } from '@hamkar/identity';
import { NotificationsModule } from '@hamkar/notifications';
import { OutboxModule } from '@hamkar/outbox';
import { RealtimeModule } from '@hamkar/realtime';
import { DemoSeed } from './demo-seed';

@Module({
  imports: [AppConfigModule.forRoot(), DatabaseModule, OutboxModule, RealtimeModule, IdentityModule, ClustersModule, NotificationsModule],
  providers: [DemoSeed],
})
export class DemoModule {}
