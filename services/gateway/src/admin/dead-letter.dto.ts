import { ApiProperty } from '@nestjs/swagger';
import { z } from 'zod';
import {
  DEAD_LETTER_REASONS,
  EVENT_SERVICES,
  type DeadLetter,
  pageQuerySchema,
  type DeadLetterReason,
  type EventService,
} from '@elo/contracts';
import { PageOf } from '../common/page.dto';

const SERVICE = { enum: EVENT_SERVICES, enumName: 'EventService' };
const REASON = { enum: DEAD_LETTER_REASONS, enumName: 'DeadLetterReason' };

export const listDeadLettersQuerySchema = pageQuerySchema.extend({
  service: z
    .enum(EVENT_SERVICES)
    .meta({
      description:
        'Only this service’s dead letters; without it, every consuming service’s, one service after another',
    })
    .optional(),
});

export class DeadLetterDto implements DeadLetter {
  @ApiProperty({ description: 'Dead-letter id (<service>.<24 hex>)' }) id!: string;
  @ApiProperty({ description: 'The service whose handler gave up', ...SERVICE }) service!: EventService;
  @ApiProperty({ description: 'The handler’s name', example: 'record-training-evidence' }) handler!: string;
  @ApiProperty({
    description: 'The JetStream durable consumer',
    example: 'plan-tracking__record-training-evidence',
  })
  consumer!: string;
  @ApiProperty({
    description:
      'invalid_event: failed validation (parked at once); permanent_error: the handler said it can never succeed; ' +
      'max_deliver: the handler kept failing; no_answer: the last delivery was never settled (process died or hung, or could not store the letter)',
    ...REASON,
  })
  reason!: DeadLetterReason;
  @ApiProperty({
    description:
      'The CloudEvent’s envelope (specversion, id, type, source, subject, time), never its data: the event stays in the service for replays only',
    type: 'object',
    additionalProperties: true,
  })
  event!: Record<string, unknown>;
  @ApiProperty({ description: 'The event’s id' }) eventId!: string;
  @ApiProperty({ description: 'The event’s type', example: 'institution.created' }) eventType!: string;
  @ApiProperty({ description: 'The last error’s first line, at most 500 characters (no stack trace)' })
  error!: string;
  @ApiProperty({ description: 'Deliveries made before it was dead-lettered' }) deliveryCount!: number;
  @ApiProperty({ description: 'First failure that dead-lettered it (ISO 8601, UTC)' }) firstFailedAt!: string;
  @ApiProperty({ description: 'Latest failure, including failed replays (ISO 8601, UTC)' })
  lastFailedAt!: string;
}

export class DeadLetterPageDto extends PageOf(DeadLetterDto, 'This page of dead letters') {
  @ApiProperty({
    description:
      'Services that did not answer (not deployed or down): their dead letters are missing from this page',
    isArray: true,
    ...SERVICE,
  })
  unavailable!: EventService[];
}

export class ReplayResultDto {
  @ApiProperty({ description: 'The replayed dead letter’s id (now removed)' }) id!: string;
  @ApiProperty({ description: 'Always true: the handler succeeded', enum: [true] }) replayed!: true;
}
