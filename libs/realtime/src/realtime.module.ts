import { Module } from '@nestjs/common';
import { PresenceTracker } from './presence';
import { RealtimePublisher } from './realtime-publisher';

@Module({ providers: [RealtimePublisher, PresenceTracker], exports: [RealtimePublisher, PresenceTracker] })
export class RealtimeModule {}
