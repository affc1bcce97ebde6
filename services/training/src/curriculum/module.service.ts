import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { trusted, type Model } from 'mongoose';
import {
  DomainError,
  type CreateModuleInput,
  type CurriculumModule,
  type ListModulesQuery,
  type Page,
  type UpdateModuleInput,
} from '@elo/contracts';
import { cursorFilter, toPage, writeAtVersion } from '@elo/persistence';
import { PlanCodes } from '../common/plan-codes';
import { CurriculumModuleRecord, type CurriculumModuleRow } from './module.schema';

@Injectable()
export class CurriculumService {
  constructor(
    @InjectModel(CurriculumModuleRecord.name) private readonly model: Model<CurriculumModuleRecord>,
    private readonly plan: PlanCodes,
  ) {}

  async create(input: CreateModuleInput): Promise<CurriculumModule> {
    this.assertPlanCodes(input.activityCodes);
    const created = await this.model.create({ ...input, demo: false });
    return this.get(created._id.toHexString());
  }

  async get(id: string): Promise<CurriculumModule> {
    const row = await this.model.findById(id).lean<CurriculumModuleRow>().exec();
    if (!row) throw notFound(id);
    return toModule(row);
  }

  /**
   * Changes the fields given, at `expectedVersion` when the caller sent one (If-Match); otherwise
   * merged into the latest version. Each change bumps the version, so a stale If-Match is refused.
   */
  async update(id: string, changes: UpdateModuleInput, expectedVersion?: number): Promise<CurriculumModule> {
    this.assertPlanCodes(changes.activityCodes ?? []);
    return writeAtVersion({
      what: `Curriculum module ${id}`,
      expectedVersion,
      read: async () => {
        const row = await this.model.findById(id).lean<CurriculumModuleRow>().exec();
        if (!row) throw notFound(id);
        return row;
      },
      version: (row) => row.__v,
      write: async (row) => {
        const updated = await this.model
          .findOneAndUpdate(
            { _id: row._id, __v: row.__v },
            { $set: changes, $inc: { __v: 1 } },
            { returnDocument: 'after', runValidators: true },
          )
          .lean<CurriculumModuleRow>()
          .exec();
        return updated ? toModule(updated) : null;
      },
    });
  }

  async list(query: ListModulesQuery): Promise<Page<CurriculumModule>> {
    const rows = await this.model
      .find({
        ...cursorFilter(query.cursor),
        ...(query.audience ? { audiences: query.audience } : {}),
        ...(query.activityCode ? { activityCodes: query.activityCode } : {}),
      })
      .sort({ _id: 1 })
      .limit(query.limit + 1)
      .lean<CurriculumModuleRow[]>()
      .exec();
    return toPage(rows, query.limit, toModule);
  }

  async existing(ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.model
      .find({ _id: trusted({ $in: [...new Set(ids)] }) }, { _id: 1 })
      .lean<CurriculumModuleRow[]>()
      .exec();
    return new Set(rows.map((r) => r._id.toHexString()));
  }

  private assertPlanCodes(codes: readonly string[]): void {
    const unknown = this.plan.unknown(codes);
    if (!unknown.length) return;
    throw new DomainError(
      'TRAINING.UNKNOWN_REFERENCE',
      `Not activities of the plan: ${unknown.join(', ')}.`,
      unknown.map((code) => ({ field: 'activityCodes', message: `${code} is not an activity of the plan` })),
    );
  }
}

function toModule(row: CurriculumModuleRow): CurriculumModule {
  return {
    id: row._id.toHexString(),
    title: row.title,
    hours: row.hours,
    objectives: row.objectives,
    audiences: row.audiences,
    activityCodes: row.activityCodes,
    version: row.__v,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const notFound = (id: string) =>
  new DomainError('TRAINING.MODULE_NOT_FOUND', `No curriculum module with id ${id}.`);
