import type { Model, QueryFilter, Types, UpdateQuery } from 'mongoose';
import type { EloCloudEvent, Page, PageQuery } from '@elo/contracts';
import { cursorFilter, toPage } from './pagination';
import { EVENTS_FIELD, appendEvents, type RelayWaker } from './relay-waker';

/** A stored aggregate as `lean()` returns it. */
export type AggregateRow<Rec> = Rec & { _id: Types.ObjectId; __v: number };

/**
 * The base of a service's aggregate repository: lean reads mapped to the contract type, cursor pages,
 * and writes that carry their events (stored in the same document write, then the relay is woken).
 * Rows never include the pending events. Subclasses add the queries of their aggregate.
 */
export abstract class AggregateRepository<Rec, T> {
  /** Fields that reads leave out (large arrays served elsewhere); the pending events always are. */
  protected readonly hidden: readonly string[] = [];

  protected constructor(
    protected readonly model: Model<Rec>,
    /** Null for an aggregate that publishes no events. */
    private readonly relay: RelayWaker | null,
  ) {}

  protected abstract toContract(row: AggregateRow<Rec>): T;

  protected projection(extraHidden: readonly string[] = []): Record<string, 0> {
    const fields = [EVENTS_FIELD, ...this.hidden, ...extraHidden];
    return Object.fromEntries(fields.map((field) => [field, 0 as const]));
  }

  protected findRow(filter: QueryFilter<Rec>): Promise<AggregateRow<Rec> | null> {
    return this.model.findOne(filter, this.projection()).lean<AggregateRow<Rec>>().exec();
  }

  protected async findOne(filter: QueryFilter<Rec>): Promise<T | null> {
    const row = await this.findRow(filter);
    return row ? this.toContract(row) : null;
  }

  /** One page in `_id` order after the cursor: limit+1 rows are read, the extra one only says there is more. */
  protected async findPage(filter: QueryFilter<Rec>, page: PageQuery): Promise<Page<T>> {
    const rows = await this.model
      .find({ ...filter, ...cursorFilter(page.cursor) }, this.projection())
      .sort({ _id: 1 })
      .limit(page.limit + 1)
      .lean<AggregateRow<Rec>[]>()
      .exec();
    return toPage(rows, page.limit, (row) => this.toContract(row));
  }

  /** Inserts a new aggregate (version 0) and the events its creation causes, in one write. */
  protected async insert(
    doc: Partial<Rec> & { _id?: Types.ObjectId },
    events: readonly EloCloudEvent[] = [],
  ): Promise<T> {
    this.assertRelay(events);
    const created = await this.model.create(events.length ? { ...doc, [EVENTS_FIELD]: [...events] } : doc);
    const { [EVENTS_FIELD]: _events, ...row } = created.toObject<AggregateRow<Rec> & { outbox?: unknown }>();
    this.wake(row._id, events);
    return this.toContract(row as AggregateRow<Rec>);
  }

  /**
   * One write at `version`: the change, the version bump and the events, applied only while the stored
   * row is at that version and still matches `filter` (its identity, plus any guard such as "not yet
   * applied"). The row after the write, or null when nothing matched: the caller reads again or gives up
   * (see `writeAtVersion`).
   */
  protected updateAtVersion(
    filter: QueryFilter<Rec>,
    version: number,
    update: UpdateQuery<Rec>,
    events: readonly EloCloudEvent[] = [],
  ): Promise<AggregateRow<Rec> | null> {
    return this.updateWhere({ ...filter, __v: version }, update, events);
  }

  /**
   * A change guarded by the filter alone (e.g. "still pending"), whatever the version; it still bumps
   * the version and carries its events. The row after, or null when nothing matched.
   */
  protected async updateWhere(
    filter: QueryFilter<Rec>,
    update: UpdateQuery<Rec>,
    events: readonly EloCloudEvent[] = [],
  ): Promise<AggregateRow<Rec> | null> {
    this.assertRelay(events);
    const inc = { ...update.$inc, __v: 1 };
    const row = await this.model
      .findOneAndUpdate(filter, appendEvents({ ...update, $inc: inc }, events), {
        returnDocument: 'after',
        runValidators: true,
        projection: this.projection(),
      })
      .lean<AggregateRow<Rec>>()
      .exec();
    if (row) this.wake(row._id, events);
    return row;
  }

  private assertRelay(events: readonly EloCloudEvent[]): void {
    if (events.length && !this.relay) {
      throw new Error(`${this.model.modelName} has no relay to wake: it cannot write events`);
    }
  }

  private wake(id: Types.ObjectId, events: readonly EloCloudEvent[]): void {
    if (events.length) this.relay?.written({ collection: this.model.collection.name, id });
  }
}
