import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsISO8601,
  IsIn,
  IsInt,
  IsObject,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  ACTION_STAGES,
  ActionStage,
  BASELINE_STATISTICS,
  BaselineStatistic,
  INDICATOR_SOURCES,
  IndicatorSource,
  QUESTION_KINDS,
  QuestionKind,
} from '@hamkar/diagnostics';
import { AnyFieldRequired, Digits, Locale, LOCALES, Optional, trim } from '@hamkar/common';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL = /^-?\d{1,15}(\.\d{1,6})?$/;

/** A text in the cluster's languages; at least one is given. */
export class LocalTextDto {
  @ApiPropertyOptional({ example: 'چند دار قالی دارید؟' })
  @Optional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  fa?: string;

  @ApiPropertyOptional({ example: 'Neçə xalça dəzgahınız var?' })
  @Optional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  az?: string;

  @ApiPropertyOptional({ example: 'How many looms do you run?' })
  // Optional, unless fa and az are missing too: a text needs at least one language. (null is refused.)
  @ValidateIf((o: LocalTextDto) => o.en !== undefined || (o.fa === undefined && o.az === undefined))
  @Transform(trim)
  @IsString({ message: 'give the text in at least one of fa, az and en' })
  @MinLength(1)
  @MaxLength(500)
  en?: string;
}

// Not QuestionDto: procurement has one, and the OpenAPI document names schemas by class, one per name.
export class SurveyQuestionDto {
  @ApiProperty({ enum: QUESTION_KINDS })
  @IsIn(QUESTION_KINDS)
  kind: QuestionKind;

  @ApiProperty({ type: LocalTextDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => LocalTextDto)
  text: LocalTextDto;

  @ApiPropertyOptional({ type: [LocalTextDto], description: 'Choice questions: two or more options, answered by their index from 0.' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => LocalTextDto)
  options?: LocalTextDto[];

  @ApiPropertyOptional({ example: 1 })
  @Optional()
  @Digits('number')
  @IsInt()
  @Min(0)
  @Max(100)
  min?: number;

  @ApiPropertyOptional({ example: 5 })
  @Optional()
  @Digits('number')
  @IsInt()
  @Min(1)
  @Max(100)
  max?: number;

  @ApiPropertyOptional({ example: 'looms' })
  @Optional()
  @Transform(trim)
  @IsString()
  @MaxLength(40)
  unit?: string;
}

export class CreateSurveyDto {
  @ApiProperty({ type: LocalTextDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => LocalTextDto)
  title: LocalTextDto;

  @ApiProperty({ type: [SurveyQuestionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => SurveyQuestionDto)
  questions: SurveyQuestionDto[];
}

export class AnswerDto {
  @ApiProperty({ example: 'q1' })
  @IsString()
  @Matches(/^q\d{1,3}$/, { message: 'questionId must be a question id such as q1' })
  questionId: string;

  @ApiProperty({ description: 'A number (Persian digits welcome), an option index, a scale step, or free text.', example: '۴۲' })
  @IsString()
  @MaxLength(4000)
  value: string;
}

export class AnswerSetDto {
  @ApiProperty({ description: 'The organization the answers are for; the caller holds a seat in it.' })
  @IsUUID()
  organizationId: string;

  @ApiProperty({ type: [AnswerDto] })
  @IsArray()
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => AnswerDto)
  answers: AnswerDto[];
}

export class CreateIndicatorDto {
  @ApiProperty({ type: LocalTextDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => LocalTextDto)
  name: LocalTextDto;

  @ApiProperty({ example: 'looms' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  unit: string;

  @ApiProperty({ enum: INDICATOR_SOURCES })
  @IsIn(INDICATOR_SOURCES)
  source: IndicatorSource;

  @ApiPropertyOptional({ example: 'IRR', description: 'Required for procurement-savings.' })
  @Optional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' })
  currency?: string;

  @ApiPropertyOptional({ example: '23000' })
  @Optional()
  @Digits('text')
  @Matches(DECIMAL, { message: 'baseline must be a decimal string' })
  baseline?: string;

  @ApiPropertyOptional({ example: '2026-11-01' })
  @Optional()
  @Matches(DATE, { message: 'baselineDate must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true })
  baselineDate?: string;
}

export class BaselineDto {
  @ApiProperty({ example: '23000' })
  @Digits('text')
  @Matches(DECIMAL, { message: 'value must be a decimal string' })
  value: string;

  @ApiPropertyOptional({ example: '2026-11-01' })
  @Optional()
  @Matches(DATE, { message: 'date must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true })
  date?: string;
}

export class SurveyFigureDto {
  @ApiProperty()
  @IsUUID()
  surveyId: string;

  @ApiProperty({ example: 'q1' })
  @IsString()
  @Matches(/^q\d{1,3}$/, { message: 'questionId must be a question id such as q1' })
  questionId: string;

  @ApiProperty({
    enum: BASELINE_STATISTICS,
    description: 'sum or mean of a number or scale question, answered (how many answered), share (%) of an option or step',
  })
  @IsIn(BASELINE_STATISTICS)
  statistic: BaselineStatistic;

  @ApiPropertyOptional({ description: 'For share: the option index or scale step.' })
  @Optional()
  @Digits('number')
  @IsInt()
  @Min(0)
  @Max(100)
  option?: number;
}

export class TargetDto {
  @ApiProperty({ example: '2029-12-31' })
  @Matches(DATE, { message: 'dueDate must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true })
  dueDate: string;

  @ApiProperty({ example: '30000' })
  @Digits('text')
  @Matches(DECIMAL, { message: 'value must be a decimal string' })
  value: string;
}

@AnyFieldRequired()
export class ReadingDto {
  @ApiPropertyOptional({ example: '2027-06-30' })
  @Optional()
  @Matches(DATE, { message: 'measuredOn must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true })
  measuredOn?: string;

  @ApiPropertyOptional({ example: '24500' })
  @Optional()
  @Digits('text')
  @Matches(DECIMAL, { message: 'value must be a decimal string' })
  value?: string;

  @ApiPropertyOptional({ description: 'Take the value from a survey round instead.' })
  @Optional()
  @IsUUID()
  surveyId?: string;

  @ApiPropertyOptional({ example: 'q1' })
  @Optional()
  @IsString()
  @Matches(/^q\d{1,3}$/, { message: 'questionId must be a question id such as q1' })
  questionId?: string;

  @ApiPropertyOptional({ enum: BASELINE_STATISTICS })
  @Optional()
  @IsIn(BASELINE_STATISTICS)
  statistic?: BaselineStatistic;

  @ApiPropertyOptional()
  @Optional()
  @Digits('number')
  @IsInt()
  @Min(0)
  @Max(100)
  option?: number;
}

export class ProjectResultsDto {
  @ApiProperty({ type: [String], description: 'The indicators the project should move (replaces the earlier list).' })
  @IsArray()
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true })
  indicatorIds: string[];

  @ApiPropertyOptional({ enum: ACTION_STAGES })
  @Optional()
  @IsIn(ACTION_STAGES)
  stage?: ActionStage;
}

export class ReportQueryDto {
  @ApiPropertyOptional({ enum: LOCALES })
  @Optional()
  @IsIn(LOCALES)
  lang?: Locale;
}
