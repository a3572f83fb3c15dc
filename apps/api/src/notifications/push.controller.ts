import { Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { PushSubscriptions } from '@hamkar/notifications';
import { UserId } from '../identity/current-user.decorator';
import { PushPreferencesDto, PushSubscriptionDto, PushUnsubscribeDto } from './push.dto';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('push')
export class PushController {
  constructor(private readonly push: PushSubscriptions) {}

  /** The VAPID public key a browser subscribes with (503 `push.not-configured` without keys). */
  @Get('public-key')
  publicKey() {
    return this.push.publicKey();
  }

  @Post('subscriptions')
  @HttpCode(201)
  subscribe(@UserId() userId: string, @Body() dto: PushSubscriptionDto) {
    return this.push.subscribe(userId, dto);
  }

  @Delete('subscriptions')
  @HttpCode(204)
  async unsubscribe(@UserId() userId: string, @Body() dto: PushUnsubscribeDto) {
    await this.push.unsubscribe(userId, dto.endpoint);
  }

  @Get('preferences')
  preferences(@UserId() userId: string) {
    return this.push.preferences(userId);
  }

  @Put('preferences')
  setPreferences(@UserId() userId: string, @Body() dto: PushPreferencesDto) {
    return this.push.setPreferences(userId, dto);
  }
}
