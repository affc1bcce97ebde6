import { readFileSync } from 'node:fs';
import { Inject, Injectable } from '@nestjs/common';
import { TRAINING_CONFIG, type TrainingConfig } from '../config';

/**
 * The activity codes of the IV Plano, read once from the plan seed plan-tracking loads too: courses and
 * modules may only name these, since plan-tracking dead-letters training.completed for codes it lacks.
 */
@Injectable()
export class PlanCodes {
  private readonly codes: ReadonlySet<string>;

  constructor(@Inject(TRAINING_CONFIG) config: TrainingConfig) {
    const plan = JSON.parse(readFileSync(config.TRAINING_PLAN_FILE, 'utf8')) as {
      activities?: { code?: unknown }[];
    };
    this.codes = new Set(
      (plan.activities ?? []).map((a) => a.code).filter((c): c is string => typeof c === 'string'),
    );
    if (!this.codes.size) throw new Error(`No activity codes in ${config.TRAINING_PLAN_FILE}`);
  }

  /** Those of `codes` that are not activities of the plan. */
  unknown(codes: readonly string[]): string[] {
    return [...new Set(codes.filter((c) => !this.codes.has(c)))];
  }
}
