import { Injectable } from '@nestjs/common';
import { DomainError, type Caller, type CompletionResult, type ParticipantCount } from '@elo/contracts';
import { Outbox } from '@elo/events';
import { Clock } from '../common/clock';
import { EnrolmentRepository } from '../enrolments/enrolment.repository';
import type { EnrolmentRow } from '../enrolments/enrolment.schema';
import { TrainingEventRepository } from '../events/event.repository';
import type { TrainingEventRow } from '../events/event.schema';
import { TrainingEventService, eventNotFound } from '../events/event.service';
import { assertTransition } from '../events/lifecycle';
import { InstitutionCopyRepository } from '@elo/institution-copy';
import { meetsCompletionRule } from './completion-rule';
import { CertificateRepository } from './certificate.repository';
import type { NewCertificate } from './certificate.schema';

/**
 * Completing a course: certificates for everyone who met the rule, then the status change and
 * training.completed (counts by audience, no personal data) in one write. Each step can be repeated
 * after a crash: the completion time is fixed once and certificates are one per enrolment.
 */
@Injectable()
export class CompletionService {
  constructor(
    private readonly eventService: TrainingEventService,
    private readonly events: TrainingEventRepository,
    private readonly enrolments: EnrolmentRepository,
    private readonly certificates: CertificateRepository,
    private readonly institutions: InstitutionCopyRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async complete(id: string, caller: Caller): Promise<CompletionResult> {
    const current = await this.eventService.requireManaged(id, caller);
    assertTransition(id, current.status, 'completed');
    await this.events.stampCompletion(current._id, this.clock.now());
    const event = await this.events.findWithSeats(current._id);
    if (!event?.completedAt) throw eventNotFound(id);
    const completedAt = event.completedAt;

    const seated = await this.enrolments.findMany(event._id, event.seatHolders);
    const certified = seated.filter((e) =>
      meetsCompletionRule(event.sessions, e.attendedSessionIds, event.minAttendanceShare),
    );
    const issuer = await this.issuerName(event.organiserInstitutionId);
    await this.certificates.issue(certified.map((e) => certificateFor(event, e, issuer, completedAt)));

    const completed = this.outbox.event('training.completed', id, {
      trainingId: id,
      title: event.title,
      organiserInstitutionId: event.organiserInstitutionId,
      activityCodes: event.activityCodes,
      completedAt: completedAt.toISOString(),
      participants: countByAudience(certified),
    });
    const updated = await this.events.transition(
      event._id,
      'in_progress',
      event.__v,
      { status: 'completed' },
      [completed],
    );
    if (!updated) {
      throw new DomainError(
        'COMMON.CONCURRENT_MODIFICATION',
        `Course ${id} changed meanwhile; reload and retry.`,
      );
    }
    this.outbox.written(this.events.outboxDocument(updated._id));
    return {
      eventId: id,
      completedAt: completedAt.toISOString(),
      certificatesIssued: certified.length,
      notCertified: seated.length - certified.length,
    };
  }

  private async issuerName(institutionId: string): Promise<string> {
    const names = await this.institutions.names([institutionId]);
    const institution = names.get(institutionId);
    return institution ? `${institution.name} (${institution.acronym})` : 'Rede Elo';
  }
}

export function certificateFor(
  event: TrainingEventRow,
  enrolment: EnrolmentRow,
  issuer: string,
  completedAt: Date,
  demo = false,
): NewCertificate {
  const date = localDay(completedAt, event.timezone);
  return {
    eventId: event._id,
    enrolmentId: enrolment._id,
    participantName: enrolment.name,
    course: event.title,
    hours: event.totalHours,
    date,
    issuer,
    audience: enrolment.audience,
    ...(enrolment.uf ? { uf: enrolment.uf } : {}),
    ...(enrolment.institutionId ? { institutionId: enrolment.institutionId } : {}),
    activityCodes: event.activityCodes,
    year: Number(date.slice(0, 4)),
    demo,
  };
}

/** The calendar day in the course's time zone, YYYY-MM-DD. */
export function localDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

export function countByAudience(enrolments: readonly Pick<EnrolmentRow, 'audience'>[]): ParticipantCount[] {
  const counts = new Map<ParticipantCount['audience'], number>();
  for (const e of enrolments) counts.set(e.audience, (counts.get(e.audience) ?? 0) + 1);
  return [...counts].map(([audience, count]) => ({ audience, count }));
}
