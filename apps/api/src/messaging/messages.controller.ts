import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { UuidParam } from '@hamkar/common';
import { MessageSearch, MessagesService, PostMessage } from '@hamkar/messaging';
import { UserId } from '../identity/current-user.decorator';
import { EditMessageDto, HistoryQuery, PostMessageDto, SearchQuery } from './dto';
import { MessagePage, MessageView } from './views';

@ApiTags('messaging')
@ApiBearerAuth()
@Controller()
export class MessagesController {
  constructor(
    private readonly posting: PostMessage,
    private readonly messages: MessagesService,
    private readonly searching: MessageSearch,
  ) {}

  /** 201 for a new message; 200 with the same message when the clientMessageId was already sent. */
  @Post('channels/:channelId/messages')
  @ApiCreatedResponse({ type: MessageView, description: 'The message, stored now.' })
  @ApiOkResponse({ type: MessageView, description: 'The message stored before with this clientMessageId: nothing new was stored.' })
  async post(
    @UserId() userId: string,
    @UuidParam('channelId') channelId: string,
    @Body() dto: PostMessageDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MessageView> {
    const { message, created } = await this.posting.post(userId, { ...dto, channelId });
    res.status(created ? 201 : 200);
    return message;
  }

  @Get('channels/:channelId/messages')
  @ApiOkResponse({
    type: MessagePage,
    description: 'Top-level messages (not replies): newest first with `before` or no cursor, oldest first with `after`.',
  })
  @ApiQuery({ name: 'limit', required: false, type: Number, description: 'At most 200; 50 without it.' })
  history(@UserId() userId: string, @UuidParam('channelId') channelId: string, @Query() q: HistoryQuery): Promise<MessagePage> {
    return this.messages.history(userId, channelId, { before: q.before, after: q.after, limit: q.limit ?? 50 });
  }

  @Get('messages/:messageId/replies')
  @ApiOkResponse({ type: MessagePage, description: "The thread's replies, oldest first (at most 200)." })
  replies(@UserId() userId: string, @UuidParam('messageId') messageId: string): Promise<MessagePage> {
    return this.messages.replies(userId, messageId);
  }

  @Patch('messages/:messageId')
  @ApiOkResponse({ type: MessageView })
  edit(@UserId() userId: string, @UuidParam('messageId') messageId: string, @Body() dto: EditMessageDto): Promise<MessageView> {
    return this.messages.edit(userId, messageId, dto.body);
  }

  @Delete('messages/:messageId')
  @HttpCode(204)
  async remove(@UserId() userId: string, @UuidParam('messageId') messageId: string) {
    await this.messages.remove(userId, messageId);
  }

  @Put('messages/:messageId/reactions/:emoji')
  @ApiOkResponse({ type: MessageView })
  react(@UserId() userId: string, @UuidParam('messageId') messageId: string, @Param('emoji') emoji: string): Promise<MessageView> {
    return this.messages.react(userId, messageId, emoji, true);
  }

  @Delete('messages/:messageId/reactions/:emoji')
  @ApiOkResponse({ type: MessageView })
  unreact(@UserId() userId: string, @UuidParam('messageId') messageId: string, @Param('emoji') emoji: string): Promise<MessageView> {
    return this.messages.react(userId, messageId, emoji, false);
  }

  @Get('clusters/:clusterId/search')
  @ApiOkResponse({ type: MessagePage, description: 'Messages the caller may read, best match first; nextCursor is null.' })
  @ApiQuery({ name: 'limit', required: false, type: Number, description: 'At most 200; 50 without it.' })
  search(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @Query() q: SearchQuery): Promise<MessagePage> {
    return this.searching.search(userId, clusterId, q.q, q.channelId, q.limit ?? 50);
  }
}
