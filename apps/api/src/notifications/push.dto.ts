import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsObject,
  IsInt,
  IsString,
  IsTimeZone,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Digits, Nullable } from '@hamkar/common';
import { PUSHABLE_KINDS } from '@hamkar/notifications';

const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;

class PushKeysDto {
  @ApiProperty({ description: "The browser's P-256 public key, base64url" })
  @IsString()
  @MaxLength(200)
  @Matches(BASE64URL, { message: 'p256dh must be base64url' })
  p256dh: string;

  @ApiProperty({ description: 'The 16-byte auth secret, base64url' })
  @IsString()
  @MaxLength(100)
  @Matches(BASE64URL, { message: 'auth must be base64url' })
  auth: string;
}

/** What `PushManager.subscribe()` gives the browser (`subscription.toJSON()`). */
export class PushSubscriptionDto {
  @ApiProperty({ example: 'https://fcm.googleapis.com/fcm/send/…' })
  @IsString()
  @MaxLength(2000)
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['https', 'http'] })
  endpoint: string;

  @ApiProperty({ type: PushKeysDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => PushKeysDto)
  keys: PushKeysDto;
}

export class PushUnsubscribeDto {
  @ApiProperty()
  @IsString()
  @MaxLength(2000)
  endpoint: string;
}

export class PushPreferencesDto {
  @ApiProperty({ enum: PUSHABLE_KINDS, isArray: true, description: 'Kinds that wake this person’s devices' })
  @IsArray()
  @ArrayMaxSize(PUSHABLE_KINDS.length)
  @IsIn(PUSHABLE_KINDS, { each: true })
  kinds: string[];

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Quiet hours start, minutes after local midnight' })
  @Nullable()
  @Digits('number')
  @IsInt()
  @Min(0)
  @Max(1439)
  quietFrom: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Quiet hours end, minutes after local midnight' })
  @Nullable()
  @Digits('number')
  @IsInt()
  @Min(0)
  @Max(1439)
  quietUntil: number | null;

  @ApiProperty({ example: 'Asia/Tehran' })
  @IsString()
  @IsTimeZone()
  timeZone: string;
}
