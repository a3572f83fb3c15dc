import { ApiProperty } from '@nestjs/swagger';
import { CHANNEL_KINDS, type ChannelKind } from '@hamkar/messaging';
import type { ServerPayload } from '@hamkar/realtime';
import { FileView } from '../files/views';
import { nullableTime, nullableUuid, time, uuid, whole } from '../openapi-properties';

/*
 * The answers of the channel and message routes, for the OpenAPI document (see identity/views.ts).
 * A message and a channel travel over the socket too (`message:new`, `channel:updated`, their payloads
 * in libs/realtime/src/events.ts): the classes here implement those payloads, so the server stops
 * compiling when the two drift apart, and the web client, which takes messages from both, gets one type.
 */

type MessagePayload = ServerPayload<'message:new'>;
type ChannelPayload = ServerPayload<'channel:updated'>;

export class ChannelView implements ChannelPayload {
  @ApiProperty(uuid) id: string;
  @ApiProperty(uuid) clusterId: string;
  @ApiProperty({ example: 'خرید پشم', description: "Direct channels are all named 'direct': show their members instead." }) name: string;
  @ApiProperty({ enum: CHANNEL_KINDS }) kind: ChannelKind;
  @ApiProperty({ type: String, nullable: true }) topic: string | null;
  @ApiProperty({ ...whole, description: "The seq of the channel's newest message; 0 when it has none." }) lastSeq: number;
  @ApiProperty({ ...nullableTime, description: 'An archived channel keeps its history but takes no new messages.' })
  archivedAt: Date | null;
  @ApiProperty(time) createdAt: Date;
}

/** A channel in the cluster's list, with the caller's place in it. */
export class ChannelListItemView extends ChannelView {
  @ApiProperty({ description: 'False for a public channel the caller has not joined.' }) isMember: boolean;
  @ApiProperty({ ...whole, description: "Messages after the read marker, not counting the reader's own; 0 when not a member." })
  unreadCount: number;
  @ApiProperty({ ...whole, description: 'Messages after the read marker that mention the reader.' }) mentionCount: number;
  @ApiProperty({ ...nullableTime, description: "When the oldest message not read yet was written (the reader's own do not count)." })
  firstUnreadAt: Date | null;
  @ApiProperty({ ...nullableTime, description: 'When the oldest unread message that mentions the reader was written.' })
  firstMentionAt: Date | null;
  @ApiProperty({ ...whole, description: 'The seq the reader has read up to; 0 when not a member.' }) lastReadSeq: number;
  @ApiProperty({ type: [String], description: 'For a direct channel, everyone in it (the reader too), sorted; empty for the others.' })
  memberIds: string[];
}

export class ChannelPage {
  @ApiProperty({ type: [ChannelListItemView], description: 'Every channel the caller may read: the public ones, and those they are in.' })
  items: ChannelListItemView[];
  @ApiProperty({ type: String, nullable: true, description: 'Always null: the list comes whole.' }) nextCursor: string | null;
}

export class ChannelMemberView {
  @ApiProperty(uuid) userId: string;
  @ApiProperty(time) joinedAt: Date;
}

export class ChannelMemberPage {
  @ApiProperty({ type: [ChannelMemberView], description: "In the order they came; roles and organizations are the cluster's members." })
  items: ChannelMemberView[];
  @ApiProperty({ type: String, nullable: true, description: 'Always null: the list comes whole.' }) nextCursor: string | null;
}

export class ReactionView {
  @ApiProperty({ example: '👍' }) emoji: string;
  @ApiProperty(whole) count: number;
  @ApiProperty({ description: 'Whether the caller is one of them (false in socket events, which go to everyone).' }) me: boolean;
}

/** A message; a deleted one keeps its place (and seq) with its body, mentions, reactions and attachments gone. */
export class MessageView implements MessagePayload {
  @ApiProperty(uuid) id: string;
  @ApiProperty(uuid) channelId: string;
  @ApiProperty({ ...whole, description: 'Its place in the channel: 1, 2, 3 …, replies included.' }) seq: number;
  @ApiProperty(uuid) authorId: string;
  @ApiProperty({ description: 'Mentions are written `<@userId>` in it.' }) body: string;
  @ApiProperty({ ...nullableUuid, description: 'The message this one replies to, in its thread.' }) threadRootId: string | null;
  @ApiProperty(whole) replyCount: number;
  @ApiProperty({ type: [String], description: 'The people it mentions (user ids).' }) mentions: string[];
  @ApiProperty({ type: [ReactionView], description: 'Per emoji, in the order first used.' }) reactions: ReactionView[];
  @ApiProperty({ type: [FileView] }) attachments: FileView[];
  @ApiProperty({ description: 'Chosen by the sender; sending again with it gives this message back.' }) clientMessageId: string;
  @ApiProperty(time) createdAt: Date;
  @ApiProperty(nullableTime) editedAt: Date | null;
  @ApiProperty(nullableTime) deletedAt: Date | null;
}

export class MessagePage {
  @ApiProperty({ type: [MessageView] }) items: MessageView[];
  @ApiProperty({
    type: String,
    nullable: true,
    example: '1234',
    description: "When there are more: the last message's seq, to ask for the next page with (`before` it, or `after` it); else null.",
  })
  nextCursor: string | null;
}
