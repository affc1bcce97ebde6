import { Injectable } from '@nestjs/common';
import type { Types } from 'mongoose';
import {
  DEFAULT_MIN_ATTENDANCE_SHARE,
  DomainError,
  type Caller,
  type CreateEventInput,
  type EloCloudEvent,
  type ListEventsQuery,
  type Page,
  type TrainingEvent,
  type Uf,
} from '@elo/contracts';
import { Outbox } from '@elo/events';
import { toPage } from '@elo/persistence';
import { isCoordinator, organises } from '../common/access';
import { Clock } from '../common/clock';
import { ReferenceChecker } from '../common/reference-checker';
import { municipalityIn } from '../places/municipalities';
import { assertTransition } from './lifecycle';
import { sessionOffsetErrors } from './session-time';
import { toEventSummary, toTrainingEvent } from './event.mapper';
import { TrainingEventRepository } from './event.repository';
import type { PlaceRecord, SessionRecord, TrainingEventRow } from './event.schema';

type RequestedTransition = 'open' | 'in_progress' | 'cancelled';

@Injectable()
export class TrainingEventService {
  constructor(
    private readonly events: TrainingEventRepository,
    private readonly references: ReferenceChecker,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async create(input: CreateEventInput, caller: Caller): Promise<TrainingEvent> {
    if (!isCoordinator(caller) && input.organiserInstitutionId !== caller.institutionId) {
      throw new DomainError(
        'TRAINING.NOT_ORGANISER',
        'An agency plans courses only for its own institution.',
      );
    }
    const offsetErrors = sessionOffsetErrors(input.sessions, input.timezone);
    if (offsetErrors.length) {
      throw new DomainError(
        'COMMON.VALIDATION',
        `Session times do not match ${input.timezone}.`,
        offsetErrors,
      );
    }
    const place = input.place ? placeOf(input.place.uf, input.place.municipalityCode) : undefined;
    await this.references.assertKnown({
      institutionIds: [input.organiserInstitutionId, ...(input.partnerInstitutionIds ?? [])],
      expertIds: input.instructorIds ?? [],
      moduleIds: input.moduleIds ?? [],
      ...(input.partnershipId ? { partnershipIds: [input.partnershipId] } : {}),
      activityCodes: input.activityCodes ?? [],
    });
    const sessions = toSessions(input.sessions);
    const row = await this.events.create(
      {
        title: input.title,
        ...(input.description ? { description: input.description } : {}),
        modality: input.modality,
        ...(place ? { place } : {}),
        timezone: input.timezone,
        sessions,
        totalHours: round2(sessions.reduce((sum, s) => sum + s.hours, 0)),
        capacity: input.capacity,
        audiences: input.audiences,
        organiserInstitutionId: input.organiserInstitutionId,
        partnerInstitutionIds: input.partnerInstitutionIds ?? [],
        ...(input.partnershipId ? { partnershipId: input.partnershipId } : {}),
        instructorIds: input.instructorIds ?? [],
        moduleIds: input.moduleIds ?? [],
        activityCodes: input.activityCodes ?? [],
        minAttendanceShare: input.completionRule?.minAttendanceShare ?? DEFAULT_MIN_ATTENDANCE_SHARE,
        demo: false,
      },
      (id) => [this.outbox.event('training.scheduled', id.toHexString(), scheduledData(id, input, sessions))],
    );
    this.outbox.written(this.events.outboxDocument(row._id));
    return toTrainingEvent(row);
  }

  async get(id: string): Promise<TrainingEvent> {
    return toTrainingEvent(await this.require(id));
  }

  async list(query: ListEventsQuery): Promise<Page<TrainingEvent>> {
    const rows = await this.events.list(query);
    return toPage(rows, query.limit, toTrainingEvent);
  }

  async require(id: string): Promise<TrainingEventRow> {
    const row = await this.events.findPublic(id);
    if (!row) throw eventNotFound(id);
    return row;
  }

  /**
   * The course, if the caller may manage it; otherwise TRAINING.NOT_ORGANISER (403), not a 404: every
   * role reads every course (the public calendar, `training.event.get` / `list`), so the refusal tells
   * another institution nothing it could not read already.
   */
  async requireManaged(id: string, caller: Caller): Promise<TrainingEventRow> {
    const row = await this.require(id);
    if (!organises(caller, row)) {
      throw new DomainError(
        'TRAINING.NOT_ORGANISER',
        'Only the organising institution or a coordinator may do this.',
      );
    }
    return row;
  }

  async transition(id: string, to: RequestedTransition, caller: Caller): Promise<TrainingEvent> {
    const current = await this.requireManaged(id, caller);
    assertTransition(id, current.status, to);
    const summary = toEventSummary(current);
    const now = this.clock.now();
    const events: EloCloudEvent[] = [];
    if (to === 'open') events.push(this.outbox.event('training.enrollment-opened', id, summary));
    if (to === 'cancelled') {
      events.push(
        this.outbox.event('training.cancelled', id, { ...summary, cancelledAt: now.toISOString() }),
      );
    }
    const updated = await this.events.transition(
      current._id,
      current.status,
      current.__v,
      { status: to, ...(to === 'cancelled' ? { cancelledAt: now } : {}) },
      events,
    );
    if (!updated) {
      throw new DomainError(
        'COMMON.CONCURRENT_MODIFICATION',
        `Course ${id} changed meanwhile; reload and retry.`,
      );
    }
    if (events.length) this.outbox.written(this.events.outboxDocument(updated._id));
    return toTrainingEvent(updated);
  }
}

export function placeOf(uf: Uf, code: string): PlaceRecord {
  const municipality = municipalityIn(uf, code);
  if (!municipality) {
    throw new DomainError('TRAINING.UNKNOWN_MUNICIPALITY', `${code} is not an IBGE municipality of ${uf}.`, [
      { field: 'place.municipalityCode', message: `${code} is not an IBGE municipality of ${uf}` },
    ]);
  }
  return { uf, municipalityCode: code, municipalityName: municipality.name };
}

/** Sessions in start order, numbered s1, s2…, with their length in hours. */
export function toSessions(sessions: readonly { start: string; end: string }[]): SessionRecord[] {
  return [...sessions]
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
    .map((s, i) => ({
      id: `s${i + 1}`,
      start: s.start,
      end: s.end,
      hours: round2((Date.parse(s.end) - Date.parse(s.start)) / 3_600_000),
    }));
}

function scheduledData(id: Types.ObjectId, input: CreateEventInput, sessions: SessionRecord[]) {
  return {
    trainingId: id.toHexString(),
    title: input.title,
    modality: input.modality,
    organiserInstitutionId: input.organiserInstitutionId,
    ...(input.place ? { uf: input.place.uf, municipalityCode: input.place.municipalityCode } : {}),
    firstSessionStart: sessions[0]?.start ?? '',
    capacity: input.capacity,
    audiences: input.audiences,
    activityCodes: input.activityCodes ?? [],
  };
}

export const round2 = (n: number) => Math.round(n * 100) / 100;

export const eventNotFound = (id: string) =>
  new DomainError('TRAINING.EVENT_NOT_FOUND', `No training course with id ${id}.`);
