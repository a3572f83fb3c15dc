export * from './rooms';
export * from './realtime-publisher';
export * from './realtime.module';
export * from './presence';
export type {
  Ack,
  AckAnswer,
  AckProblem,
  ClientEventName,
  ClientToServerEvents,
  ServerEventName,
  ServerPayload,
  ServerToClientEvents,
} from './events';
