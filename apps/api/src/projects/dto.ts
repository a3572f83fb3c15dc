import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { PROJECT_KINDS, ProjectKind, TASK_STATUSES, TaskStatus } from '@hamkar/projects';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
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
  @IsOptional()
  @Matches(AMOUNT, { message: 'budget must be a non-negative decimal string' })
  budget?: string;

  @ApiPropertyOptional({ example: 'IRR' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' })
  currency?: string;
}

export class AddProjectMemberDto {
  @ApiProperty()
  @IsUUID()
  organizationId: string;

  @ApiPropertyOptional({ example: '5000000' })
  @IsOptional()
  @Matches(AMOUNT, { message: 'pledged must be a non-negative decimal string' })
  pledged?: string;
}

export class ContributionDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(AMOUNT, { message: 'pledged must be a non-negative decimal string' })
  pledged?: string;

  @ApiPropertyOptional()
  @IsOptional()
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
  @IsOptional()
  @IsUUID()
  assigneeId?: string;

  @ApiPropertyOptional({ example: '2027-01-10' })
  @IsOptional()
  @Matches(DATE, { message: 'dueDate must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true })
  dueDate?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  milestoneId?: string;
}

export class TaskChangeDto {
  @ApiPropertyOptional({ enum: TASK_STATUSES })
  @IsOptional()
  @IsIn(TASK_STATUSES)
  status?: TaskStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  assigneeId?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Matches(DATE, { message: 'dueDate must be a date (YYYY-MM-DD)' })
  dueDate?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  milestoneId?: string | null;
}
