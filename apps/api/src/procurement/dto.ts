import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDate,
  IsIn,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  IsObject,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CRITERIA, Criterion, PROCUREMENT_STATUSES, ProcurementStatus } from '@hamkar/procurement';
import { AnyFieldRequired, Digits, Nullable, Optional, PageQuery, trim } from '@hamkar/common';

// Positive decimal strings only: money and quantities never travel as floats.
const POSITIVE_DECIMAL = /^(?!0+(\.0+)?$)\d{1,15}(\.\d{1,6})?$/;
const PositiveDecimal = (field: string) =>
  applyDecorators(Digits('text'), Matches(POSITIVE_DECIMAL, { message: `${field} must be a positive decimal string such as "1250.50"` }));

/** 1 to `max` objects, each validated as `type`. */
const ObjectList = (type: () => new () => object, max: number) =>
  applyDecorators(
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(max),
    // class-validator would otherwise take a list nested in the list as more items.
    IsObject({ each: true }),
    ValidateNested({ each: true }),
    Type(type),
  );

const TrimmedText = (min: number, max: number) => applyDecorators(Transform(trim), IsString(), MinLength(min), MaxLength(max));
const DateValue = () =>
  applyDecorators(
    Type(() => Date),
    IsDate(),
  );

export class CriterionDto {
  @ApiProperty({ enum: CRITERIA })
  @IsIn(CRITERIA)
  criterion: Criterion;

  @ApiProperty({ example: 60, description: 'Whole percentage points; the weights add up to 100' })
  @Digits('number')
  @IsInt()
  @Min(1)
  @Max(100)
  weight: number;
}

const HS_CODE = /^\d{2}(\d{2}){0,2}$/;
// Left out on a need with lots, where each lot has its own.
const wholeNeedOnly = ValidateIf((o: { lots?: unknown }) => o.lots === undefined);

/** One lot of a need: say, one colour of yarn. */
export class LotDto {
  @ApiProperty({ example: 'Madder red' })
  @TrimmedText(1, 200)
  title: string;

  @ApiProperty({ example: '510610', description: 'HS 2022 code (2, 4 or 6 digits)' })
  @Digits('text')
  @Matches(HS_CODE, { message: 'categoryCode must be an HS code of 2, 4 or 6 digits' })
  categoryCode: string;

  @ApiProperty({ example: 'kg' })
  @TrimmedText(1, 20)
  unit: string;

  @ApiProperty({ example: '400', description: "The posting firm's own quantity in this lot" })
  @PositiveDecimal('quantity')
  quantity: string;
}

/** A firm's quantity in one lot of a need. */
export class LotQuantityDto {
  @ApiProperty()
  @IsUUID()
  lotId: string;

  @ApiProperty({ example: '150' })
  @PositiveDecimal('quantity')
  quantity: string;
}

export class CreateProcurementDto {
  @ApiProperty()
  @IsUUID()
  organizationId: string;

  @ApiProperty({ example: 'Merino wool yarn, 2-ply' })
  @TrimmedText(3, 200)
  title: string;

  @ApiProperty()
  @IsString()
  @MaxLength(8000)
  description: string;

  @ApiPropertyOptional({ example: '510610', description: 'HS 2022 code (2, 4 or 6 digits); left out when the need has lots' })
  @wholeNeedOnly
  @Digits('text')
  @Matches(HS_CODE, { message: 'categoryCode must be an HS code of 2, 4 or 6 digits' })
  categoryCode?: string;

  @ApiPropertyOptional({ example: 'kg', description: 'Left out when the need has lots' })
  @wholeNeedOnly
  @TrimmedText(1, 20)
  unit?: string;

  @ApiPropertyOptional({ example: '1200.5', description: "The posting firm's quantity; left out when the need has lots" })
  @wholeNeedOnly
  @PositiveDecimal('quantity')
  quantity?: string;

  @ApiPropertyOptional({ type: [LotDto], description: 'Lots, each with its own HS code, unit and quantity, awarded on their own' })
  @Optional()
  @ObjectList(() => LotDto, 20)
  lots?: LotDto[];

