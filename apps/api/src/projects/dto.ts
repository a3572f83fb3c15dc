import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { PROJECT_KINDS, ProjectKind, TASK_STATUSES, TaskStatus } from '@hamkar/projects';
import { AnyFieldRequired, Digits, Nullable, Optional, trim } from '@hamkar/common';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const AMOUNT = /^\d{1,15}(\.\d{1,6})?$/;

export class CreateProjectDto {
  @ApiProperty({ example: 'Shared natural-dye workshop' })
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  title: string;

  @ApiProperty()
  @IsString()
  @MaxLength(8000)
  description: string;

  @ApiProperty({ enum: PROJECT_KINDS })
  @IsIn(PROJECT_KINDS)
  kind: ProjectKind;

  @ApiProperty({ example: '2026-12-01' })
  @Matches(DATE, { message: 'startDate must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true })
  startDate: string;

  @ApiProperty({ example: '2027-06-30' })
  @Matches(DATE, { message: 'endDate must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true })
  endDate: string;

  @ApiPropertyOptional({ example: '250000000' })
  @Optional()
  @Digits('text')
  @Matches(AMOUNT, { message: 'budget must be a non-negative decimal string' })
  budget?: string;

  @ApiPropertyOptional({ example: 'IRR' })
  @Optional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' })
  currency?: string;
}

export class AddProjectMemberDto {
  @ApiProperty()
  @IsUUID()
  organizationId: string;

  @ApiPropertyOptional({ example: '5000000' })
  @Optional()
  @Digits('text')
  @Matches(AMOUNT, { message: 'pledged must be a non-negative decimal string' })
  pledged?: string;
}

@AnyFieldRequired()
export class ContributionDto {
  @ApiPropertyOptional()
  @Optional()
  @Digits('text')
  @Matches(AMOUNT, { message: 'pledged must be a non-negative decimal string' })
  pledged?: string;

  @ApiPropertyOptional()
  @Optional()
  @Digits('text')
  @Matches(AMOUNT, { message: 'paid must be a non-negative decimal string' })
  paid?: string;
}

export class MilestoneDto {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @ApiProperty({ example: '2027-02-15' })
  @Matches(DATE, { message: 'dueDate must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true })
  dueDate: string;
}

export class TaskDto {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title: string;

  @ApiPropertyOptional()
  @Optional()
  @IsUUID()
  assigneeId?: string;

  @ApiPropertyOptional({ example: '2027-01-10' })
  @Optional()
  @Matches(DATE, { message: 'dueDate must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true })
  dueDate?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsUUID()
  milestoneId?: string;
}

@AnyFieldRequired()
export class TaskChangeDto {
  @ApiPropertyOptional({ enum: TASK_STATUSES })
  @Optional()
  @IsIn(TASK_STATUSES)
  status?: TaskStatus;

  @ApiPropertyOptional()
  @Optional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title?: string;

  @ApiPropertyOptional({ nullable: true })
  @Nullable()
  @IsUUID()
  assigneeId?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @Nullable()
  @Matches(DATE, { message: 'dueDate must be a date (YYYY-MM-DD)' })
  dueDate?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @Nullable()
  @IsUUID()
  milestoneId?: string | null;
}
