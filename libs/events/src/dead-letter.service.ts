import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  DomainError,
  parseDeadLetterId,
  validationError,
  type DeadLetterPage,
  type PageQuery,
} from '@elo/contracts';
import { DeadLetterStore } from './dead-letter.store';
import { EventDispatcher, describeError } from './event-dispatcher';
import { validateEvent } from './event-codec';
import { EventHandlerRegistry } from './handler-registry';
import { JETSTREAM_OPTIONS, type ResolvedJetStreamOptions } from './tuning';

/** Listing, replaying and discarding this service's dead letters. */
@Injectable()
export class DeadLetterService {
  private readonly logger = new Logger('DeadLetters');

  constructor(
    private readonly store: DeadLetterStore,
    private readonly registry: EventHandlerRegistry,
    private readonly dispatcher: EventDispatcher,
    @Inject(JETSTREAM_OPTIONS) private readonly options: ResolvedJetStreamOptions,
  ) {}

  list(query: PageQuery): Promise<DeadLetterPage> {
    const cursor = typeof query?.cursor === 'string' && query.cursor ? query.cursor : undefined;
    return this.store.list({ limit: Number(query?.limit), cursor });
  }

  /** Runs the stored event through its handler again (idempotency applies); on success the dead letter goes. */
  async replay(id: string): Promise<{ id: string; replayed: true }> {
    const localId = this.localId(id);
    const letter = await this.store.get(localId);
    if (!letter) throw notFound(id);
    const binding = this.registry.find(letter.handler);
    if (!binding) throw replayFailed(id, `no handler named ${letter.handler} in ${this.options.service}`);
    const decoded = validateEvent(letter.event, binding.type);
    if (!decoded.ok) {
      await this.store.markFailedAgain(localId, decoded.error);
      throw replayFailed(id, decoded.error);
    }
    try {
      const outcome = await this.dispatcher.execute(binding, decoded.event);
      this.logger.log({
        msg: 'dead letter replayed',
        id,
        handler: binding.name,
        eventId: letter.eventId,
        outcome,
      });
    } catch (error) {
      await this.store.markFailedAgain(localId, describeError(error));
      throw replayFailed(id, error instanceof Error ? error.message : String(error));
    }
    await this.store.delete(localId);
    return { id, replayed: true };
  }

  async delete(id: string): Promise<{ id: string; deleted: true }> {
    if (!(await this.store.delete(this.localId(id)))) throw notFound(id);
    return { id, deleted: true };
  }

  private localId(id: string): string {
    const parsed = parseDeadLetterId(id);
    if (!parsed) throw validationError('id', 'is not a dead-letter id');
    if (parsed.service !== this.options.service) throw notFound(id);
    return parsed.localId;
  }
}

const notFound = (id: string) =>
  new DomainError('MESSAGING.DEAD_LETTER_NOT_FOUND', `No dead letter with id ${id}.`);
const replayFailed = (id: string, why: string) =>
  new DomainError(
    'MESSAGING.REPLAY_FAILED',
    `Dead letter ${id} failed again and was kept: ${why.slice(0, 500)}`,
  );
