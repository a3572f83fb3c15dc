import { Global, Module } from '@nestjs/common';
import { Notifier } from './notifier';
import { NotificationsService } from './notifications.service';

@Global()
@Module({ providers: [Notifier, NotificationsService], exports: [Notifier, NotificationsService] })
export class NotificationsModule {}
