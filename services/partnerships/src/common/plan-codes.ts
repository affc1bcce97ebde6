import { readFileSync } from 'node:fs';
import { Inject, Injectable } from '@nestjs/common';
import { PARTNERSHIPS_CONFIG, type PartnershipsConfig } from '../config';

/**
 * The activity codes of the IV Plano, read once from the plan seed plan-tracking loads too: agreements
 * may only name these (plan-tracking dead-letters evidence for codes it does not have).
 */
@Injectable()
export class PlanCodes {
  private readonly codes: ReadonlySet<string>;

  constructor(@Inject(PARTNERSHIPS_CONFIG) config: PartnershipsConfig) {
    const plan = JSON.parse(readFileSync(config.PARTNERSHIPS_PLAN_FILE, 'utf8')) as {
      activities?: { code?: unknown }[];
    };
    this.codes = new Set(
      (plan.activities ?? []).map((a) => a.code).filter((c): c is string => typeof c === 'string'),
    );
    if (!this.codes.size) throw new Error(`No activity codes in ${config.PARTNERSHIPS_PLAN_FILE}`);
  }

  unknown(codes: readonly string[]): string[] {
    return [...new Set(codes.filter((c) => !this.codes.has(c)))];
  }
}
