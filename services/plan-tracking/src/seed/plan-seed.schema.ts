import { z } from 'zod';
import { ACTION_CODE_PATTERN, planActivityCodeSchema, type PlanSeed } from '@elo/contracts';

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
  .superRefine((seed, ctx) => {
    const axes = new Set(seed.axes.map((a) => a.number));
    const actions = new Set(seed.actions.map((a) => a.code));
    const unique = (codes: (string | number)[], path: string) => {
      const dup = codes.find((c, i) => codes.indexOf(c) !== i);
      if (dup !== undefined)
        ctx.addIssue({ code: 'custom', path: [path], message: `${String(dup)} appears twice` });
    };
    unique(
      seed.axes.map((a) => a.number),
      'axes',
    );
    unique(
      seed.actions.map((a) => a.code),
      'actions',
    );
    unique(
      seed.activities.map((a) => a.code),
      'activities',
    );
    for (const action of seed.actions) {
      if (!axes.has(action.axis) || !action.code.startsWith(`${action.axis}.`)) {
        ctx.addIssue({
          code: 'custom',
          path: ['actions'],
          message: `${action.code} does not belong to axis ${action.axis}`,
        });
      }
    }
    for (const activity of seed.activities) {
      const parent = activity.code.split('.').slice(0, 2).join('.');
      if (
        activity.action !== parent ||
        !actions.has(parent) ||
        !activity.code.startsWith(`${activity.axis}.`)
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['activities'],
          message: `${activity.code} does not match its action/axis`,
        });
      }
    }
  });

export function parsePlanSeed(raw: unknown): PlanSeed {
  return planSeedSchema.parse(raw);
}
