import { Type } from 'class-transformer';
import { IsArray, IsInt, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { Digits } from '@hamkar/common';
import { PostMessageDto } from '../messaging/dto';

// Socket events go through the same `validateInput` as HTTP bodies: one schema per use case.
// How many ids `sync` and `presence` may name is the gateway's budget, not a format rule.

/** `message:send`: the HTTP body of `POST /channels/:id/messages`, with the channel named in it. */
export class SendMessageEvent extends PostMessageDto {
  @IsUUID()
  channelId: string;
}

export class ChannelCursor {
  @IsUUID()
  channelId: string;

  @Digits('number')
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  afterSeq: number;
}

export class SyncEvent {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ChannelCursor)
  channels: ChannelCursor[];
}

export class TypingEvent {
  @IsUUID()
  channelId: string;
}

export class ChannelReadEvent {
  @IsUUID()
  channelId: string;

  @Digits('number')
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  seq: number;
}

export class PresenceEvent {
  @IsArray()
  @IsUUID('all', { each: true })
  userIds: string[];
}
