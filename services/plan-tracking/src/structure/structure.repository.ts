import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { trusted, type Model } from 'mongoose';
import type { ListActionsQuery, Page, PlanAction, PlanAxis } from '@elo/contracts';
import { decodeCodeCursor, toCodePage } from '../common/code-order';
import { ActionRecord } from './action.schema';
import { AxisRecord } from './axis.schema';

/** The plan's fixed structure: axes and priority actions. */
@Injectable()
export class StructureRepository {
  constructor(
    @InjectModel(AxisRecord.name) private readonly axes: Model<AxisRecord>,
    @InjectModel(ActionRecord.name) private readonly actions: Model<ActionRecord>,
  ) {}

  async listAxes(): Promise<PlanAxis[]> {
    const rows = await this.axes.find({}).sort({ number: 1 }).lean<AxisRecord[]>().exec();
    return rows.map((r) => ({ number: r.number, title: r.title, description: r.description }));
  }

  async listActions(query: ListActionsQuery): Promise<Page<PlanAction>> {
    const rows = await this.actions
      .find({
        ...(query.cursor ? { sortKey: trusted({ $gt: decodeCodeCursor(query.cursor) }) } : {}),
        ...(query.axis !== undefined ? { axis: query.axis } : {}),
      })
      .sort({ sortKey: 1 })
      .limit(query.limit + 1)
      .lean<ActionRecord[]>()
      .exec();
    return toCodePage(rows, query.limit, (r) => ({ code: r.code, axis: r.axis, title: r.title }));
  }
}
