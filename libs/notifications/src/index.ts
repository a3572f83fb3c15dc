import { Notification } from './notification.entity';

export * from './notification.entity';
export * from './notifier';
export * from './notification-digest';
export * from './notifications.service';
export * from './notifications.module';

export const notificationsEntities = [Notification];
