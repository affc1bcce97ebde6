import { Injectable } from '@nestjs/common';
import type { Types } from 'mongoose';
import {
  DomainError,
  type Caller,
  type Enrolment,
  type EnrolmentStatus,
  type ListEnrolmentsQuery,
  type Page,
  type Participant,
} from '@elo/contracts';
import { organises } from '../common/access';
import { ReferenceChecker } from '../common/reference-checker';
import { CertificateRepository } from '../certificates/certificate.repository';
import { TrainingEventRepository } from '../events/event.repository';
import type { TrainingEventRow } from '../events/event.schema';
import { eventNotFound } from '../events/event.service';
import { EnrolmentRepository } from './enrolment.repository';
import type { EnrolmentRow } from './enrolment.schema';
import { decodeOffsetCursor, encodeOffsetCursor } from './offset-cursor';

const MAX_SEAT_ATTEMPTS = 5;

@Injectable()
export class EnrolmentService {
  constructor(
    private readonly events: TrainingEventRepository,
    private readonly enrolments: EnrolmentRepository,
    private readonly certificates: CertificateRepository,
    private readonly references: ReferenceChecker,
  ) {}

  /**
   * The course with its seat lists, if the caller may see its participants: the organiser and
   * coordinators. Anyone else is told there is no such thing (404), so participants' data never leaks.
   */
  async requireParticipantsAccess(eventId: string, caller: Caller): Promise<TrainingEventRow> {
    const event = await this.events.findWithSeats(eventId);
    if (!event) throw eventNotFound(eventId);
    if (!organises(caller, event)) {
      throw new DomainError(
        'TRAINING.ENROLMENT_NOT_FOUND',
        `No participants of course ${eventId} for this caller.`,
      );
    }
    return event;
  }

  async enrol(eventId: string, participant: Participant, caller: Caller): Promise<Enrolment> {
    const event = await this.requireParticipantsAccess(eventId, caller);
    assertOpen(event);
    if (participant.institutionId)
      await this.references.assertKnown({ institutionIds: [participant.institutionId] });
    let row = await this.enrolments.insert(event._id, participant);
    if (!row) {
      const existing = await this.enrolments.findByEmail(event._id, participant.email);
      if (!existing)
        throw new DomainError('COMMON.CONCURRENT_MODIFICATION', 'Enrolment changed meanwhile; retry.');
      if (!existing.cancelled && holdsPlace(event, existing._id)) throw alreadyEnrolled(participant.email);
      // Cancelled, or written by an attempt that died before taking its place: the person takes it up again.
      await this.enrolments.revive(existing._id, participant);
      row = { ...existing, ...participant, cancelled: false };
    }
    // Simultaneous requests for one email share one enrolment: only the one whose write placed it
    // succeeds, the others are told it is already enrolled.
    if (!(await this.place(event, row._id))) throw alreadyEnrolled(participant.email);
    return this.view(event._id, row._id);
  }

  /**
   * A seat if one is free, otherwise the end of the waiting list; each is one conditional write.
   * False when another request placed this enrolment first.
   */
  private async place(event: TrainingEventRow, id: Types.ObjectId): Promise<boolean> {
    let current = event;
    for (let attempt = 0; attempt < MAX_SEAT_ATTEMPTS; attempt++) {
      if (await this.events.takeSeat(current._id, id, current.capacity)) return true;
      if (await this.events.joinWaitlist(current._id, id)) {
        // A seat freed between our two writes found nobody waiting: fill it now.
        await this.fillFreeSeats(current._id);
        return true;
      }
      const latest = await this.events.findWithSeats(current._id);
      if (!latest) throw eventNotFound(current._id.toHexString());
      if (holdsPlace(latest, id)) return false;
      assertOpen(latest);
      current = latest;
    }
    throw new DomainError('COMMON.CONCURRENT_MODIFICATION', 'The course changed meanwhile; retry.');
  }

  /** Promotes waiting people, first come first served, while seats are free. */
  async fillFreeSeats(eventId: Types.ObjectId): Promise<void> {
    for (;;) {
      const event = await this.events.findWithSeats(eventId);
      if (!event || event.enrolledCount >= event.capacity || !event.waitlist.length) return;
      // A lost race means someone else changed the lists: read again and go on.
      await this.events.promoteFirst(event);
    }
  }

