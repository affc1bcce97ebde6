import { Injectable } from '@nestjs/common';
import type { Types } from 'mongoose';
import { DomainError, type Caller, type ImportResult, type Participant } from '@elo/contracts';
import { ReferenceChecker } from '../common/reference-checker';
import { TrainingEventRepository } from '../events/event.repository';
import { eventNotFound } from '../events/event.service';
import { EnrolmentRepository } from './enrolment.repository';
import { EnrolmentService, assertOpen, holdsPlace } from './enrolment.service';
import { invalid, lineError, parseParticipantsCsv, type ParticipantRow } from './participant-csv';

const MAX_SEAT_ATTEMPTS = 10;

/**
 * A CSV import enrols every row or none: the file is checked whole before anything is written.
 * Emails already holding a place are left as they are, so importing the same file again changes nothing.
 */
@Injectable()
export class ImportService {
  constructor(
    private readonly events: TrainingEventRepository,
    private readonly enrolments: EnrolmentRepository,
    private readonly enrolmentService: EnrolmentService,
    private readonly references: ReferenceChecker,
  ) {}

  async import(eventId: string, csv: string, caller: Caller): Promise<ImportResult> {
    const event = await this.enrolmentService.requireParticipantsAccess(eventId, caller);
    assertOpen(event);
    const rows = parseParticipantsCsv(csv);
    await this.assertInstitutions(rows);

    const emails = rows.map((r) => r.email);
    const before = await this.enrolments.findByEmails(event._id, emails);
    const placed = new Set(
      before.filter((r) => !r.cancelled && holdsPlace(event, r._id)).map((r) => r.email),
    );
    const fresh = rows.filter((r) => !placed.has(r.email));
    const known = new Set(before.map((r) => r.email));
    await this.enrolments.insertMany(event._id, fresh.filter((r) => !known.has(r.email)).map(withoutLine));
    // Cancelled before, or written by an import that died before seating them: they take their place again.
    for (const row of fresh.filter((r) => known.has(r.email))) {
      const existing = before.find((b) => b.email === row.email);
      if (existing) await this.enrolments.revive(existing._id, withoutLine(row));
    }
    const ids = await this.idsInFileOrder(
      event._id,
      fresh.map((r) => r.email),
    );
    const { enrolled, waiting } = await this.seat(event._id, ids);
    return { created: fresh.length, unchanged: rows.length - fresh.length, enrolled, waiting };
  }

  private async assertInstitutions(rows: { line: number; institutionId?: string }[]): Promise<void> {
    const named = rows.filter((r) => r.institutionId);
    if (!named.length) return;
    try {
      await this.references.assertKnown({ institutionIds: named.map((r) => r.institutionId ?? '') });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const unknown = new Set(error.errors?.map((e) => e.message.split(' ')[0]));
      throw invalid(
        named
          .filter((r) => unknown.has(r.institutionId ?? ''))
          .map((r) =>
            lineError(r.line, 'institutionId', `${r.institutionId} is not an institution of the directory`),
          ),
      );
    }
  }

  private async idsInFileOrder(eventId: Types.ObjectId, emails: string[]): Promise<Types.ObjectId[]> {
    const rows = await this.enrolments.findByEmails(eventId, emails);
    const byEmail = new Map(rows.map((r) => [r.email, r._id]));
    return emails.flatMap((e) => {
      const id = byEmail.get(e);
      return id ? [id] : [];
    });
  }

  /** Free seats to the first rows, the waiting list to the rest, in one conditional write at the counts read. */
  private async seat(
    eventId: Types.ObjectId,
    ids: Types.ObjectId[],
  ): Promise<{ enrolled: number; waiting: number }> {
    for (let attempt = 0; attempt < MAX_SEAT_ATTEMPTS; attempt++) {
      const event = await this.events.findWithSeats(eventId);
      if (!event) throw eventNotFound(eventId.toHexString());
      assertOpen(event);
      const pending = ids.filter((id) => !holdsPlace(event, id));
      const free = Math.max(0, event.capacity - event.enrolledCount);
      const seated = pending.slice(0, free);
      const waiting = pending.slice(free);
      if (!pending.length || (await this.events.seatBatch(event, seated, waiting))) {
        if (waiting.length) await this.enrolmentService.fillFreeSeats(eventId);
        return { enrolled: seated.length, waiting: waiting.length };
      }
    }
    throw new DomainError(
      'COMMON.CONCURRENT_MODIFICATION',
      'The course kept changing during the import; retry it.',
    );
  }
}

function withoutLine(row: ParticipantRow): Participant {
  const participant: Participant & { line?: number } = { ...row };
  delete participant.line;
  return participant;
}
