import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClustersModule } from '@hamkar/clusters';
import { FilesModule } from '@hamkar/files';
import { NotificationsModule } from '@hamkar/notifications';
import { RealtimeModule } from '@hamkar/realtime';
import { ChannelAccessPolicy } from './channel-access';
import { ChannelsService } from './channels.service';
import { FilesService } from './files.service';
import { MessageFigures } from './message-figures';
import { MessageReader } from './message-reader';
import { MessagesService } from './messages.service';
import { PlatformChannels } from './platform-channels';
import { PostMessage } from './post-message';
import { MessageSearch } from './search.service';
import { WordFrequencies } from './word-frequencies';
import { Channel } from './channel.entity';
import { ChannelMember } from './channel-member.entity';
import { Message } from './message.entity';
import { Reaction } from './reaction.entity';

/** The tables this context owns: registered here, the data source loads them (autoLoadEntities). */
const entities = [Channel, ChannelMember, Message, Reaction];

/** What the api and the other contexts use (MessageFigures: the dashboard's query, for projects). */
const published = [
  ChannelAccessPolicy,
  ChannelsService,
  FilesService,
  MessageFigures,
  MessagesService,
  PlatformChannels,
  PostMessage,
  MessageSearch,
];

@Module({
  imports: [TypeOrmModule.forFeature(entities), ClustersModule, FilesModule, NotificationsModule, RealtimeModule],
  providers: [...published, MessageReader, WordFrequencies],
  exports: published,
})
export class MessagingModule {}
