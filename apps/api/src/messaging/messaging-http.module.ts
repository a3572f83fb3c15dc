import { Module, OnModuleInit } from '@nestjs/common';
import { ChannelAccessPolicy, MessagingModule } from '@hamkar/messaging';
import { RealtimeModule, rooms } from '@hamkar/realtime';
import { UploadsModule } from '../files/uploads.module';
import { MessagingGateway } from '../realtime/messaging.gateway';
import { RealtimeHttpModule } from '../realtime/realtime-http.module';
import { SocketRoomSources } from '../realtime/socket-rooms';
import { ChannelsController } from './channels.controller';
import { FilesController } from './files.controller';
import { MessagesController } from './messages.controller';

@Module({
  imports: [UploadsModule, MessagingModule, RealtimeModule, RealtimeHttpModule],
  controllers: [ChannelsController, MessagesController, FilesController],
  providers: [MessagingGateway],
})
export class MessagingHttpModule implements OnModuleInit {
  constructor(
    private readonly roomSources: SocketRoomSources,
    private readonly access: ChannelAccessPolicy,
  ) {}

  /** A connecting socket starts in the room of every channel its user belongs to. */
  onModuleInit() {
    this.roomSources.register(async (userId) => (await this.access.joinedChannelIds(userId)).map(rooms.channel));
  }
}
