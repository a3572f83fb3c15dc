import { Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PushSubscriptions } from '@hamkar/notifications';
import { UserId } from '../identity/current-user.decorator';
import { PushPreferencesDto, PushSubscriptionDto, PushUnsubscribeDto } from './push.dto';
import { PushPreferencesView, PushPublicKeyView, PushSubscriptionView } from './views';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('push')
export class PushController {
  constructor(private readonly push: PushSubscriptions) {}

  /** The VAPID public key a browser subscribes with (503 `push.not-configured` without keys). */
  @Get('public-key')
  @ApiOkResponse({ type: PushPublicKeyView })
  publicKey(): PushPublicKeyView {
    return this.push.publicKey();
  }

  @Post('subscriptions')
  @HttpCode(201)
  @ApiCreatedResponse({ type: PushSubscriptionView })
  subscribe(@UserId() userId: string, @Body() dto: PushSubscriptionDto): Promise<PushSubscriptionView> {
    return this.push.subscribe(userId, dto);
  }

  @Delete('subscriptions')
  @HttpCode(204)
  async unsubscribe(@UserId() userId: string, @Body() dto: PushUnsubscribeDto) {
    await this.push.unsubscribe(userId, dto.endpoint);
  }

  @Get('preferences')
  @ApiOkResponse({ type: PushPreferencesView })
  preferences(@UserId() userId: string): Promise<PushPreferencesView> {
    return this.push.preferences(userId);
  }

  @Put('preferences')
  @ApiOkResponse({ type: PushPreferencesView })
  setPreferences(@UserId() userId: string, @Body() dto: PushPreferencesDto): Promise<PushPreferencesView> {
    return this.push.setPreferences(userId, dto);
  }
}
