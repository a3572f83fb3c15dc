import { Channel } from './channel.entity';
import { ChannelMember } from './channel-member.entity';
import { Message } from './message.entity';
import { Reaction } from './reaction.entity';

export * from './channel.entity';
export * from './channel-member.entity';
export * from './message.entity';
export * from './reaction.entity';
export * from './stored-file.entity';
export * from './channel-access';
export * from './channels.service';
export * from './messages.service';
export * from './post-message';
export * from './search.service';
export * from './files.service';
export * from './platform-channels';
export * from './message-view';
export * from './mentions';
export * from './send-budget';
export * from './ordered-broadcast';
export * from './messaging.module';

export const messagingEntities = [Channel, ChannelMember, Message, Reaction];
export * from './message-figures';
