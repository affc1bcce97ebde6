import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  type Caller,
  DomainError,
  parseDeadLetterId,
  validationError,
  type DeadLetterPage,
  type PageQuery,
} from '@elo/contracts';
import { DeadLetterAudit } from './dead-letter.audit';
import { DeadLetterStore, summarizeError } from './dead-letter.store';
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
    private readonly audit: DeadLetterAudit,
    private readonly registry: EventHandlerRegistry,
    private readonly dispatcher: EventDispatcher,
    @Inject(JETSTREAM_OPTIONS) private readonly options: ResolvedJetStreamOptions,
  ) {}

  list(query: PageQuery): Promise<DeadLetterPage> {
    const cursor = typeof query?.cursor === 'string' && query.cursor ? query.cursor : undefined;
    return this.store.list({ limit: Number(query?.limit), cursor });
  }

  /**
   * Runs the stored event through its handler again (idempotency applies); on success the dead letter
   * goes. Every attempt is audited (who, when, which letter, how it ended).
   */
  async replay(id: string, caller: Caller): Promise<{ id: string; replayed: true }> {
    const localId = this.localId(id);
    const letter = await this.store.get(localId);
    if (!letter) {
      await this.audit.record(caller, { action: 'replay', deadLetterId: id, outcome: 'not_found' });
      throw notFound(id);
    }
    const what = {
      deadLetterId: id,
      eventId: letter.eventId,
      eventType: letter.eventType,
      handler: letter.handler,
    };
    const failed = async (why: string) => {
      await this.store.markFailedAgain(localId, why);
      await this.audit.record(caller, { action: 'replay', ...what, outcome: 'failed' });
      return replayFailed(id, why);
    };
    const binding = this.registry.find(letter.handler);
    if (!binding) throw replayFailed(id, `no handler named ${letter.handler} in ${this.options.service}`);
    const event = await this.store.storedEvent(localId);
    const decoded = validateEvent(event ?? {}, binding.type);
    if (!decoded.ok) throw await failed(decoded.error);
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
      throw await failed(describeError(error));
    }
    await this.store.delete(localId);
    await this.audit.record(caller, { action: 'replay', ...what, outcome: 'done' });
    return { id, replayed: true };
  }

  async delete(id: string, caller: Caller): Promise<{ id: string; deleted: true }> {
    const localId = this.localId(id);
    const letter = await this.store.get(localId);
    const deleted = await this.store.delete(localId);
    await this.audit.record(caller, {
      action: 'delete',
      deadLetterId: id,
      ...(letter ? { eventId: letter.eventId, eventType: letter.eventType, handler: letter.handler } : {}),
      outcome: deleted ? 'done' : 'not_found',
    });
    if (!deleted) throw notFound(id);
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
    `Dead letter ${id} failed again and was kept: ${summarizeError(why)}`,
  );
