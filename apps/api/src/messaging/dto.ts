import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { PageQuery } from '@hamkar/common';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

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
  @IsOptional()
  @IsString()
  @MaxLength(500)
  topic?: string;
}

export class UpdateChannelDto {
  @ApiPropertyOptional({ nullable: true, maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  topic?: string | null;

  @ApiPropertyOptional({ description: 'true archives the channel (no new messages), false brings it back' })
  @IsOptional()
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

export class PostMessageDto {
  @ApiProperty({ maxLength: 8000 })
  @IsString()
  @MaxLength(20000)
  body: string;

  @ApiProperty({ description: 'Chosen by the client; a retry with the same id returns the same message' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  clientMessageId: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  threadRootId?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  attachmentIds?: string[];
}

export class EditMessageDto {
  @ApiProperty()
  @IsString()
  @MaxLength(20000)
  body: string;
}

export class ReadMarkerDto {
  @ApiProperty()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  seq: number;
}

export class HistoryQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  before?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
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
  @IsOptional()
  @IsUUID()
  channelId?: string;

}
