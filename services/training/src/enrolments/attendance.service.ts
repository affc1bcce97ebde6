import { Injectable } from '@nestjs/common';
import { DomainError, type AttendanceResult, type Caller } from '@elo/contracts';
import { EnrolmentRepository, asObjectId } from './enrolment.repository';
import { EnrolmentService } from './enrolment.service';

/** Attendance is taken per session, for everyone at once; sending it again replaces it. */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly enrolments: EnrolmentRepository,
    private readonly enrolmentService: EnrolmentService,
  ) {}

  async record(
    eventId: string,
    sessionId: string,
    presentIds: string[],
    caller: Caller,
  ): Promise<AttendanceResult> {
    const event = await this.enrolmentService.requireParticipantsAccess(eventId, caller);
    if (event.status !== 'in_progress') {
      throw new DomainError(
        'TRAINING.INVALID_TRANSITION',
        `Attendance is taken while the course is in progress; it is ${event.status}.`,
      );
    }
    if (!event.sessions.some((s) => s.id === sessionId)) {
      throw new DomainError('TRAINING.UNKNOWN_SESSION', `Course ${eventId} has no session ${sessionId}.`);
    }
    const seated = new Set(event.seatHolders.map((id) => id.toHexString()));
    const strangers = presentIds.filter((id) => !seated.has(id));
    if (strangers.length) {
      throw new DomainError(
        'TRAINING.ENROLMENT_NOT_FOUND',
        `Not enrolled in this course: ${strangers.slice(0, 10).join(', ')}${strangers.length > 10 ? '…' : ''}.`,
        strangers
          .slice(0, 50)
          .map((id) => ({ field: 'presentEnrolmentIds', message: `${id} is not enrolled in this course` })),
      );
    }
    await this.enrolments.recordAttendance(event._id, sessionId, presentIds.map(asObjectId));
    return { sessionId, present: presentIds.length };
  }
}
