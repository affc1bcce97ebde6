import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  REPORT_STATUSES,
  type ProgressReport,
  type ReportActor,
  type ReportEvidence,
  type ReportIndicatorValue,
  type ReportStatus,
} from '@elo/contracts';
import { PageOf } from '../common/page.dto';

// What the report endpoints answer.

const REPORT_STATUS = { enum: REPORT_STATUSES, enumName: 'ReportStatus' };

class ReportIndicatorValueDto implements ReportIndicatorValue {
  @ApiProperty({ description: 'Key of one of the activity’s indicators', example: 'professionals-trained' })
  indicatorKey!: string;
  @ApiProperty({ description: 'Value for the report’s period', example: 120 }) value!: number;
}

class ReportEvidenceDto implements ReportEvidence {
  @ApiProperty({ description: 'What it is', example: 'Ata da reunião do CONATRAP' }) title!: string;
  @ApiPropertyOptional({ description: 'Link to the document (http or https)' }) url?: string;
  @ApiPropertyOptional({ description: 'Details' }) description?: string;
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

export class ReportPageDto extends PageOf(ReportDto, 'This page of reports, oldest first') {}
