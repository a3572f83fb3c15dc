import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { pageLimit, UuidParam } from '@hamkar/common';
import { MeetingsService, OffersService } from '@hamkar/partnering';
import { UserId } from '../identity/current-user.decorator';
import { AcceptMeetingDto, MeetingRequestDto, OfferSearchQuery, PostOfferDto } from './dto';

@ApiTags('partnering')
@ApiBearerAuth()
@Controller()
export class PartneringController {
  constructor(
    private readonly offers: OffersService,
    private readonly meetings: MeetingsService,
  ) {}

  @Post('clusters/:clusterId/offers')
  post(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @Body() dto: PostOfferDto) {
    return this.offers.post(userId, clusterId, dto);
  }

  @Get('clusters/:clusterId/offers')
  search(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @Query() q: OfferSearchQuery) {
    return this.offers.search(userId, clusterId, { q: q.q, kind: q.kind, direction: q.direction, hs: q.hs, limit: pageLimit(q) });
  }

  @Get('offers/:id')
  offer(@UserId() userId: string, @UuidParam('id') id: string) {
    return this.offers.get(userId, id);
  }

  @Post('offers/:id/close')
  close(@UserId() userId: string, @UuidParam('id') id: string) {
    return this.offers.close(userId, id);
  }

  @Post('offers/:id/interest')
  interest(@UserId() userId: string, @UuidParam('id') id: string) {
    return this.offers.interested(userId, id);
  }

  @Post('clusters/:clusterId/meetings')
  requestMeeting(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @Body() dto: MeetingRequestDto) {
    return this.meetings.request(userId, clusterId, { ...dto, proposedTimes: dto.proposedTimes.map((t) => new Date(t)) });
  }

  @Get('clusters/:clusterId/meetings')
  myMeetings(@UserId() userId: string, @UuidParam('clusterId') clusterId: string) {
    return this.meetings.mine(userId, clusterId);
  }

  @Get('meetings/:id')
  meeting(@UserId() userId: string, @UuidParam('id') id: string) {
    return this.meetings.get(userId, id);
  }

  @Post('meetings/:id/accept')
  accept(@UserId() userId: string, @UuidParam('id') id: string, @Body() dto: AcceptMeetingDto) {
    return this.meetings.accept(userId, id, new Date(dto.startsAt));
  }

  @Post('meetings/:id/decline')
  decline(@UserId() userId: string, @UuidParam('id') id: string) {
    return this.meetings.decline(userId, id);
  }

  @Post('meetings/:id/cancel')
  cancel(@UserId() userId: string, @UuidParam('id') id: string) {
    return this.meetings.cancel(userId, id);
  }
}
