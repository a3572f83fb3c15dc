import { Global, Module } from '@nestjs/common';
import { ChannelAccessPolicy } from './channel-access';
import { ChannelsService } from './channels.service';
import { FilesService } from './files.service';
import { MessageReader } from './message-reader';
import { MessagesService } from './messages.service';
import { PlatformChannels } from './platform-channels';
import { PostMessage } from './post-message';
import { MessageSearch } from './search.service';

const services = [ChannelAccessPolicy, ChannelsService, FilesService, MessageReader, MessagesService, PlatformChannels, PostMessage, MessageSearch];

@Global()
@Module({ providers: services, exports: services })
export class MessagingModule {}
