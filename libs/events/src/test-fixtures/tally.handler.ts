import { Inject, Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import type { EloCloudEvent } from '@elo/contracts';
import { OnEvent } from '../on-event.decorator';
import { PermanentEventError } from '../permanent-event-error';
import { isDuplicateKey, nativeCollection } from '../service-db';

export const FIXTURE_BEHAVIOUR = Symbol('FIXTURE_BEHAVIOUR');

export interface FixtureBehaviour {
  /** Slows each handling down, so a test can kill the process in the middle of a batch. */
  delayMs: number;
  /** Lets DIE<n> kill the process (only in a child process, never in jest's). */
  killable?: boolean;
}

/** A handler's own permanent error, extending the backbone's. */
export class FixtureRejection extends PermanentEventError {
  constructor() {
    super('fixture rejects this event for good', { code: 'FIXTURE.REJECTED' });
  }
}

export interface TallyRow {
  _id: string;
  count: number;
  applied: string[];
}

/**
 * A consumer's effect, written the way the README asks: one single-document write that applies the
 * event at most once (the filter excludes documents that already list the event id). By acronym:
 * FAIL… always throws; FLAKY<n> throws on its first n attempts; PERMANENT… throws a permanent error;
 * HANG… never returns; DIE<n> throws on its first n-1 attempts and kills the process on the n-th;
 * HOLD<n> never returns on its first n attempts, so a test can be sure the process is mid-way when it kills it.
 */
@Injectable()
export class TallyHandler {
  constructor(
    @InjectConnection() private readonly connection: Connection,
    @Inject(FIXTURE_BEHAVIOUR) private readonly behaviour: FixtureBehaviour,
  ) {}

  @OnEvent('institution.created', { name: 'fixture-tally' })
  async onCreated(event: EloCloudEvent<'institution.created'>): Promise<void> {
    const attempts = nativeCollection<{ _id: string; n: number }>(this.connection, 'fixture_attempts');
    const attempt = await attempts.findOneAndUpdate(
      { _id: event.id },
      { $inc: { n: 1 } },
      { upsert: true, returnDocument: 'after' },
    );
    const acronym = event.data.acronym;
    if (acronym.startsWith('FAIL')) throw new Error(`fixture failure for ${acronym}`);
    if (acronym.startsWith('PERMANENT')) throw new FixtureRejection();
    if (acronym.startsWith('HANG')) await new Promise(() => undefined);
    const die = /^DIE(\d+)/.exec(acronym);
    if (die && this.behaviour.killable && (attempt?.n ?? 0) >= Number(die[1]))
      process.kill(process.pid, 'SIGKILL');
    if (die) throw new Error(`transient fixture failure ${attempt?.n}`);
    const flaky = /^FLAKY(\d+)/.exec(acronym);
    if (flaky && (attempt?.n ?? 0) <= Number(flaky[1]))
      throw new Error(`transient fixture failure ${attempt?.n}`);
    const hold = /^HOLD(\d+)/.exec(acronym);
    if (hold && (attempt?.n ?? 0) <= Number(hold[1])) await new Promise(() => undefined);
    if (this.behaviour.delayMs > 0)
      await new Promise((resolve) => setTimeout(resolve, this.behaviour.delayMs));
    await this.apply(event);
  }

  private async apply(event: EloCloudEvent<'institution.created'>): Promise<void> {
    const tallies = nativeCollection<TallyRow>(this.connection, 'fixture_tallies');
    try {
      await tallies.updateOne(
        { _id: event.subject, applied: { $ne: event.id } },
        { $inc: { count: 1 }, $push: { applied: event.id } },
        { upsert: true },
      );
    } catch (error) {
      // The document exists and already lists this event: the upsert collided with it; nothing to do.
      if (!isDuplicateKey(error)) throw error;
    }
  }
}
