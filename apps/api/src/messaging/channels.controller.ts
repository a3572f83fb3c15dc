import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '@hamkar/common';
import { ChannelsService } from '@hamkar/messaging';
import { UserId } from '../identity/current-user.decorator';
import { AddChannelMemberDto, CreateChannelDto, DirectChannelDto, ReadMarkerDto, UpdateChannelDto } from './dto';

@ApiTags('messaging')
@ApiBearerAuth()
@Controller()
export class ChannelsController {
  constructor(private readonly channels: ChannelsService) {}

  @Post('clusters/:clusterId/channels')
  create(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @Body() dto: CreateChannelDto) {
    return this.channels.create(userId, clusterId, dto);
  }

  @Get('clusters/:clusterId/channels')
  async list(@UserId() userId: string, @UuidParam('clusterId') clusterId: string) {
    return { items: await this.channels.list(userId, clusterId), nextCursor: null };
  }

  @Post('clusters/:clusterId/direct')
  @HttpCode(200)
  direct(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @Body() dto: DirectChannelDto) {
    return this.channels.direct(userId, clusterId, dto.userIds);
  }

  @Get('channels/:channelId')
  get(@UserId() userId: string, @UuidParam('channelId') channelId: string) {
    return this.channels.get(userId, channelId);
  }

  /** Topic (members) and archiving (creator or admin). */
  @Patch('channels/:channelId')
  update(@UserId() userId: string, @UuidParam('channelId') channelId: string, @Body() dto: UpdateChannelDto) {
    return this.channels.update(userId, channelId, dto);
  }

  @Post('channels/:channelId/join')
  @HttpCode(200)
  join(@UserId() userId: string, @UuidParam('channelId') channelId: string) {
    return this.channels.join(userId, channelId);
  }

  @Post('channels/:channelId/leave')
  @HttpCode(204)
  async leave(@UserId() userId: string, @UuidParam('channelId') channelId: string) {
    await this.channels.leave(userId, channelId);
  }

  /** Who is in the channel (anyone who may read it); roles and organizations come with the cluster's members. */
  @Get('channels/:channelId/members')
  async members(@UserId() userId: string, @UuidParam('channelId') channelId: string) {
    return { items: await this.channels.members(userId, channelId), nextCursor: null };
  }

  @Post('channels/:channelId/members')
  @HttpCode(204)
  async addMember(@UserId() userId: string, @UuidParam('channelId') channelId: string, @Body() dto: AddChannelMemberDto) {
    await this.channels.addMember(userId, channelId, dto.userId);
  }

  @Post('channels/:channelId/read')
  @HttpCode(204)
  async read(@UserId() userId: string, @UuidParam('channelId') channelId: string, @Body() dto: ReadMarkerDto) {
    await this.channels.markRead(userId, channelId, dto.seq);
  }
}
