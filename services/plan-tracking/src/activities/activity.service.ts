import { Injectable } from '@nestjs/common';
import type { UpdateQuery } from 'mongoose';
import {
  DomainError,
  utcDay,
  type Activity,
  type ActivitySummary,
  type Caller,
  type EloCloudEvent,
  type ListActivitiesQuery,
  type Page,
  type UpdateActivityInput,
} from '@elo/contracts';
import { Outbox } from '@elo/events';
import { InstitutionCopyRepository } from '@elo/institution-copy';
import { writeAtVersion } from '@elo/persistence';
import { actorOf, involvedIn } from '../common/caller-rules';
import { foldForSearch } from '@elo/persistence';
import { toActivity, toIndicator, type ActivityRow } from './activity.mapper';
import { ActivityRepository } from './activity.repository';
import { assertDates, assertParticipants, mergeIndicators, namedInstitutions } from './activity-rules';
import type { ActivityRecord } from './activity.schema';

@Injectable()
export class ActivityService {
  constructor(
    private readonly activities: ActivityRepository,
    private readonly institutions: InstitutionCopyRepository,
    private readonly outbox: Outbox,
  ) {}

  async get(code: string): Promise<Activity> {
    const found = await this.activities.get(code);
    if (!found) throw notFound(code);
    return found;
  }

  list(query: ListActivitiesQuery): Promise<Page<ActivitySummary>> {
    // A query with nothing left after folding (only spaces or accents) would match everything.
    const q = query.q !== undefined && foldForSearch(query.q) ? query.q : undefined;
    return this.activities.list({ ...query, q }, utcDay());
  }

  async require(code: string): Promise<ActivityRow> {
    const row = await this.activities.findByCode(code);
    if (!row) throw notFound(code);
    return row;
  }

  /** With expectedVersion a stale write fails its precondition; without it, the change is retried on the latest version. */
  async update(
    code: string,
    changes: UpdateActivityInput,
    caller: Caller,
    expectedVersion?: number,
  ): Promise<Activity> {
    await this.assertKnownInstitutions(changes);
    return writeAtVersion({
      what: `Activity ${code}`,
      expectedVersion,
      read: () => this.require(code),
      version: (current) => current.__v,
      write: async (current) => {
        assertDates(current, changes);
        assertParticipants(current, changes);
        const update = buildUpdate(current, changes);
        if (!update) return toActivity(current, utcDay());
        const events: EloCloudEvent[] = [];
        if (changes.status !== undefined && changes.status !== current.status) {
          events.push(
            this.outbox.event('activity.status-changed', code, {
              code,
              from: current.status,
              to: changes.status,
              cause: 'update',
              changedBy: actorOf(caller),
              ...involvedIn(current),
            }),
          );
        }
        const updated = await this.activities.changeAtVersion(code, current.__v, update, events);
        return updated && toActivity(updated, utcDay());
      },
    });
  }

  private async assertKnownInstitutions(changes: UpdateActivityInput): Promise<void> {
    const named = namedInstitutions(changes);
    const known = await this.institutions.known(named);
    const unknown = [...new Set(named.filter((id) => !known.has(id)))];
    if (!unknown.length) return;
    const fieldOf = (id: string) =>
      id === changes.leadInstitutionId ? 'leadInstitutionId' : 'partnerInstitutionIds';
    throw new DomainError(
      'PLAN.UNKNOWN_INSTITUTION',
      `No institution in the directory with id ${unknown.join(', ')}.`,
      unknown.map((id) => ({ field: fieldOf(id), message: `${id} is not an institution of the directory` })),
    );
  }
}

/** The $set/$unset for a change; null when it changes nothing. */
function buildUpdate(current: ActivityRow, changes: UpdateActivityInput): UpdateQuery<ActivityRecord> | null {
  const set: Record<string, unknown> = {};
  const unset: Record<string, ''> = {};
  if (changes.status !== undefined) set['status'] = changes.status;
  if (changes.partnerInstitutionIds !== undefined)
    set['partnerInstitutionIds'] = changes.partnerInstitutionIds;
  for (const field of ['leadInstitutionId', 'startDate', 'dueDate'] as const) {
    const value = changes[field];
    if (value === null) unset[field] = '';
    else if (value !== undefined) set[field] = value;
  }
  // A new deadline (or none) may be announced overdue again; resending the same one changes nothing.
  if (changes.dueDate !== undefined && (changes.dueDate ?? undefined) !== current.dueDate)
    set['overdueNotifiedAt'] = null;
  if (changes.indicators !== undefined) {
    set['indicators'] = mergeIndicators((current.indicators ?? []).map(toIndicator), changes.indicators);
  }
  if (!Object.keys(set).length && !Object.keys(unset).length) return null;
  return {
    ...(Object.keys(set).length ? { $set: set } : {}),
    ...(Object.keys(unset).length ? { $unset: unset } : {}),
  };
}

export const notFound = (code: string) =>
  new DomainError('PLAN.ACTIVITY_NOT_FOUND', `No activity with code ${code}.`);
