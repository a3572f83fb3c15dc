import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiQuery, ApiTags } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { Optional, PageQuery, pageLimit, UuidParam } from '@hamkar/common';
import { NotificationsService } from '@hamkar/notifications';
import { UserId } from '../identity/current-user.decorator';
import { NotificationPage, NotificationView } from './views';

class NotificationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @Optional()
  @IsIn(['true', 'false'])
  unread?: 'true' | 'false';
}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOkResponse({ type: NotificationPage })
  // PageQuery lives in libs/common, which stays free of swagger (its unit tests load it without Nest's ES modules).
  @ApiQuery({ name: 'limit', required: false, type: Number, description: 'At most 200; 50 without it.' })
  @ApiQuery({ name: 'cursor', required: false, type: String, description: "The previous page's nextCursor." })
  list(@UserId() userId: string, @Query() query: NotificationsQuery): Promise<NotificationPage> {
    return this.notifications.list(userId, { unread: query.unread === 'true', limit: pageLimit(query), cursor: query.cursor });
  }

  @Post('read-all')
  @HttpCode(204)
  async readAll(@UserId() userId: string) {
    await this.notifications.markAllRead(userId);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOkResponse({ type: NotificationView })
  read(@UserId() userId: string, @UuidParam('id') id: string): Promise<NotificationView> {
    return this.notifications.markRead(userId, id);
  }
}
