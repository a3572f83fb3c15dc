import { Module } from '@nestjs/common';
import { NotificationsModule } from '@hamkar/notifications';
import { NotificationsController } from './notifications.controller';
import { PushController } from './push.controller';

@Module({ imports: [NotificationsModule], controllers: [NotificationsController, PushController] })
export class NotificationsHttpModule {}
