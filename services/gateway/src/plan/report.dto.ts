import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  INDICATOR_KEY_PATTERN,
  MAX_REPORT_ITEMS,
  REPORTING_PERIOD_PATTERN,
  REPORT_STATUSES,
  type ProgressReport,
  type ReportActor,
  type ReportEvidence,
  type ReportIndicatorValue,
  type ReportStatus,
  type SubmitReportInput,
} from '@elo/contracts';
import { HEX_ID } from '../common/id-param.dto';
import { PageQueryDto } from '../common/pagination.dto';
import { ActivityCodeParamDto } from './activity.dto';
import { OptionalNotNull } from '../common/validators';

const REPORT_STATUS = { enum: REPORT_STATUSES, enumName: 'ReportStatus' };

export class ReportParamDto extends ActivityCodeParamDto {
  @ApiProperty({ description: 'Report id (24 hex characters)', example: '665f1c2e9b1e8a0012345678' })
  @Matches(HEX_ID, { message: 'id must be a 24-character lowercase hex id' })
  id!: string;
}

export class ReportIndicatorValueDto implements ReportIndicatorValue {
  @ApiProperty({ description: 'Key of one of the activity’s indicators', example: 'professionals-trained' })
  @Matches(INDICATOR_KEY_PATTERN, { message: 'indicatorKey must be 1–50 lowercase letters, digits, - or _' })
  indicatorKey!: string;

  @ApiProperty({ description: 'Value for the report’s period', example: 120 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;
}

export class ReportEvidenceDto implements ReportEvidence {
  @ApiProperty({ description: 'What it is', example: 'Ata da reunião do CONATRAP', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiPropertyOptional({
    description: 'Link to the document (http or https)',
    example: 'https://www.gov.br/mj/ata.pdf',
  })
  @OptionalNotNull()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) URL' })
  url?: string;

  @ApiPropertyOptional({ description: 'Details', maxLength: 2000 })
  @OptionalNotNull()
  @IsString()
  @Length(1, 2000)
  description?: string;
}

export class SubmitReportDto implements SubmitReportInput {
  @ApiProperty({ description: 'Reporting period: a quarter from 2024-Q1 to 2028-Q4', example: '2025-Q3' })
  @Matches(REPORTING_PERIOD_PATTERN, {
    message: 'period must be a quarter from 2024-Q1 to 2028-Q4, e.g. 2025-Q3',
  })
  period!: string;

  @ApiProperty({
    description: 'Progress of the activity at the end of the period, 0–100',
    minimum: 0,
    maximum: 100,
    example: 40,
  })
  @IsInt()
  @Min(0)
  @Max(100)
  progress!: number;

  @ApiProperty({ description: 'What was done in the period', maxLength: 5000 })
  @IsString()
  @Length(1, 5000)
  @Matches(/\S/, { message: 'narrative must not be blank' })
  narrative!: string;

  @ApiPropertyOptional({ description: 'Indicator values for the period', type: [ReportIndicatorValueDto] })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_REPORT_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => ReportIndicatorValueDto)
  indicatorValues?: ReportIndicatorValueDto[];

  @ApiPropertyOptional({ description: 'Evidence of the work', type: [ReportEvidenceDto] })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_REPORT_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => ReportEvidenceDto)
  evidence?: ReportEvidenceDto[];
}

export class ReturnReportDto {
  @ApiProperty({ description: 'Why the report goes back to its submitter', maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason!: string;
}

export class ListReportsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only reports with this status', ...REPORT_STATUS })
  @IsOptional()
  @IsIn(REPORT_STATUSES)
  status?: ReportStatus;
}

class ReportActorDto implements ReportActor {
  @ApiProperty({ description: 'API client id' }) clientId!: string;
  @ApiProperty({ description: 'Institution the client acts for' }) institutionId!: string;
}

export class ReportDto implements ProgressReport {
  @ApiProperty({ description: 'Report id' }) id!: string;
  @ApiProperty({ description: 'Activity code' }) activityCode!: string;
  @ApiProperty({ description: 'Reporting period' }) period!: string;
  @ApiProperty({ description: 'Progress reported, 0–100' }) progress!: number;
  @ApiProperty({ description: 'What was done' }) narrative!: string;
  @ApiProperty({ description: 'Indicator values reported', type: [ReportIndicatorValueDto] })
  indicatorValues!: ReportIndicatorValueDto[];
  @ApiProperty({ description: 'Evidence reported', type: [ReportEvidenceDto] })
  evidence!: ReportEvidenceDto[];
  @ApiProperty({ description: 'pending until a coordinator approves or returns it', ...REPORT_STATUS })
  status!: ReportStatus;
  @ApiProperty({ description: 'Who submitted it', type: ReportActorDto }) submittedBy!: ReportActorDto;
  @ApiProperty({ description: 'Submission time (ISO 8601, UTC)' }) submittedAt!: string;
  @ApiPropertyOptional({ description: 'Who decided it', type: ReportActorDto }) decidedBy?: ReportActorDto;
  @ApiPropertyOptional({ description: 'Decision time (ISO 8601, UTC)' }) decidedAt?: string;
  @ApiPropertyOptional({ description: 'Why it was returned' }) reason?: string;
  @ApiProperty({ description: 'Version, incremented on every change' }) version!: number;
}

export class ReportPageDto {
  @ApiProperty({ description: 'This page of reports, oldest first', type: [ReportDto] })
  items!: ReportDto[];

  @ApiProperty({
    description: 'Cursor of the next page, or null on the last page',
    type: String,
    nullable: true,
  })
  nextCursor!: string | null;
}
