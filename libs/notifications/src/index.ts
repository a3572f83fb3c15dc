import { Notification } from './notification.entity';
import { PushPreference } from './push/push-preference.entity';
import { PushSubscription } from './push/push-subscription.entity';

export * from './notification.entity';
export * from './notifier';
export * from './notification-digest';
export * from './notifications.service';
export * from './notifications.module';
export * from './push/push-policy';
export * from './push/push-subscriptions.service';
export * from './push/web-push-sender';
export { PushPreference, PushSubscription };

export const notificationsEntities = [Notification, PushSubscription, PushPreference];
