import { Global, Module } from '@nestjs/common';
import { PresenceTracker } from './presence';
import { RealtimePublisher } from './realtime-publisher';

@Global()
@Module({ providers: [RealtimePublisher, PresenceTracker], exports: [RealtimePublisher, PresenceTracker] })
export class RealtimeModule {}
