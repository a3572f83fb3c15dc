import { ApiProperty } from '@nestjs/swagger';
import { PUSHABLE_KINDS } from '@hamkar/notifications';

/* The answers of the notification and push routes, for the OpenAPI document (see identity/views.ts). */

export class NotificationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) clusterId: string | null;
  @ApiProperty({ description: 'What happened, a stable code the client translates.', example: 'mention' }) kind: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) body: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Where the client takes the user, an app path.' }) link: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) data: Record<string, unknown>;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt: Date | null;
}

export class NotificationPage {
  @ApiProperty({ type: [NotificationView] }) items: NotificationView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
  @ApiProperty({ description: 'Unread notifications in all, not only on this page.' }) unreadCount: number;
}

export class PushPublicKeyView {
  @ApiProperty({ description: "The VAPID public key, empty when push isn't configured." }) publicKey: string;
}

export class PushSubscriptionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() endpoint: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
}

export class PushPreferencesView {
  @ApiProperty({ enum: PUSHABLE_KINDS, isArray: true, description: 'The notification kinds that are pushed.' }) kinds: string[];
  @ApiProperty({ type: Number, nullable: true, description: 'Quiet hours start, minutes after midnight.' }) quietFrom: number | null;
  @ApiProperty({ type: Number, nullable: true }) quietUntil: number | null;
  @ApiProperty({ example: 'Asia/Tehran' }) timeZone: string;
}
