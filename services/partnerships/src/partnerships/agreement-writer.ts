import { Inject, Injectable } from '@nestjs/common';
import { Types, type UpdateQuery } from 'mongoose';
import { DomainError, type Caller, type EloCloudEvent, type Partnership } from '@elo/contracts';
import { Outbox } from '@elo/events';
import { CLOCK, saoPauloDay, type Clock } from '../common/clock';
import { toPartnership, type PartnershipRow } from './partnership.mapper';
import { PartnershipRepository } from './partnership.repository';
import type { PartnershipRecord } from './partnership.schema';

const MAX_ATTEMPTS = 3;

export interface Change {
  update: UpdateQuery<PartnershipRecord>;
  events: EloCloudEvent[];
}

/**
 * Reads an agreement the caller may see and writes one change at the version it read, with the change's
 * events in the same write. Without an expected version a lost race is retried on the new version.
 */
@Injectable()
export class AgreementWriter {
  constructor(
    readonly repo: PartnershipRepository,
    readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  now(): Date {
    return this.clock.now();
  }

  today(): string {
    return saoPauloDay(this.clock.now());
  }

  async require(id: string, caller: Caller): Promise<PartnershipRow> {
    const row = await this.repo.findVisible(id, caller);
    if (!row) throw notFound(id);
    return row;
  }

  view(row: PartnershipRow): Partnership {
    return toPartnership(row, this.today());
  }

  /** `change` returns null when there is nothing to write. */
  async mutate(
    id: string,
    caller: Caller,
    change: (current: PartnershipRow) => Promise<Change | null> | Change | null,
    expectedVersion?: number,
  ): Promise<Partnership> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const current = await this.require(id, caller);
      if (expectedVersion !== undefined && current.__v !== expectedVersion) throw stale(id);
      const next = await change(current);
      if (!next) return this.view(current);
      const updated = await this.repo.updateAtVersion(current._id, current.__v, next.update, next.events);
      if (updated) {
        if (next.events.length) this.outbox.written(this.repo.outboxDocument(updated));
        return this.view(updated);
      }
      if (expectedVersion !== undefined) throw stale(id);
    }
    throw new DomainError(
      'COMMON.CONCURRENT_MODIFICATION',
      `Agreement ${id} was changed by someone else; reload and retry.`,
    );
  }

  newId(): Types.ObjectId {
    return new Types.ObjectId();
  }
}

export const actorOf = (caller: Caller) => ({
  clientId: caller.clientId,
  institutionId: caller.institutionId,
});

export const notFound = (id: string) =>
  new DomainError('PARTNERSHIP.NOT_FOUND', `No agreement with id ${id}.`);

const stale = (id: string) =>
  new DomainError(
    'COMMON.PRECONDITION_FAILED',
    `Agreement ${id} is no longer at the expected version; reload and retry.`,
  );
