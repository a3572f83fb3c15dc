import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { LOCALES, Locale } from '@hamkar/identity';
import { AnyFieldRequired, Optional, trim } from '@hamkar/common';

export class RegisterDto {
  @ApiProperty({ example: 'leyla@example.az' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 10 })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  password: string;

  @ApiProperty({ example: 'Leyla Məmmədova' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  displayName: string;

  @ApiPropertyOptional({ enum: LOCALES })
  @Optional()
  @IsIn(LOCALES)
  locale?: Locale;
}

export class LoginDto {
  @ApiProperty()
  @IsString()
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @IsString()
  @MaxLength(200)
  password: string;
}

export class RefreshDto {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  refreshToken: string;
}

@AnyFieldRequired()
export class UpdateMeDto {
  @ApiPropertyOptional()
  @Optional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  displayName?: string;

  @ApiPropertyOptional({ enum: LOCALES })
  @Optional()
  @IsIn(LOCALES)
  locale?: Locale;
}
