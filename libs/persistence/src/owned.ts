import type { Model, QueryFilter, Types, UpdateQuery } from 'mongoose';
import type { EloCloudEvent, Page, PageQuery } from '@elo/contracts';
import { AggregateRepository, type AggregateRow } from './aggregate.repository';
import type { RelayWaker } from './relay-waker';

declare const scopeBrand: unique symbol;

/**
 * The institution a request acts for. It is made only by `institutionScope`, never from a bare
 * object, so the code that calls an owned repository says whose data it means.
 */
export interface InstitutionScope {
  readonly institutionId: string;
  readonly [scopeBrand]: true;
}

export function institutionScope(institutionId: string): InstitutionScope {
  return { institutionId } as InstitutionScope;
}

/**
 * The base of a repository of institution-owned data. Every method it offers takes the scope first and
 * adds it to the filter (after the caller's fields, so a filter cannot name another institution), and
 * inserts take the owner from it. It wraps an aggregate store instead of extending one, so the
 * unscoped reads and writes are not there to call; `findAcrossInstitutions` is the one named exception.
 */
export abstract class OwnedAggregateRepository<Rec extends { institutionId: string }, T> {
  private readonly store: Store<Rec, T>;

  protected constructor(model: Model<Rec>, relay: RelayWaker | null) {
    this.store = new Store(model, relay, (row) => this.toContract(row));
  }

  protected abstract toContract(row: AggregateRow<Rec>): T;

  protected findOne(scope: InstitutionScope, filter: QueryFilter<Rec>): Promise<T | null> {
    return this.store.findOne(owned(scope, filter));
  }

  protected findPage(scope: InstitutionScope, filter: QueryFilter<Rec>, page: PageQuery): Promise<Page<T>> {
    return this.store.findPage(owned(scope, filter), page);
  }

  protected insert(
    scope: InstitutionScope,
    doc: Omit<Partial<Rec>, 'institutionId'>,
    events: readonly EloCloudEvent[] = [],
  ): Promise<T> {
    return this.store.insert({ ...doc, institutionId: scope.institutionId } as Partial<Rec>, events);
  }

  protected async updateWhere(
    scope: InstitutionScope,
    filter: QueryFilter<Rec>,
    update: UpdateQuery<Rec>,
    events: readonly EloCloudEvent[] = [],
  ): Promise<T | null> {
    const row = await this.store.updateWhere(owned(scope, filter), update, events);
    return row ? this.toContract(row) : null;
  }

  protected async updateAtVersion(
    scope: InstitutionScope,
    filter: QueryFilter<Rec>,
    version: number,
    update: UpdateQuery<Rec>,
    events: readonly EloCloudEvent[] = [],
  ): Promise<T | null> {
    const row = await this.store.updateAtVersion(owned(scope, filter), version, update, events);
    return row ? this.toContract(row) : null;
  }

  /** Reads without a scope, for work done before any owner is known (authenticating a client). */
  protected findRowAcrossInstitutions(filter: QueryFilter<Rec>): Promise<AggregateRow<Rec> | null> {
    return this.store.findRow(filter);
  }
}

function owned<Rec extends { institutionId: string }>(
  scope: InstitutionScope,
  filter: QueryFilter<Rec>,
): QueryFilter<Rec> {
  return { ...filter, institutionId: scope.institutionId };
}

class Store<Rec, T> extends AggregateRepository<Rec, T> {
  constructor(
    model: Model<Rec>,
    relay: RelayWaker | null,
    private readonly map: (row: AggregateRow<Rec>) => T,
  ) {
    super(model, relay);
  }

  protected toContract(row: AggregateRow<Rec>): T {
    return this.map(row);
  }

  override findRow(filter: QueryFilter<Rec>) {
    return super.findRow(filter);
  }
  override findOne(filter: QueryFilter<Rec>) {
    return super.findOne(filter);
  }
  override findPage(filter: QueryFilter<Rec>, page: PageQuery) {
    return super.findPage(filter, page);
  }
  override insert(doc: Partial<Rec> & { _id?: Types.ObjectId }, events: readonly EloCloudEvent[]) {
    return super.insert(doc, events);
  }
  override updateWhere(filter: QueryFilter<Rec>, update: UpdateQuery<Rec>, events: readonly EloCloudEvent[]) {
    return super.updateWhere(filter, update, events);
  }
  override updateAtVersion(
    filter: QueryFilter<Rec>,
    version: number,
    update: UpdateQuery<Rec>,
    events: readonly EloCloudEvent[],
  ) {
    return super.updateAtVersion(filter, version, update, events);
  }
}
