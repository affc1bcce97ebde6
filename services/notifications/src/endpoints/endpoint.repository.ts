import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, trusted, type Model, type UpdateQuery } from 'mongoose';
import type { EloCloudEvent, NotificationEndpoint, Page, PageQuery } from '@elo/contracts';
import { Outbox } from '@elo/events';
import { AggregateRepository, type AggregateRow, type InstitutionScope } from '@elo/persistence';
import { EndpointRecord } from './endpoint.schema';

export type EndpointRow = AggregateRow<EndpointRecord>;

/** Who may see endpoints: one institution, or every one (coordinators, and delivery itself). */
export type EndpointReach = InstitutionScope | 'all';

const reach = (scope: EndpointReach) => (scope === 'all' ? {} : { institutionId: scope.institutionId });

/**
 * Endpoints of every institution. Not an `OwnedAggregateRepository`: coordinators read across
 * institutions and delivery serves them all, so every read names its reach, and writes an owner scope.
 */
@Injectable()
export class EndpointRepository extends AggregateRepository<EndpointRecord, NotificationEndpoint> {
  constructor(@InjectModel(EndpointRecord.name) model: Model<EndpointRecord>, outbox: Outbox) {
    super(model, outbox);
  }

  protected toContract(row: EndpointRow): NotificationEndpoint {
    return {
      id: row._id.toHexString(),
      institutionId: row.institutionId,
      url: row.url,
      ...(row.description ? { description: row.description } : {}),
      eventTypes: row.eventTypes,
      enabled: row.enabled,
      coordination: row.coordination,
      ...(row.disabledReason ? { disabledReason: row.disabledReason } : {}),
      ...(row.previousSecretExpiresAt && row.previousSecretExpiresAt > new Date()
        ? { previousSecretExpiresAt: row.previousSecretExpiresAt.toISOString() }
        : {}),
      version: row.__v,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  view(row: EndpointRow): NotificationEndpoint {
    return this.toContract(row);
  }

  row(scope: EndpointReach, id: string): Promise<EndpointRow | null> {
    if (!Types.ObjectId.isValid(id)) return Promise.resolve(null);
    return this.findRow({ ...reach(scope), _id: new Types.ObjectId(id) });
  }

  page(scope: EndpointReach, page: PageQuery): Promise<Page<NotificationEndpoint>> {
    return this.findPage(reach(scope), page);
  }

  create(
    scope: InstitutionScope,
    doc: Omit<EndpointRecord, 'institutionId' | 'outbox' | 'createdAt' | 'updatedAt'>,
  ) {
    return this.insert({ ...doc, institutionId: scope.institutionId });
  }

  changeAtVersion(
    scope: InstitutionScope,
    id: Types.ObjectId,
    version: number,
    update: UpdateQuery<EndpointRecord>,
  ) {
    return this.updateAtVersion({ _id: id, institutionId: scope.institutionId }, version, update);
  }

  /** Enabled endpoints that may receive an event: those of the involved institutions, and coordinators'. */
  candidates(institutions: readonly string[]): Promise<EndpointRow[]> {
    return this.model
      .find(
        {
          enabled: true,
          $or: [{ institutionId: trusted({ $in: [...institutions] }) }, { coordination: true }],
        },
        this.projection(),
      )
      .lean<EndpointRow[]>()
      .exec();
  }

  /** The first failure since the last success (kept if already set); the row after. */
  async markFailing(id: Types.ObjectId, at: Date): Promise<EndpointRow | null> {
    await this.model.updateOne({ _id: id, failingSince: null }, { $set: { failingSince: at } }).exec();
    return this.findRow({ _id: id });
  }

  async markHealthy(id: Types.ObjectId): Promise<void> {
    await this.model
      .updateOne({ _id: id, failingSince: trusted({ $ne: null }) }, { $set: { failingSince: null } })
      .exec();
  }

  /** Disables an enabled endpoint and tells its institution, in one write; false if it was already off. */
  async disable(id: Types.ObjectId, reason: 'gone' | 'failing', event: EloCloudEvent): Promise<boolean> {
    const row = await this.updateWhere(
      { _id: id, enabled: true },
      { $set: { enabled: false, disabledReason: reason } },
      [event],
    );
    return row !== null;
  }
}
