import { Injectable } from '@nestjs/common';
import {
  DomainError,
  EDITABLE_TRAINING_STATUSES,
  TRAINING_CHANGEABLE_FIELDS,
  type Caller,
  type EloCloudEvent,
  type TrainingEvent,
  type TrainingStatus,
  type UpdateEventInput,
} from '@elo/contracts';
import { Outbox } from '@elo/events';
import { writeAtVersion } from '@elo/persistence';
import { Clock } from '../common/clock';
import { ReferenceChecker } from '../common/reference-checker';
import { EnrolmentService } from '../enrolments/enrolment.service';
import { toEventSummary, toTrainingEvent } from './event.mapper';
import { TrainingEventRepository } from './event.repository';
import type { TrainingEventRecord, TrainingEventRow } from './event.schema';
import { TrainingEventService } from './event.service';

const EDITABLE: ReadonlySet<TrainingStatus> = new Set(EDITABLE_TRAINING_STATUSES);

/**
 * Changing a course's details: by its organiser or a coordinator, at the version read (If-Match) or
 * merged into the latest, never once it is completed or cancelled, never below the seats taken.
 */
@Injectable()
export class TrainingEventUpdateService {
  constructor(
    private readonly eventService: TrainingEventService,
    private readonly events: TrainingEventRepository,
    private readonly enrolments: EnrolmentService,
    private readonly references: ReferenceChecker,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async update(
    id: string,
    changes: UpdateEventInput,
    caller: Caller,
    expectedVersion?: number,
  ): Promise<TrainingEvent> {
    await this.eventService.requireManaged(id, caller);
    await this.references.assertKnown({
      institutionIds: changes.partnerInstitutionIds ?? [],
      expertIds: changes.instructorIds ?? [],
      moduleIds: changes.moduleIds ?? [],
      ...(changes.partnershipId ? { partnershipIds: [changes.partnershipId] } : {}),
      activityCodes: changes.activityCodes ?? [],
    });
    const update = toUpdate(changes);
    const changedFields = TRAINING_CHANGEABLE_FIELDS.filter((field) => changes[field] !== undefined);
    const updated = await writeAtVersion({
      what: `Course ${id}`,
      expectedVersion,
      read: () => this.eventService.require(id),
      version: (row) => row.__v,
      write: async (row: TrainingEventRow) => {
        assertEditable(row, changes.capacity ?? row.capacity);
        // Built from the row this write is conditioned on, so the event says exactly what was written.
        const events: EloCloudEvent[] = changedFields.length
          ? [
              this.outbox.event('training.updated', id, {
                ...toEventSummary({ ...row, ...update.$set }),
                changedFields,
                version: row.__v + 1,
                updatedAt: this.clock.now().toISOString(),
              }),
            ]
          : [];
        return this.events.update(row._id, row.__v, update, changes.capacity ?? row.capacity, events);
      },
    });
    if (changedFields.length) this.outbox.written(this.events.outboxDocument(updated._id));
    // More seats: the first people waiting take them, in order.
    if (changes.capacity !== undefined) await this.enrolments.fillFreeSeats(updated._id);
    return toTrainingEvent(await this.eventService.require(id));
  }
}

function assertEditable(row: TrainingEventRow, capacity: number): void {
  if (!EDITABLE.has(row.status)) {
    throw new DomainError(
      'TRAINING.EVENT_CLOSED',
      `Course ${row._id.toHexString()} is ${row.status}; it does not change any more.`,
    );
  }
  if (capacity < row.enrolledCount) {
    throw new DomainError(
      'TRAINING.CAPACITY_BELOW_ENROLLED',
      `${row.enrolledCount} people hold seats; the capacity cannot be ${capacity}.`,
      [{ field: 'capacity', message: `must be at least ${row.enrolledCount}, the seats taken` }],
    );
  }
}

function toUpdate(changes: UpdateEventInput): {
  $set: Partial<TrainingEventRecord>;
  $unset: Record<string, ''>;
} {
  const { description, partnershipId, completionRule, ...rest } = changes;
  const $set: Partial<TrainingEventRecord> = { ...rest };
  const $unset: Record<string, ''> = {};
  if (description === null) $unset.description = '';
  else if (description !== undefined) $set.description = description;
  if (partnershipId === null) $unset.partnershipId = '';
  else if (partnershipId !== undefined) $set.partnershipId = partnershipId;
  if (completionRule) $set.minAttendanceShare = completionRule.minAttendanceShare;
  return { $set, $unset };
}
