import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACTIVITY_STATUSES,
  EVIDENCE_KINDS,
  TRAINING_AUDIENCES,
  type Activity,
  type ActivityStatus,
  type ActivitySummary,
  type Evidence,
  type EvidenceKind,
  type Indicator,
  type IndicatorValue,
  type ParticipantCount,
  type TrainingAudience,
} from '@elo/contracts';
import { PageOf } from '../common/page.dto';

// What the activity endpoints answer.

export const STATUS = { enum: ACTIVITY_STATUSES, enumName: 'ActivityStatus' };
const AUDIENCE = { enum: TRAINING_AUDIENCES, enumName: 'TrainingAudience' };
const EVIDENCE_KIND = { enum: EVIDENCE_KINDS, enumName: 'EvidenceKind' };

class IndicatorValueDto implements IndicatorValue {
  @ApiProperty({ description: 'Reporting period', example: '2025-Q3' }) period!: string;
  @ApiProperty({ description: 'Value for that period' }) value!: number;
}

export class IndicatorDto implements Indicator {
  @ApiProperty({ description: 'Stable key within the activity' }) key!: string;
  @ApiProperty({ description: 'What it measures' }) name!: string;
  @ApiProperty({ description: 'Unit' }) unit!: string;
  @ApiProperty({ description: 'Value at the start of the plan' }) baseline!: number;
  @ApiProperty({ description: 'Value to reach' }) target!: number;
  @ApiProperty({ description: 'Whether completed trainings add their participants' })
  countsPeopleTrained!: boolean;
  @ApiPropertyOptional({ description: 'Audiences counted (all when absent)', isArray: true, ...AUDIENCE })
  audiences?: TrainingAudience[];
  @ApiProperty({ description: 'Value per reporting period', type: [IndicatorValueDto] })
  values!: IndicatorValueDto[];
}

class ParticipantCountDto implements ParticipantCount {
  @ApiProperty({ description: 'Professional field of the participants', ...AUDIENCE })
  audience!: TrainingAudience;
  @ApiProperty({ description: 'How many took part' }) count!: number;
}

export class EvidenceDto implements Evidence {
  @ApiProperty({ description: 'Evidence id within the activity' }) id!: string;
  @ApiProperty({ description: 'Where it comes from', ...EVIDENCE_KIND }) kind!: EvidenceKind;
  @ApiProperty({ description: 'Title' }) title!: string;
  @ApiProperty({ description: 'When it happened (ISO 8601, UTC)' }) date!: string;
  @ApiPropertyOptional({ description: 'Description' }) description?: string;
  @ApiPropertyOptional({ description: 'Link to a document' }) url?: string;
  @ApiPropertyOptional({ description: 'The training, agreement or report id' }) sourceId?: string;
  @ApiPropertyOptional({ description: 'The event that recorded it' }) sourceEventId?: string;
  @ApiPropertyOptional({ description: 'Participants by audience (trainings)', type: [ParticipantCountDto] })
  participants?: ParticipantCountDto[];
  @ApiPropertyOptional({ description: 'Institutions involved (agreements)', type: [String] })
  institutionIds?: string[];
}

export class ActivitySummaryDto implements ActivitySummary {
  @ApiProperty({ description: 'Activity code', example: '2.5.1' }) code!: string;
  @ApiProperty({ description: 'Axis number' }) axis!: number;
  @ApiProperty({ description: 'Priority action code', example: '2.5' }) action!: string;
  @ApiProperty({ description: 'Text of the activity (Portuguese)' }) text!: string;
  @ApiProperty({ description: 'Status', ...STATUS }) status!: ActivityStatus;
  @ApiProperty({ description: 'Progress 0–100, moved only by approved reports' }) progress!: number;
  @ApiPropertyOptional({ description: 'Period of the approved report that set the progress' })
  progressPeriod?: string;
  @ApiPropertyOptional({ description: 'Lead institution (directory id)' }) leadInstitutionId?: string;
  @ApiProperty({ description: 'Partner institutions (directory ids)', type: [String] })
  partnerInstitutionIds!: string[];
  @ApiPropertyOptional({ description: 'Start date (YYYY-MM-DD)' }) startDate?: string;
  @ApiPropertyOptional({ description: 'Due date (YYYY-MM-DD)' }) dueDate?: string;
  @ApiProperty({ description: 'Due date passed without completion or cancellation' }) overdue!: boolean;
  @ApiProperty({ description: 'Version, incremented on every change' }) version!: number;
  @ApiProperty({ description: 'Last change (ISO 8601, UTC)' }) updatedAt!: string;
}

export class ActivityDto extends ActivitySummaryDto implements Activity {
  @ApiProperty({ description: 'Indicators with their values per period', type: [IndicatorDto] })
  indicators!: IndicatorDto[];
  @ApiProperty({
    description: 'The latest evidence (trainings, agreements, reports), oldest first; all of it at /evidence',
    type: [EvidenceDto],
  })
  evidence!: EvidenceDto[];
  @ApiProperty({ description: 'How much evidence the activity has in all' }) evidenceCount!: number;
  @ApiProperty({ description: 'Creation time (ISO 8601, UTC)' }) createdAt!: string;
}

export class EvidencePageDto extends PageOf(
  EvidenceDto,
  'This page of evidence, in the order it was recorded',
) {}

export class ActivityPageDto extends PageOf(ActivitySummaryDto, 'This page of activities, in code order') {}
