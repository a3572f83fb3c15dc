import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsNumber,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Digits, Optional, PageQuery } from '@hamkar/common';

const HS = /^\d{2}(\d{2}){0,2}$/;
const DECIMAL = /^\d{1,15}(\.\d{1,6})?$/;

export class IndicativeTierDto {
  @ApiProperty({ example: '5106' })
  @Digits('text')
  @Matches(HS, { message: 'categoryCode must be an HS code of 2, 4 or 6 digits' })
  categoryCode: string;

  @ApiProperty({ example: '1000' })
  @Digits('text')
  @Matches(DECIMAL, { message: 'minQuantity must be a decimal string' })
  minQuantity: string;

  @ApiProperty({ example: '12.40' })
  @Digits('text')
  @Matches(DECIMAL, { message: 'unitPrice must be a decimal string' })
  unitPrice: string;

  @ApiProperty({ example: 'AZN' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' })
  currency: string;
}

export class SupplierProfileDto {
  @ApiProperty({ type: [String], example: ['5106', '3204'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @Digits('text')
  @Matches(HS, { each: true, message: 'each category must be an HS code of 2, 4 or 6 digits' })
  categories: string[];

  @ApiProperty({ example: '20000' })
  @Digits('text')
  @Matches(/^(?!0+(\.0+)?$)\d{1,15}(\.\d{1,6})?$/, { message: 'capacityPerMonth must be a positive decimal string' })
  capacityPerMonth: string;

  @ApiProperty({ example: 'kg' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1)
  @MaxLength(20)
  unit: string;

  @ApiProperty({ example: '500' })
  @Digits('text')
  @Matches(DECIMAL, { message: 'minOrderQuantity must be a non-negative decimal string' })
  minOrderQuantity: string;

  @ApiProperty()
  @Digits('number')
  @IsInt()
  @Min(0)
  @Max(365)
  leadTimeDays: number;

  @ApiProperty()
  @Digits('number')
  @IsNumber()
  @Min(0)
  @Max(20000)
  serviceRadiusKm: number;

  @ApiProperty()
  @Digits('number')
  @IsLatitude()
  lat: number;

  @ApiProperty()
  @Digits('number')
  @IsLongitude()
  lng: number;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  certifications: string[];

  @ApiPropertyOptional({ type: [IndicativeTierDto] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => IndicativeTierDto)
  priceTiers?: IndicativeTierDto[];
}

export class CategoryQuery extends PageQuery {
  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional()
  @Optional()
  @Digits('text')
  @Matches(HS, { message: 'parentCode must be an HS code' })
  parentCode?: string;
}

export class DirectoryQuery extends PageQuery {
  @ApiPropertyOptional()
  @Optional()
  @Digits('text')
  @Matches(HS, { message: 'category must be an HS code' })
  category?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(100)
  q?: string;

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
}
