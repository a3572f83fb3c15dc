import { Module } from '@nestjs/common';
import { ClustersModule } from '@hamkar/clusters';
import { IdentityModule } from '@hamkar/identity';
import { RealtimeModule } from '@hamkar/realtime';
import { RealtimeGateway } from './realtime.gateway';
import { SocketRoomSources } from './socket-rooms';

@Module({
  imports: [IdentityModule, ClustersModule, RealtimeModule],
  providers: [RealtimeGateway, SocketRoomSources],
  exports: [SocketRoomSources],
})
export class RealtimeHttpModule {}