  @ApiProperty({ example: 'AZN' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as IRR or AZN' })
  currency: string;

  @ApiPropertyOptional({ example: '14.20' })
  @Optional()
  @PositiveDecimal('maxUnitPrice')
  maxUnitPrice?: string;

  @ApiProperty()
  @DateValue()
  joinDeadline: Date;

  @ApiProperty()
  @DateValue()
  quoteDeadline: Date;

  @ApiProperty({ example: 'Zanjan' })
  @TrimmedText(1, 100)
  deliveryCity: string;

  @ApiProperty()
  @Digits('number')
  @IsLatitude()
  deliveryLat: number;

  @ApiProperty()
  @Digits('number')
  @IsLongitude()
  deliveryLng: number;

  @ApiPropertyOptional({ type: [CriterionDto], description: 'What quotes are ranked by (price alone if left out); fixed once published' })
  @Optional()
  @ObjectList(() => CriterionDto, 5)
  criteria?: CriterionDto[];
}

export class ChangeParticipationDto {
  @ApiPropertyOptional({ example: '300', description: 'Left out on a need with lots: give `lots` instead' })
  @wholeNeedOnly
  @PositiveDecimal('quantity')
  quantity?: string;

  @ApiPropertyOptional({ type: [LotQuantityDto], description: 'On a need with lots: the quantity in each lot the firm takes part in' })
  @Optional()
  @ObjectList(() => LotQuantityDto, 20)
  lots?: LotQuantityDto[];
}

export class ParticipationDto extends ChangeParticipationDto {
  @ApiProperty()
  @IsUUID()
  organizationId: string;
}

export class TierDto {
  @ApiProperty({ example: '1000' })
  @PositiveDecimal('minQuantity')
  minQuantity: string;

  @ApiProperty({ example: '12.40' })
  @PositiveDecimal('unitPrice')
  unitPrice: string;
}

/** A quote's offer for one lot. */
export class QuoteLotDto {
  @ApiProperty()
  @IsUUID()
  lotId: string;

  @ApiProperty({ type: [TierDto] })
  @ObjectList(() => TierDto, 20)
  tiers: TierDto[];

  @ApiPropertyOptional({ example: '600', description: 'At most this much of the lot can be delivered (all of it if left out)' })
  @Optional()
  @PositiveDecimal('maxQuantity')
  maxQuantity?: string;
}

export class QuoteDto {
  @ApiProperty()
  @IsUUID()
  organizationId: string;

  @ApiPropertyOptional({ type: [TierDto], description: 'Left out on a need with lots: give `lots` instead' })
  @wholeNeedOnly
  @ObjectList(() => TierDto, 20)
  tiers?: TierDto[];

  @ApiPropertyOptional({ type: [QuoteLotDto], description: 'On a need with lots: tiers for each lot quoted' })
  @Optional()
  @ObjectList(() => QuoteLotDto, 20)
  lots?: QuoteLotDto[];

  @ApiProperty()
  @Digits('number')
  @IsInt()
  @Min(0)
  @Max(365)
  leadTimeDays: number;

  @ApiProperty()
  @DateValue()
  validUntil: Date;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(4000)
  notes?: string;

  @ApiPropertyOptional({ example: 12 })
  @Optional()
  @Digits('number')
  @IsInt()
  @Min(0)
  @Max(240)
  warrantyMonths?: number;

  @ApiPropertyOptional({ example: 30, description: 'Days of credit the supplier gives' })
  @Optional()
  @Digits('number')
  @IsInt()
  @Min(0)
  @Max(365)
  paymentTermsDays?: number;
}

export class AwardDto {
  @ApiProperty()
  @IsUUID()
  quoteId: string;

  @ApiPropertyOptional({ description: 'Required when the quote is not ranked first; kept in the audit log' })
  @Optional()
  @TrimmedText(1, 2000)
  reason?: string;
}

export class LotAwardPartDto {
  @ApiProperty()
  @IsUUID()
  quoteId: string;

  @ApiPropertyOptional({
    example: '600',
    description: "This supplier's quantity of the lot; required when the lot is split, the whole lot if left out",
  })
  @Optional()
  @PositiveDecimal('quantity')
  quantity?: string;
}

export class LotAwardDto {
  @ApiProperty({
    type: [LotAwardPartDto],
    description: 'One quote for the whole lot, or several splitting it by quantity (adding up to the pooled quantity)',
  })
  @ObjectList(() => LotAwardPartDto, 10)
  awards: LotAwardPartDto[];

  @ApiPropertyOptional({ description: 'Required when the quote ranked first for the lot is not among those chosen; kept in the audit log' })
  @Optional()
  @TrimmedText(1, 2000)
  reason?: string;
}

export class ProcurementListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PROCUREMENT_STATUSES })
  @Optional()
  @IsIn(PROCUREMENT_STATUSES)
  status?: ProcurementStatus;
}

export class QuestionDto {
  @ApiProperty({ example: 'Is a 5 % moisture content acceptable?' })
  @TrimmedText(1, 4000)
  body: string;
}

/** An amendment: any of these, at least one. A material change (anything but the deadlines) sends earlier quotes back for confirmation. */
@AnyFieldRequired()
export class AmendProcurementDto {
  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(8000)
  description?: string;

  @ApiPropertyOptional({ type: String, example: '14.20', nullable: true, description: 'null removes the ceiling' })
  @Nullable()
  @PositiveDecimal('maxUnitPrice')
  maxUnitPrice?: string | null;

  @ApiPropertyOptional({ example: 'Zanjan' })
  @Optional()
  @TrimmedText(1, 100)
  deliveryCity?: string;

  @ApiPropertyOptional()
  @Optional()
  @Digits('number')
  @IsLatitude()
  deliveryLat?: number;

  @ApiPropertyOptional()
  @Optional()
  @Digits('number')
  @IsLongitude()
  deliveryLng?: number;

  @ApiPropertyOptional()
  @Optional()
  @DateValue()
  joinDeadline?: Date;

  @ApiPropertyOptional()
  @Optional()
  @DateValue()
  quoteDeadline?: Date;
}

export class DeliveryDto {
  @ApiProperty({ example: '150', description: "The quantity received in this delivery, in the need's unit" })
  @PositiveDecimal('quantity')
  quantity: string;

  @ApiPropertyOptional({ description: 'When it arrived (now if left out)' })
  @Optional()
  @DateValue()
  deliveredOn?: Date;

  @ApiPropertyOptional({ example: '12 kg arrived damp' })
  @Optional()
  @IsString()
  @MaxLength(2000)
  qualityIssue?: string;
}

export class PaymentDto {
  @ApiProperty({ example: '2500.00' })
  @PositiveDecimal('amount')
  amount: string;
}
