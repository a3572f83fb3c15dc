import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsLatitude, IsLongitude, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { CLUSTER_ROLES, ClusterRole, ORGANIZATION_KINDS, OrganizationKind } from '@hamkar/clusters';
import { LOCALES, Locale } from '@hamkar/identity';
import { AnyFieldRequired, Digits, Nullable, Optional, trim } from '@hamkar/common';

export class CreateOrganizationDto {
  @ApiProperty({ example: 'Zanjan Handwoven Carpet Cooperative' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: ORGANIZATION_KINDS })
  @IsIn(ORGANIZATION_KINDS)
  kind: OrganizationKind;

  @ApiProperty({ example: 'IR', description: 'ISO 3166-1 alpha-2' })
  @IsString()
  @Matches(/^[A-Za-z]{2}$/, { message: 'country must be a two-letter ISO code' })
  country: string;

  @ApiProperty({ example: 'Zanjan' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  city: string;

  @ApiPropertyOptional()
  @Optional()
  @Digits('number')
  @IsLatitude()
  lat?: number;

  @ApiPropertyOptional()
  @Optional()
  @Digits('number')
  @IsLongitude()
  lng?: number;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(4000)
  description?: string;
}

export class CreateClusterDto {
  @ApiProperty({ example: 'zanjan-carpets' })
  @IsString()
  @Matches(/^[a-z0-9](?:[a-z0-9-]{1,62}[a-z0-9])$/, { message: 'slug must be 3-64 lowercase letters, digits or dashes' })
  slug: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'hand-woven carpets' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  sector: string;

  @ApiProperty({ example: 'IR' })
  @IsString()
  @Matches(/^[A-Za-z]{2}$/, { message: 'country must be a two-letter ISO code' })
  country: string;

  @ApiProperty({ example: 'Zanjan' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  region: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @ApiPropertyOptional({ enum: LOCALES })
  @Optional()
  @IsIn(LOCALES)
  defaultLocale?: Locale;
}

/** An admin's change to the cluster: any of these, at least one. */
@AnyFieldRequired()
export class UpdateClusterDto {
  @ApiPropertyOptional()
  @Optional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional()
  @Optional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  sector?: string;

  @ApiPropertyOptional()
  @Optional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  region?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 4000 })
  @Nullable()
  @IsString()
  @MaxLength(4000)
  description?: string | null;

  @ApiPropertyOptional({ enum: LOCALES, description: 'The language of the e-mails the cluster sends (invitations, digests)' })
  @Optional()
  @IsIn(LOCALES)
  defaultLocale?: Locale;
}

export class CreateInvitationDto {
  @ApiProperty()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ enum: CLUSTER_ROLES })
  @IsIn(CLUSTER_ROLES)
  role: ClusterRole;

  @ApiPropertyOptional()
  @Optional()
  @IsUUID()
  organizationId?: string;
}

export class AcceptInvitationDto {
  @ApiPropertyOptional()
  @Optional()
  @IsUUID()
  organizationId?: string;
}

export class ChangeRoleDto {
  @ApiProperty({ enum: CLUSTER_ROLES })
  @IsIn(CLUSTER_ROLES)
  role: ClusterRole;
}