  async cancel(eventId: string, enrolmentId: string, caller: Caller): Promise<Enrolment> {
    const event = await this.requireParticipantsAccess(eventId, caller);
    if (event.status === 'completed' || event.status === 'cancelled') {
      throw new DomainError('TRAINING.ENROLMENT_CLOSED', `Course ${eventId} is ${event.status}.`);
    }
    const row = await this.enrolments.findOne(event._id, enrolmentId);
    if (!row) throw enrolmentNotFound(enrolmentId);
    // Marked first, so an interrupted cancellation is finished by sending it again.
    await this.enrolments.markCancelled(row._id);
    const leftSeat = await this.events.leaveSeat(event._id, row._id);
    if (!leftSeat) await this.events.leaveWaitlist(event._id, row._id);
    await this.fillFreeSeats(event._id);
    return this.view(event._id, row._id);
  }

  async list(query: ListEnrolmentsQuery, caller: Caller): Promise<Page<Enrolment>> {
    const event = await this.requireParticipantsAccess(query.eventId, caller);
    const offset = query.cursor ? decodeOffsetCursor(query.cursor) : 0;
    const ordered = await this.ordered(event, query.status);
    const pageIds = ordered.slice(offset, offset + query.limit);
    const rows = new Map(
      (await this.enrolments.findMany(event._id, pageIds)).map((r) => [r._id.toHexString(), r]),
    );
    const codes = await this.certificates.codesByEnrolment(pageIds);
    const items = pageIds.flatMap((id) => {
      const row = rows.get(id.toHexString());
      return row ? [toEnrolment(event, row, codes.get(id.toHexString()))] : [];
    });
    const next = offset + query.limit;
    return { items, nextCursor: next < ordered.length ? encodeOffsetCursor(next) : null };
  }

  /** Seat holders, then the waiting list, then cancelled enrolments: each in order of arrival. */
  private async ordered(event: TrainingEventRow, status?: EnrolmentStatus): Promise<Types.ObjectId[]> {
    const lists: Types.ObjectId[] = [];
    if (!status || status === 'enrolled') lists.push(...event.seatHolders);
    if (!status || status === 'waiting') lists.push(...event.waitlist);
    if (!status || status === 'cancelled') lists.push(...(await this.enrolments.cancelledIds(event._id)));
    return lists;
  }

  private async view(eventId: Types.ObjectId, id: Types.ObjectId): Promise<Enrolment> {
    const [event, row] = await Promise.all([
      this.events.findWithSeats(eventId),
      this.enrolments.findOne(eventId, id.toHexString()),
    ]);
    if (!event) throw eventNotFound(eventId.toHexString());
    if (!row) throw enrolmentNotFound(id.toHexString());
    const codes = await this.certificates.codesByEnrolment([id]);
    return toEnrolment(event, row, codes.get(id.toHexString()));
  }
}

export function holdsPlace(event: TrainingEventRow, id: Types.ObjectId): boolean {
  return event.seatHolders.some((s) => s.equals(id)) || event.waitlist.some((w) => w.equals(id));
}

export function assertOpen(event: TrainingEventRow): void {
  if (event.status !== 'open') {
    throw new DomainError(
      'TRAINING.ENROLMENT_CLOSED',
      `Course ${event._id.toHexString()} is ${event.status}; it takes enrolments only while open.`,
    );
  }
}

export function toEnrolment(event: TrainingEventRow, row: EnrolmentRow, certificateCode?: string): Enrolment {
  const waitingIndex = event.waitlist.findIndex((w) => w.equals(row._id));
  const status: EnrolmentStatus = row.cancelled ? 'cancelled' : waitingIndex >= 0 ? 'waiting' : 'enrolled';
  return {
    id: row._id.toHexString(),
    eventId: event._id.toHexString(),
    name: row.name,
    email: row.email,
    ...(row.cpf ? { cpf: row.cpf } : {}),
    ...(row.institutionId ? { institutionId: row.institutionId } : {}),
    audience: row.audience,
    ...(row.uf ? { uf: row.uf } : {}),
    status,
    ...(status === 'waiting' ? { waitingPosition: waitingIndex + 1 } : {}),
    attendedSessionIds: row.attendedSessionIds,
    ...(certificateCode ? { certificateCode } : {}),
    createdAt: row.createdAt.toISOString(),
  };
}

const alreadyEnrolled = (email: string) =>
  new DomainError('TRAINING.ALREADY_ENROLLED', `${email} is already enrolled in this course.`, [
    { field: 'participant.email', message: 'is already enrolled in this course' },
  ]);
export const enrolmentNotFound = (id: string) =>
  new DomainError('TRAINING.ENROLMENT_NOT_FOUND', `No enrolment with id ${id} in this course.`);
