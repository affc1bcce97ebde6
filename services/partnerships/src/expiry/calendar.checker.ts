import { Inject, Injectable, Logger } from '@nestjs/common';
import { trusted } from 'mongoose';
import { EXPIRING_THRESHOLDS } from '@elo/contracts';
import { Outbox } from '@elo/events';
import { CLOCK, daysBetween, saoPauloDay, type Clock } from '../common/clock';
import { calendarStatus } from '../partnerships/date-rules';
import { ref, statusEvents } from '../partnerships/partnership-events';
import { isCommitmentOverdue, type PartnershipRow } from '../partnerships/partnership.mapper';
import { PartnershipRepository } from '../partnerships/partnership.repository';

export const SYSTEM_ACTOR = { clientId: 'system', institutionId: 'system' };

export interface CalendarRun {
  today: string;
  /** `<id>:<status>` of the agreements this run moved. */
  moved: string[];
  /** `<id>:<days>` of the expiring notices this run queued. */
  expiring: string[];
  /** `<id>:<commitment id>` of the overdue notices this run queued. */
  overdue: string[];
}

/**
 * What the calendar does without anyone acting, on the São Paulo day of the injected clock: signed
 * agreements enter into force on their first day and expire after their last, and those in force are
 * announced 90, 30 and 7 days before the end and for each late commitment. Every effect is one write
 * guarded by what it changes (the status, or a notice marker not yet set) that also queues its event,
 * so two replicas, or a run repeated after a restart, send each event once.
 */
@Injectable()
export class CalendarChecker {
  private readonly logger = new Logger('CalendarChecker');

  constructor(
    private readonly repo: PartnershipRepository,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async check(): Promise<CalendarRun> {
    const now = this.clock.now();
    const run: CalendarRun = { today: saoPauloDay(now), moved: [], expiring: [], overdue: [] };
    for (const row of await this.repo.live()) {
      const current = (await this.move(row, run, now)) ?? row;
      await this.announceExpiring(current, run);
      await this.announceOverdue(current, run);
    }
    if (run.moved.length || run.expiring.length || run.overdue.length) {
      this.outbox.written();
      this.logger.log({ msg: 'calendar', ...run });
    }
    return run;
  }

  private async move(row: PartnershipRow, run: CalendarRun, now: Date): Promise<PartnershipRow | null> {
    const to = calendarStatus(row, run.today);
    if (!to) return null;
    const id = row._id.toHexString();
    const reason =
      to === 'expired'
        ? `last day in force was ${row.effectiveUntil}`
        : `first day in force is ${row.effectiveFrom}`;
    const change = { from: row.status, to, on: run.today, reason, by: SYSTEM_ACTOR };
    const updated = await this.repo.updateIf(
      row._id,
      // The version too: a person's change since the read (an amendment) is judged at the next run.
      { status: row.status, __v: row.__v },
      {
        $set: { status: to },
        $push: { transitions: { from: row.status, to, at: now, by: SYSTEM_ACTOR, reason } },
      },
      statusEvents(this.outbox, id, { ...row, status: to }, change, row.__v + 1),
    );
    if (updated) run.moved.push(`${id}:${to}`);
    return updated;
  }

  private async announceExpiring(row: PartnershipRow, run: CalendarRun): Promise<void> {
    if (row.status !== 'in_force' || !row.effectiveUntil) return;
    const daysLeft = daysBetween(run.today, row.effectiveUntil);
    if (daysLeft < 0) return;
    const crossed = EXPIRING_THRESHOLDS.filter((t) => daysLeft <= t);
    const tightest = crossed[crossed.length - 1];
    if (tightest === undefined) return;
    const key = (t: number) => `${row.effectiveUntil}/${t}`;
    if (row.expiringNotices.includes(key(tightest))) return;
    // Only the tightest threshold is announced: an agreement that starts 20 days before its end gets
    // one "30 days" notice, not a "90 days" one as well; the larger ones are marked as covered.
    const event = this.outbox.event('partnership.expiring', row._id.toHexString(), {
      ...ref(row._id.toHexString(), row),
      thresholdDays: tightest,
      daysLeft,
      effectiveUntil: row.effectiveUntil,
    });
    const covered = crossed.filter((t) => t !== tightest).map(key);
    const guard = { status: 'in_force' as const, effectiveUntil: row.effectiveUntil };
    if (await this.repo.notice(row._id, 'expiringNotices', key(tightest), covered, guard, event))
      run.expiring.push(`${row._id.toHexString()}:${tightest}`);
  }

  private async announceOverdue(row: PartnershipRow, run: CalendarRun): Promise<void> {
    if (row.status === 'expired' || row.status === 'terminated') return;
    for (const c of row.commitments) {
      const key = `${c.id}/${c.dueDate}`;
      if (!isCommitmentOverdue(c, run.today) || row.overdueNotices.includes(key)) continue;
      const event = this.outbox.event('partnership.commitment-overdue', row._id.toHexString(), {
        ...ref(row._id.toHexString(), row),
        commitmentId: c.id,
        description: c.description,
        responsibleInstitutionId: c.responsibleInstitutionId,
        dueDate: c.dueDate,
      });
      const guard = {
        // Ours, not a caller's: kept as an operator by sanitizeFilter.
        commitments: trusted({
          $elemMatch: { id: c.id, dueDate: c.dueDate, status: { $in: ['pending', 'in_progress'] } },
        }),
      };
      if (await this.repo.notice(row._id, 'overdueNotices', key, [], guard, event))
        run.overdue.push(`${row._id.toHexString()}:${c.id}`);
    }
  }
}
