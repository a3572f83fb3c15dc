import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { UuidParam } from '@hamkar/common';
import { MessageSearch, MessagesService, PostMessage } from '@hamkar/messaging';
import { UserId } from '../identity/current-user.decorator';
import { EditMessageDto, HistoryQuery, PostMessageDto, SearchQuery } from './dto';

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
  async post(
    @UserId() userId: string,
    @UuidParam('channelId') channelId: string,
    @Body() dto: PostMessageDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { message, created } = await this.posting.post(userId, { ...dto, channelId });
    res.status(created ? 201 : 200);
    return message;
  }

  @Get('channels/:channelId/messages')
  history(@UserId() userId: string, @UuidParam('channelId') channelId: string, @Query() q: HistoryQuery) {
    return this.messages.history(userId, channelId, { before: q.before, after: q.after, limit: q.limit ?? 50 });
  }

  @Get('messages/:messageId/replies')
  replies(@UserId() userId: string, @UuidParam('messageId') messageId: string) {
    return this.messages.replies(userId, messageId);
  }

  @Patch('messages/:messageId')
  edit(@UserId() userId: string, @UuidParam('messageId') messageId: string, @Body() dto: EditMessageDto) {
    return this.messages.edit(userId, messageId, dto.body);
  }

  @Delete('messages/:messageId')
  @HttpCode(204)
  async remove(@UserId() userId: string, @UuidParam('messageId') messageId: string) {
    await this.messages.remove(userId, messageId);
  }

  @Put('messages/:messageId/reactions/:emoji')
  react(@UserId() userId: string, @UuidParam('messageId') messageId: string, @Param('emoji') emoji: string) {
    return this.messages.react(userId, messageId, emoji, true);
  }

  @Delete('messages/:messageId/reactions/:emoji')
  unreact(@UserId() userId: string, @UuidParam('messageId') messageId: string, @Param('emoji') emoji: string) {
    return this.messages.react(userId, messageId, emoji, false);
  }

  @Get('clusters/:clusterId/search')
  search(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @Query() q: SearchQuery) {
    return this.searching.search(userId, clusterId, q.q, q.channelId, q.limit ?? 50);
  }
}
