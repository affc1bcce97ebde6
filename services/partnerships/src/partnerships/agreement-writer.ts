import { Inject, Injectable } from '@nestjs/common';
import { Types, type UpdateQuery } from 'mongoose';
import { DomainError, type Caller, type EloCloudEvent, type Partnership } from '@elo/contracts';
import { Outbox } from '@elo/events';
import { writeAtVersion } from '@elo/persistence';
import { CLOCK, saoPauloDay, type Clock } from '../common/clock';
import { toPartnership, type PartnershipRow } from './partnership.mapper';
import { PartnershipRepository } from './partnership.repository';
import type { PartnershipRecord } from './partnership.schema';

export interface Change {
  update: UpdateQuery<PartnershipRecord>;
  events: EloCloudEvent[];
}

/**
 * Reads an agreement the caller may see and writes one change at the version it read, with the change's
 * events in the same write. Without an expected version a lost race is retried on the new version
 * (the shared `writeAtVersion` loop).
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
    return writeAtVersion({
      what: `Agreement ${id}`,
      expectedVersion,
      read: () => this.require(id, caller),
      version: (current) => current.__v,
      write: async (current) => {
        const next = await change(current);
        if (!next) return this.view(current);
        const updated = await this.repo.writeAt(current._id, current.__v, next.update, next.events);
        return updated ? this.view(updated) : null;
      },
    });
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
