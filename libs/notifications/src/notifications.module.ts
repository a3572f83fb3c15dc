import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@hamkar/identity';
import { OutboxModule } from '@hamkar/outbox';
import { NotificationDigest } from './notification-digest';
import { Notifier } from './notifier';
import { NotificationsService } from './notifications.service';
import { PushSubscriptions } from './push/push-subscriptions.service';
import { WebPushSender } from './push/web-push-sender';
import { Notification } from './notification.entity';
import { PushPreference } from './push/push-preference.entity';
import { PushSubscription } from './push/push-subscription.entity';

/** The tables this context owns: registered here, the data source loads them (autoLoadEntities). */
const entities = [Notification, PushSubscription, PushPreference];

@Module({
  imports: [TypeOrmModule.forFeature(entities), IdentityModule, OutboxModule],
  providers: [Notifier, NotificationsService, NotificationDigest, PushSubscriptions, WebPushSender],
  exports: [Notifier, NotificationsService, NotificationDigest, PushSubscriptions, WebPushSender],
})
export class NotificationsModule {}
