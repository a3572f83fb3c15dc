import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { AnyFieldRequired, Digits, Nullable, Optional, PageQuery, trim } from '@hamkar/common';
import { MAX_BODY } from '@hamkar/messaging';

export class CreateChannelDto {
  @ApiProperty({ example: 'خرید پشم' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  name: string;

  @ApiProperty({ enum: ['public', 'private'] })
  @IsIn(['public', 'private'])
  kind: 'public' | 'private';

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(500)
  topic?: string;
}

@AnyFieldRequired()
export class UpdateChannelDto {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500, description: 'null or blank clears it' })
  @Nullable()
  @IsString()
  @MaxLength(500)
  topic?: string | null;

  @ApiPropertyOptional({ description: 'true archives the channel (no new messages), false brings it back' })
  @Optional()
  @IsBoolean()
  archived?: boolean;
}

export class DirectChannelDto {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @IsUUID('all', { each: true })
  userIds: string[];
}

export class AddChannelMemberDto {
  @ApiProperty()
  @IsUUID()
  userId: string;
}

/**
 * One contract for sending, over HTTP and over a socket: up to 8000 characters after trimming, and
 * text or a file (the service refuses a message with neither: `message.empty`).
 */
export class PostMessageDto {
  @ApiPropertyOptional({
    maxLength: MAX_BODY,
    default: '',
    description: 'Trimmed before it is checked and stored; may be empty or left out when attachmentIds names a file',
  })
  @Transform(trim)
  @IsString()
  @MaxLength(MAX_BODY)
  body: string = '';

  @ApiProperty({ description: 'Chosen by the client; a retry with the same id returns the same message' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  clientMessageId: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The message this one replies to, in its thread' })
  @Nullable()
  @IsUUID()
  threadRootId?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  attachmentIds?: string[];
}

export class EditMessageDto {
  @ApiProperty({ minLength: 1, maxLength: MAX_BODY })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_BODY)
  body: string;
}

export class ReadMarkerDto {
  @ApiProperty()
  @Digits('number')
  @IsInt()
  @Min(0)
  seq: number;
}

export class HistoryQuery extends PageQuery {
  @ApiPropertyOptional()
  @Optional()
  @Digits('number')
  @IsInt()
  @Min(0)
  before?: number;

  @ApiPropertyOptional()
  @Optional()
  @Digits('number')
  @IsInt()
  @Min(0)
  after?: number;
}

export class SearchQuery extends PageQuery {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  q: string;

  @ApiPropertyOptional()
  @Optional()
  @IsUUID()
  channelId?: string;
}
