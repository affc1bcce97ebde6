import type { Model } from 'mongoose';
import type { PlanSeed } from '@elo/contracts';
import { sortKeyOf } from '../common/code-order';
import { foldForSearch } from '@elo/persistence';
import type { ActivityRecord } from '../activities/activity.schema';
import type { ActionRecord } from '../structure/action.schema';
import type { AxisRecord } from '../structure/axis.schema';

export interface PlanModels {
  axes: Model<AxisRecord>;
  actions: Model<ActionRecord>;
  activities: Model<ActivityRecord>;
}

export interface SeedResult {
  axes: number;
  actions: number;
  activities: number;
}

/**
 * Inserts what is missing, keyed by number/code, with `$setOnInsert` only: running it again changes
 * nothing, and an activity edited through the API keeps its edits. Timestamps are set on insert
 * only (mongoose's automatic `updatedAt` would otherwise touch every document on every run).
 */
export async function loadPlanSeed(
  models: PlanModels,
  seed: PlanSeed,
  now = new Date(),
): Promise<SeedResult> {
  const stamps = { createdAt: now, updatedAt: now };
  const axes = await models.axes.bulkWrite(
    seed.axes.map((axis) => ({
      updateOne: {
        filter: { number: axis.number },
        update: { $setOnInsert: { ...axis, ...stamps } },
        upsert: true,
        timestamps: false,
      },
    })),
  );
  const actions = await models.actions.bulkWrite(
    seed.actions.map((action) => ({
      updateOne: {
        filter: { code: action.code },
        update: { $setOnInsert: { ...action, sortKey: sortKeyOf(action.code), ...stamps } },
        upsert: true,
        timestamps: false,
      },
    })),
  );
  const activities = await models.activities.bulkWrite(
    seed.activities.map((activity) => ({
      updateOne: {
        filter: { code: activity.code },
        update: {
          $setOnInsert: {
            ...activity,
            sortKey: sortKeyOf(activity.code),
            searchText: foldForSearch(`${activity.code} ${activity.text}`),
            status: 'not_started',
            progress: 0,
            partnerInstitutionIds: [],
            indicators: [],
            evidence: [],
            appliedReportIds: [],
            overdueNotifiedAt: null,
            outbox: [],
            __v: 0,
            ...stamps,
          },
        },
        upsert: true,
        timestamps: false,
      },
    })),
  );
  return { axes: axes.upsertedCount, actions: actions.upsertedCount, activities: activities.upsertedCount };
}
