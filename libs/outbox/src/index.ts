export * from './outbox-message.entity';
export * from './outbox';
export * from './outbox-relay';
export * from './outbox.module';
