import { Global, Module } from '@nestjs/common';
import { NotificationDigest } from './notification-digest';
import { Notifier } from './notifier';
import { NotificationsService } from './notifications.service';
import { PushSubscriptions } from './push/push-subscriptions.service';
import { WebPushSender } from './push/web-push-sender';

@Global()
@Module({
  providers: [Notifier, NotificationsService, NotificationDigest, PushSubscriptions, WebPushSender],
  exports: [Notifier, NotificationsService, NotificationDigest, PushSubscriptions, WebPushSender],
})
export class NotificationsModule {}
