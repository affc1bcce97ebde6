import { readFile } from 'node:fs/promises';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Types } from 'mongoose';
import { CLOCK, saoPauloDay, type Clock } from '../common/clock';
import { Outbox } from '@elo/events';
import { seedEvents, seedSteps } from './seed-events';
import { PeriodicJob } from '@elo/runtime';
import { PARTNERSHIPS_CONFIG, type PartnershipsConfig } from '../config';
import { SYSTEM_ACTOR } from '../expiry/calendar.checker';
import { InstitutionCopyRepository } from '@elo/institution-copy';
import { assertDates } from '../partnerships/date-rules';
import { PartnershipRepository } from '../partnerships/partnership.repository';
import { searchTextOf } from '../partnerships/partnership.service';
import { ReferenceRules } from '../partnerships/reference-rules';
import {
  acronymsOf,
  parsePartnershipSeed,
  toNewPartnership,
  type PartnershipSeedRecord,
} from './partnership-seed';

const RETRY_MS = 2_000;

/**
 * Loads the demo agreements when PARTNERSHIPS_SEED is set. Their parties come from the directory's
 * events, which may arrive after boot: a record waits (retried every 2 s) until all its institutions are
 * known. Each is inserted if its key is absent, so replicas and restarts insert it once, and its events
 * (the steps from draft to its status, see seed-events.ts) go in the same insert, through the outbox:
 * sent once, never lost.
 */
@Injectable()
export class PartnershipSeeder extends PeriodicJob<number> {
  protected readonly logger = new Logger('PartnershipSeeder');
  private pending: PartnershipSeedRecord[] | undefined;

  constructor(
    @Inject(PARTNERSHIPS_CONFIG) private readonly config: PartnershipsConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly institutions: InstitutionCopyRepository,
    private readonly repo: PartnershipRepository,
    private readonly rules: ReferenceRules,
    private readonly outbox: Outbox,
  ) {
    super();
  }

  override onApplicationBootstrap(): void {
    if (this.config.PARTNERSHIPS_SEED) super.onApplicationBootstrap();
  }

  protected intervalMs(): number {
    return RETRY_MS;
  }

  /** Seeds what it can; returns how many records still wait for their institutions. */
  protected async work(): Promise<number> {
    this.pending ??= parsePartnershipSeed(
      JSON.parse(await readFile(this.config.PARTNERSHIPS_SEED_FILE, 'utf8')),
    );
    const ids = await this.institutions.idsByAcronym(this.pending.flatMap(acronymsOf));
    const waiting: PartnershipSeedRecord[] = [];
    for (const record of this.pending) {
      if (acronymsOf(record).every((a) => ids.has(a))) await this.seedOne(record, ids);
      else waiting.push(record);
    }
    this.pending = waiting;
    if (!waiting.length) {
      this.logger.log({ msg: 'demo agreements seeded' });
      this.stopTicking();
    }
    return waiting.length;
  }

  private async seedOne(record: PartnershipSeedRecord, ids: ReadonlyMap<string, string>): Promise<void> {
    const input = toNewPartnership(record, ids);
    const commitments = (record.commitments ?? []).map((c) => ({
      id: new Types.ObjectId().toHexString(),
      description: c.description,
      responsibleInstitutionId: ids.get(c.responsible) ?? '',
      dueDate: c.dueDate,
      status: c.status,
      evidence: [],
    }));
    await this.rules.assert({ ...input, commitments });
    assertDates(input);
    const now = this.clock.now();
    const id = new Types.ObjectId();
    const steps = seedSteps(input, record.status, saoPauloDay(now));
    const events = seedEvents(this.outbox, id.toHexString(), input, steps, SYSTEM_ACTOR);
    await this.repo.insertSeed(
      {
        ...input,
        _id: id,
        seedKey: record.key,
        demo: true,
        status: record.status,
        searchText: searchTextOf(input),
        partyInstitutionIds: input.parties.map((p) => p.institutionId),
        commitments,
        transitions: steps.map((s) => ({
          from: s.from,
          to: s.to,
          at: now,
          by: SYSTEM_ACTOR,
          reason: 'demo seed',
        })),
        createdBy: SYSTEM_ACTOR,
      },
      events,
    );
  }
}
