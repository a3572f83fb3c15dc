import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsISO8601,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { CONTACT_PURPOSES, ContactPurpose, OFFER_DIRECTIONS, OFFER_KINDS, OfferDirection, OfferKind } from '@hamkar/partnering';
import { Digits, Nullable, Optional, PageQuery, trim } from '@hamkar/common';

const HS = /^\d{2}(\d{2}){0,2}$/;
const hsMessage = { message: 'HS codes are 2, 4 or 6 digits (a chapter, heading or subheading)' };

export class PostOfferDto {
  @ApiProperty({ description: 'The organization the offer is for; the caller holds a seat in it.' })
  @IsUUID()
  organizationId: string;

  @ApiProperty({ enum: OFFER_DIRECTIONS })
  @IsIn(OFFER_DIRECTIONS)
  direction: OfferDirection;

  @ApiProperty({ enum: OFFER_KINDS })
  @IsIn(OFFER_KINDS)
  kind: OfferKind;

  @ApiProperty({ example: 'Boş toxuculuq dəzgahları — İyul ayında' })
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  title: string;

  @ApiProperty()
  @IsString()
  @MaxLength(4000)
  description: string;

  @ApiProperty({ type: [String], example: ['5701'] })
  @IsArray()
  @ArrayMaxSize(10)
  @Digits('text')
  @Matches(HS, { each: true, ...hsMessage })
  hsCodes: string[];

  @ApiPropertyOptional({ example: 'Sumqayıt' })
  @Optional()
  @Transform(trim)
  @IsString()
  @MaxLength(120)
  place?: string;

  @ApiPropertyOptional({ example: 'AZ' })
  @Optional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166 alpha-2 code' })
  country?: string;
}

export class OfferSearchQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Words in any language and any case; folded like chat search.' })
  @Optional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: OFFER_KINDS })
  @Optional()
  @IsIn(OFFER_KINDS)
  kind?: OfferKind;

  @ApiPropertyOptional({ enum: OFFER_DIRECTIONS })
  @Optional()
  @IsIn(OFFER_DIRECTIONS)
  direction?: OfferDirection;

  @ApiPropertyOptional({ example: '57' })
  @Optional()
  @Digits('text')
  @Matches(HS, hsMessage)
  hs?: string;
}

export class MeetingRequestDto {
  @ApiProperty()
  @IsUUID()
  inviteeId: string;

  @ApiProperty({
    type: [String],
    example: ['2026-12-01T09:30:00Z'],
    description: 'One to five instants; each person sees them in their own time zone and calendar.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsISO8601({ strict: true }, { each: true })
  proposedTimes: string[];

  @ApiProperty({ example: 'Sharing the dye house in spring' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  agenda: string;

  @ApiPropertyOptional()
  @Optional()
  @IsUUID()
  offerId?: string;
}

export class AcceptMeetingDto {
  @ApiProperty({ example: '2026-12-01T09:30:00Z', description: 'One of the proposed times.' })
  @IsISO8601({ strict: true })
  startsAt: string;
}

export class PublicPageDto {
  @ApiProperty()
  @IsBoolean()
  published: boolean;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'Hand-woven carpets from 800 workshops around Zanjan: wool, natural dyes, export orders.',
  })
  @Nullable()
  @IsString()
  @MaxLength(4000)
  about?: string | null;
}

export class ListingDto {
  @ApiProperty()
  @IsUUID()
  organizationId: string;

  @ApiProperty({ description: 'false removes the organization from the public page' })
  @IsBoolean()
  listed: boolean;

  @ApiPropertyOptional({ example: 'Zanjan-pattern 9 m² carpets, natural dyes' })
  @Optional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  makes?: string;
}

export class ContactDto {
  @ApiProperty({ example: 'Anna Keller' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name: string;

  @ApiProperty({ example: 'anna@example.com' })
  @IsEmail()
  @MaxLength(200)
  email: string;

  @ApiPropertyOptional({ example: 'Keller Teppiche GmbH' })
  @Optional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  organization?: string;

  @ApiProperty({ enum: CONTACT_PURPOSES })
  @IsIn(CONTACT_PURPOSES)
  purpose: ContactPurpose;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  message: string;
}
