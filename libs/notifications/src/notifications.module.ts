import { Global, Module } from '@nestjs/common';
import { NotificationDigest } from './notification-digest';
import { Notifier } from './notifier';
import { NotificationsService } from './notifications.service';

@Global()
@Module({ providers: [Notifier, NotificationsService, NotificationDigest], exports: [Notifier, NotificationsService, NotificationDigest] })
export class NotificationsModule {}
