import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChannelAccessPolicy } from './channel-access';
import { ChannelsService } from './channels.service';
import { FilesService } from './files.service';
import { MessageReader } from './message-reader';
import { MessagesService } from './messages.service';
import { PlatformChannels } from './platform-channels';
import { PostMessage } from './post-message';
import { MessageSearch } from './search.service';
import { Channel } from './channel.entity';
import { ChannelMember } from './channel-member.entity';
import { Message } from './message.entity';
import { Reaction } from './reaction.entity';

/** The tables this context owns: registered here, the data source loads them (autoLoadEntities). */
const entities = [Channel, ChannelMember, Message, Reaction];

const services = [
  ChannelAccessPolicy,
  ChannelsService,
  FilesService,
  MessageReader,
  MessagesService,
  PlatformChannels,
  PostMessage,
  MessageSearch,
];

@Global()
@Module({ imports: [TypeOrmModule.forFeature(entities)], providers: services, exports: services })
export class MessagingModule {}
