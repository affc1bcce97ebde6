import { readFile } from 'node:fs/promises';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { PLAN_CONFIG, type PlanConfig } from '../config';
import { ActivityRecord } from '../activities/activity.schema';
import { ActionRecord } from '../structure/action.schema';
import { AxisRecord } from '../structure/axis.schema';
import { loadPlanSeed } from './plan-seed.loader';
import { parsePlanSeed } from './plan-seed.schema';

/** Loads seeds/plan.json at boot when PLAN_SEED is set; see loadPlanSeed for why it is safe to repeat. */
@Injectable()
export class PlanSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('PlanSeeder');

  constructor(
    @Inject(PLAN_CONFIG) private readonly config: PlanConfig,
    @InjectModel(AxisRecord.name) private readonly axes: Model<AxisRecord>,
    @InjectModel(ActionRecord.name) private readonly actions: Model<ActionRecord>,
    @InjectModel(ActivityRecord.name) private readonly activities: Model<ActivityRecord>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.PLAN_SEED) return;
    const seed = parsePlanSeed(JSON.parse(await readFile(this.config.PLAN_SEED_FILE, 'utf8')));
    const inserted = await loadPlanSeed(
      { axes: this.axes, actions: this.actions, activities: this.activities },
      seed,
    );
    this.logger.log({
      msg: 'plan seeded',
      inserted,
      total: { axes: seed.axes.length, actions: seed.actions.length, activities: seed.activities.length },
    });
  }
}
