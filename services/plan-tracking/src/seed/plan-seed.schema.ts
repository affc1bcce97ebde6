import { z } from 'zod';
import {
  ACTION_CODE_PATTERN,
  findPlanSeedProblems,
  planActivityCodeSchema,
  type PlanSeed,
} from '@elo/contracts';

// seeds/plan.json is checked before anything is written: a broken file stops the boot, not half a load.

const text = z.string().trim().min(1);

export const planSeedSchema = z
  .object({
    axes: z.array(z.object({ number: z.number().int().positive(), title: text, description: text })).min(1),
    actions: z.array(
      z.object({
        code: z.string().regex(ACTION_CODE_PATTERN),
        axis: z.number().int().positive(),
        title: text,
      }),
    ),
    activities: z.array(
      z.object({
        code: planActivityCodeSchema,
        action: z.string(),
        axis: z.number().int(),
        text,
      }),
    ),
  })
  // Order, parents, uniqueness and clean text: the same checks the seed tools run when they build it.
  .superRefine((seed, ctx) => {
    for (const message of findPlanSeedProblems(seed)) ctx.addIssue({ code: 'custom', message });
  });

export function parsePlanSeed(raw: unknown): PlanSeed {
  return planSeedSchema.parse(raw);
}
