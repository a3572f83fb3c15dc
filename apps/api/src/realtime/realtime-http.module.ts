import { Global, Module } from '@nestjs/common';
import { RealtimeGateway } from './realtime.gateway';
import { SocketRoomSources } from './socket-rooms';

@Global()
@Module({ providers: [RealtimeGateway, SocketRoomSources], exports: [SocketRoomSources] })
export class RealtimeHttpModule {}
