import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { pageLimit, UuidParam } from '@hamkar/common';
import { MeetingsService, OffersService } from '@hamkar/partnering';
import { UserId } from '../identity/current-user.decorator';
import { AcceptMeetingDto, MeetingRequestDto, OfferSearchQuery, PostOfferDto } from './dto';
import { OfferInterestView, PartnerMeetingPage, PartnerMeetingView, PartnerOfferPage, PartnerOfferView } from './views';

@ApiTags('partnering')
@ApiBearerAuth()
@Controller()
export class PartneringController {
  constructor(
    private readonly offers: OffersService,
    private readonly meetings: MeetingsService,
  ) {}

  @Post('clusters/:clusterId/offers')
  @ApiCreatedResponse({ type: PartnerOfferView })
  post(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @Body() dto: PostOfferDto): Promise<PartnerOfferView> {
    return this.offers.post(userId, clusterId, dto);
  }

  @Get('clusters/:clusterId/offers')
  @ApiOkResponse({ type: PartnerOfferPage })
  // PageQuery lives in libs/common, which stays free of swagger: its limit is described here.
  @ApiQuery({ name: 'limit', required: false, type: Number, description: 'At most 200; 50 without it.' })
  search(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @Query() q: OfferSearchQuery): Promise<PartnerOfferPage> {
    return this.offers.search(userId, clusterId, { q: q.q, kind: q.kind, direction: q.direction, hs: q.hs, limit: pageLimit(q) });
  }

  @Get('offers/:id')
  @ApiOkResponse({ type: PartnerOfferView })
  offer(@UserId() userId: string, @UuidParam('id') id: string): Promise<PartnerOfferView> {
    return this.offers.get(userId, id);
  }

  @Post('offers/:id/close')
  @ApiCreatedResponse({ type: PartnerOfferView })
  close(@UserId() userId: string, @UuidParam('id') id: string): Promise<PartnerOfferView> {
    return this.offers.close(userId, id);
  }

  @Post('offers/:id/interest')
  @ApiCreatedResponse({ type: OfferInterestView })
  interest(@UserId() userId: string, @UuidParam('id') id: string): Promise<OfferInterestView> {
    return this.offers.interested(userId, id);
  }

  @Post('clusters/:clusterId/meetings')
  @ApiCreatedResponse({ type: PartnerMeetingView })
  requestMeeting(
    @UserId() userId: string,
    @UuidParam('clusterId') clusterId: string,
    @Body() dto: MeetingRequestDto,
  ): Promise<PartnerMeetingView> {
    return this.meetings.request(userId, clusterId, { ...dto, proposedTimes: dto.proposedTimes.map((t) => new Date(t)) });
  }

  @Get('clusters/:clusterId/meetings')
  @ApiOkResponse({ type: PartnerMeetingPage })
  myMeetings(@UserId() userId: string, @UuidParam('clusterId') clusterId: string): Promise<PartnerMeetingPage> {
    return this.meetings.mine(userId, clusterId);
  }

  @Get('meetings/:id')
  @ApiOkResponse({ type: PartnerMeetingView })
  meeting(@UserId() userId: string, @UuidParam('id') id: string): Promise<PartnerMeetingView> {
    return this.meetings.get(userId, id);
  }

  @Post('meetings/:id/accept')
  @ApiCreatedResponse({ type: PartnerMeetingView })
  accept(@UserId() userId: string, @UuidParam('id') id: string, @Body() dto: AcceptMeetingDto): Promise<PartnerMeetingView> {
    return this.meetings.accept(userId, id, new Date(dto.startsAt));
  }

  @Post('meetings/:id/decline')
  @ApiCreatedResponse({ type: PartnerMeetingView })
  decline(@UserId() userId: string, @UuidParam('id') id: string): Promise<PartnerMeetingView> {
    return this.meetings.decline(userId, id);
  }

  @Post('meetings/:id/cancel')
  @ApiCreatedResponse({ type: PartnerMeetingView })
  cancel(@UserId() userId: string, @UuidParam('id') id: string): Promise<PartnerMeetingView> {
    return this.meetings.cancel(userId, id);
  }
}
