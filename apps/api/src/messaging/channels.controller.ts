import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '@hamkar/common';
import { ChannelsService } from '@hamkar/messaging';
import { UserId } from '../identity/current-user.decorator';
import { AddChannelMemberDto, CreateChannelDto, DirectChannelDto, ReadMarkerDto, UpdateChannelDto } from './dto';
import { ChannelMemberPage, ChannelPage, ChannelView } from './views';

@ApiTags('messaging')
@ApiBearerAuth()
@Controller()
export class ChannelsController {
  constructor(private readonly channels: ChannelsService) {}

  @Post('clusters/:clusterId/channels')
  @ApiCreatedResponse({ type: ChannelView })
  create(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @Body() dto: CreateChannelDto): Promise<ChannelView> {
    return this.channels.create(userId, clusterId, dto);
  }

  @Get('clusters/:clusterId/channels')
  @ApiOkResponse({ type: ChannelPage })
  async list(@UserId() userId: string, @UuidParam('clusterId') clusterId: string): Promise<ChannelPage> {
    return { items: await this.channels.list(userId, clusterId), nextCursor: null };
  }

  @Post('clusters/:clusterId/direct')
  @HttpCode(200)
  @ApiOkResponse({ type: ChannelView, description: 'The conversation of these people and the caller: the same one every time.' })
  direct(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @Body() dto: DirectChannelDto): Promise<ChannelView> {
    return this.channels.direct(userId, clusterId, dto.userIds);
  }

  @Get('channels/:channelId')
  @ApiOkResponse({ type: ChannelView })
  get(@UserId() userId: string, @UuidParam('channelId') channelId: string): Promise<ChannelView> {
    return this.channels.get(userId, channelId);
  }

  /** Topic (members) and archiving (creator or admin). */
  @Patch('channels/:channelId')
  @ApiOkResponse({ type: ChannelView })
  update(@UserId() userId: string, @UuidParam('channelId') channelId: string, @Body() dto: UpdateChannelDto): Promise<ChannelView> {
    return this.channels.update(userId, channelId, dto);
  }

  @Post('channels/:channelId/join')
  @HttpCode(200)
  @ApiOkResponse({ type: ChannelView })
  join(@UserId() userId: string, @UuidParam('channelId') channelId: string): Promise<ChannelView> {
    return this.channels.join(userId, channelId);
  }

  @Post('channels/:channelId/leave')
  @HttpCode(204)
  async leave(@UserId() userId: string, @UuidParam('channelId') channelId: string) {
    await this.channels.leave(userId, channelId);
  }

  /** Who is in the channel (anyone who may read it); roles and organizations come with the cluster's members. */
  @Get('channels/:channelId/members')
  @ApiOkResponse({ type: ChannelMemberPage })
  async members(@UserId() userId: string, @UuidParam('channelId') channelId: string): Promise<ChannelMemberPage> {
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
