import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import {
  ACTION_CODE_PATTERN,
  ACTIVITY_CODE_PATTERN,
  ACTIVITY_STATUSES,
  INDICATOR_KEY_PATTERN,
  INSTITUTION_ID_PATTERN,
  MAX_INDICATORS,
  MAX_PARTNER_INSTITUTIONS,
  TRAINING_AUDIENCES,
  type ActivityStatus,
  type IndicatorInput,
  type TrainingAudience,
  type UpdateActivityInput,
} from '@elo/contracts';
import { AxisFilterDto } from './plan-structure.dto';
import { Clearable, OptionalNotNull } from '../common/validators';
import { IsPlanDate } from './plan-validators';

export const STATUS = { enum: ACTIVITY_STATUSES, enumName: 'ActivityStatus' };
export const AUDIENCE = { enum: TRAINING_AUDIENCES, enumName: 'TrainingAudience' };

export class ActivityCodeParamDto {
  @ApiProperty({ description: 'Activity code (axis.action.activity)', example: '2.5.1' })
  @Matches(ACTIVITY_CODE_PATTERN, { message: 'code must be an activity code like 2.5.1' })
  code!: string;
}

export class ListActivitiesQueryDto extends AxisFilterDto {
  @ApiPropertyOptional({ description: 'Only this priority action', example: '2.5' })
  @IsOptional()
  @Matches(ACTION_CODE_PATTERN, { message: 'action must be an action code like 2.5' })
  action?: string;

  @ApiPropertyOptional({ description: 'Only activities with this status', ...STATUS })
  @IsOptional()
  @IsIn(ACTIVITY_STATUSES)
  status?: ActivityStatus;

  @ApiPropertyOptional({
    description: 'Only activities this institution leads or is a partner of (directory id)',
  })
  @IsOptional()
  @Matches(INSTITUTION_ID_PATTERN, { message: 'institution must be a 24-character lowercase hex id' })
  institution?: string;

  @ApiPropertyOptional({
    description: 'Text to find in the code or text, ignoring case and accents',
    maxLength: 200,
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  q?: string;
}

export class IndicatorInputDto implements IndicatorInput {
  @ApiProperty({
    description: 'Stable key within the activity (a-z, 0-9, - or _)',
    example: 'professionals-trained',
  })
  @Matches(INDICATOR_KEY_PATTERN, { message: 'key must be 1–50 lowercase letters, digits, - or _' })
  key!: string;

  @ApiProperty({ description: 'What it measures', example: 'Profissionais capacitados', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({
    description: `Unit; "people_trained" makes completed trainings count towards it`,
    example: 'people_trained',
  })
  @IsString()
  @Length(1, 50)
  unit!: string;

  @ApiProperty({ description: 'Value at the start of the plan', example: 0 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  baseline!: number;

  @ApiProperty({ description: 'Value to reach by the due date', example: 600 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  target!: number;

  @ApiPropertyOptional({
    description: 'Whether completed trainings add their participants (default: unit is people_trained)',
  })
  @OptionalNotNull()
  @IsBoolean()
  countsPeopleTrained?: boolean;

  @ApiPropertyOptional({
    description: 'Count only participants of these audiences',
    isArray: true,
    ...AUDIENCE,
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayUnique()
  @IsIn(TRAINING_AUDIENCES, { each: true })
  audiences?: TrainingAudience[];
}

export class UpdateActivityDto implements UpdateActivityInput {
  @ApiPropertyOptional({ description: 'New status', ...STATUS })
  @OptionalNotNull()
  @IsIn(ACTIVITY_STATUSES)
  status?: ActivityStatus;

  @ApiPropertyOptional({
    description: 'Lead institution (directory id); null removes it',
    type: String,
    nullable: true,
  })
  @Clearable()
  @Matches(INSTITUTION_ID_PATTERN, { message: 'leadInstitutionId must be a 24-character lowercase hex id' })
  leadInstitutionId?: string | null;

  @ApiPropertyOptional({
    description: 'Partner institutions (directory ids), replacing the current list',
    type: [String],
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_PARTNER_INSTITUTIONS)
  @ArrayUnique()
  @Matches(INSTITUTION_ID_PATTERN, {
    each: true,
    message: 'each partnerInstitutionIds entry must be a 24-character lowercase hex id',
  })
  partnerInstitutionIds?: string[];

  @ApiPropertyOptional({
    description: 'Start date (YYYY-MM-DD, 2024–2028); null removes it',
    type: String,
    nullable: true,
    example: '2025-01-01',
  })
  @Clearable()
  @IsPlanDate()
  startDate?: string | null;

  @ApiPropertyOptional({
    description: 'Due date (YYYY-MM-DD, 2024–2028, not before the start); null removes it',
    type: String,
    nullable: true,
    example: '2026-12-31',
  })
  @Clearable()
  @IsPlanDate()
  dueDate?: string | null;

  @ApiPropertyOptional({
    description: 'Indicator definitions, replacing the current ones; values already recorded are kept by key',
    type: [IndicatorInputDto],
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_INDICATORS)
  @ValidateNested({ each: true })
  @Type(() => IndicatorInputDto)
  indicators?: IndicatorInputDto[];
}
