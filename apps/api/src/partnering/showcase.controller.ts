import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '@hamkar/common';
import { ShowcaseService } from '@hamkar/partnering';
import { UserId } from '../identity/current-user.decorator';
import { Public } from '../identity/public.decorator';
import { RateLimited } from '../rate-limit/rate-limited.decorator';
import { ContactDto, ListingDto, PublicPageDto } from './dto';
import { ContactReceivedView, PublicClusterView, PublicPageSettingsView } from './views';

@ApiTags('partnering')
@Controller()
export class ShowcaseController {
  constructor(private readonly showcase: ShowcaseService) {}

  @ApiBearerAuth()
  @Get('clusters/:clusterId/public-page')
  @ApiOkResponse({ type: PublicPageSettingsView })
  settings(@UserId() userId: string, @UuidParam('clusterId') clusterId: string): Promise<PublicPageSettingsView> {
    return this.showcase.settings(userId, clusterId);
  }

  @ApiBearerAuth()
  @Put('clusters/:clusterId/public-page')
  @ApiOkResponse({ type: PublicPageSettingsView })
  publish(
    @UserId() userId: string,
    @UuidParam('clusterId') clusterId: string,
    @Body() dto: PublicPageDto,
  ): Promise<PublicPageSettingsView> {
    return this.showcase.publish(userId, clusterId, dto);
  }

  @ApiBearerAuth()
  @Put('clusters/:clusterId/public-page/listing')
  @ApiOkResponse({ type: PublicPageSettingsView })
  list(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @Body() dto: ListingDto): Promise<PublicPageSettingsView> {
    return this.showcase.list(userId, clusterId, dto);
  }

  @Public()
  @Get('public/clusters/:slug')
  @ApiOkResponse({ type: PublicClusterView })
  page(@Param('slug') slug: string): Promise<PublicClusterView> {
    return this.showcase.page(slug);
  }

  // Anyone may write here, so it counts against the same per-address limit as creating an account.
  @Public()
  @RateLimited('register')
  @Post('public/clusters/:slug/contact')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: ContactReceivedView })
  contact(@Param('slug') slug: string, @Body() dto: ContactDto): Promise<ContactReceivedView> {
    return this.showcase.contact(slug, dto);
  }
}
