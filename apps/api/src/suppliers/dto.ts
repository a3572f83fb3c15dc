import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { PageQuery } from '@hamkar/common';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsLatitude, IsLongitude, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';

const HS = /^\d{2}(\d{2}){0,2}$/;
const DECIMAL = /^\d{1,15}(\.\d{1,6})?$/;

export class IndicativeTierDto {
  @ApiProperty({ example: '5106' })
  @Matches(HS, { message: 'categoryCode must be an HS code of 2, 4 or 6 digits' })
  categoryCode: string;

  @ApiProperty({ example: '1000' })
  @Matches(DECIMAL, { message: 'minQuantity must be a decimal string' })
  minQuantity: string;

  @ApiProperty({ example: '12.40' })
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
  @Matches(HS, { each: true, message: 'each category must be an HS code of 2, 4 or 6 digits' })
  categories: string[];

  @ApiProperty({ example: '20000' })
  @Matches(/^(?!0+(\.0+)?$)\d{1,15}(\.\d{1,6})?$/, { message: 'capacityPerMonth must be a positive decimal string' })
  capacityPerMonth: string;

  @ApiProperty({ example: 'kg' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1)
  @MaxLength(20)
  unit: string;

  @ApiProperty({ example: '500' })
  @Matches(DECIMAL, { message: 'minOrderQuantity must be a non-negative decimal string' })
  minOrderQuantity: string;

  @ApiProperty()
  @IsInt()
  @Min(0)
  @Max(365)
  leadTimeDays: number;

  @ApiProperty()
  @IsNumber()
  @Min(0)
  @Max(20000)
  serviceRadiusKm: number;

  @ApiProperty()
  @IsLatitude()
  lat: number;

  @ApiProperty()
  @IsLongitude()
  lng: number;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  certifications: string[];

  @ApiPropertyOptional({ type: [IndicativeTierDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => IndicativeTierDto)
  priceTiers?: IndicativeTierDto[];
}

export class CategoryQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(HS, { message: 'parentCode must be an HS code' })
  parentCode?: string;

}

export class DirectoryQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(HS, { message: 'category must be an HS code' })
  category?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsLatitude()
  lat?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsLongitude()
  lng?: number;

}
