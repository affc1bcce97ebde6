import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { trusted, type Model } from 'mongoose';
import type { Evidence, Page, PageQuery } from '@elo/contracts';
import { AggregateRepository, type AggregateRow } from '@elo/persistence';
import { toEvidence } from '../activities/activity.mapper';
import { EvidenceEntryRecord } from './evidence.schema';

type EvidenceEntryRow = AggregateRow<EvidenceEntryRecord>;

@Injectable()
export class EvidenceRepository extends AggregateRepository<EvidenceEntryRecord, Evidence> {
  constructor(@InjectModel(EvidenceEntryRecord.name) model: Model<EvidenceEntryRecord>) {
    super(model, null);
  }

  protected toContract(row: EvidenceEntryRow): Evidence {
    return toEvidence({ ...row, id: row.key });
  }

  /**
   * The first of recording's two writes: each entry is inserted unapplied unless the activity already
   * has one with its key (a redelivery). Returns the keys already applied, which need nothing more.
   */
  async stage(activityCode: string, entries: readonly Evidence[]): Promise<Set<string>> {
    if (!entries.length) return new Set();
    await this.model.bulkWrite(
      entries.map(({ id, ...entry }) => ({
        updateOne: {
          filter: { activityCode, key: id },
          update: {
            $setOnInsert: { ...entry, date: new Date(entry.date), activityCode, key: id, applied: false },
          },
          upsert: true,
        },
      })),
      { ordered: false },
    );
    const applied = await this.model
      .find({ activityCode, key: trusted({ $in: entries.map((e) => e.id) }), applied: true }, { key: 1 })
      .lean<{ key: string }[]>()
      .exec();
    return new Set(applied.map((row) => row.key));
  }

  /** The last write: the activity has counted these entries, so lists show them. */
  async markApplied(activityCode: string, keys: readonly string[]): Promise<void> {
    if (!keys.length) return;
    await this.model
      .updateMany({ activityCode, key: trusted({ $in: [...keys] }) }, { $set: { applied: true } })
      .exec();
  }

  /** A report's entries, once the activity has counted them (found by source: a resumed approval has no keys). */
  async markReportApplied(activityCode: string, reportId: string): Promise<void> {
    await this.model
      .updateMany({ activityCode, kind: 'report', sourceId: reportId }, { $set: { applied: true } })
      .exec();
  }

  list(activityCode: string, page: PageQuery): Promise<Page<Evidence>> {
    return this.findPage({ activityCode, applied: true }, page);
  }
}
