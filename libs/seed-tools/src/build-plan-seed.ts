// Generates seeds/plan.json from the plan's source document:
//   npx nx run seed-tools:build-plan-seed [-- source.txt]
// The JSON is committed so the repo runs without shared/; plan-seed.spec.ts checks it cannot drift.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PlanSeed } from '@elo/contracts';
import { parsePlan } from './plan-parser';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const PLAN_SOURCE_PATH = path.resolve(REPO_ROOT, '../shared/seeds/002_e03cde6428dc5c38.txt');
export const PLAN_SEED_PATH = path.join(REPO_ROOT, 'seeds/plan.json');

/** The exact bytes of seeds/plan.json: two-space JSON in the plan's order, ending in a newline. */
export function renderPlanSeed(seed: PlanSeed): string {
  return `${JSON.stringify(seed, null, 2)}\n`;
}

function main(): void {
  const source = process.argv[2] ? path.resolve(process.argv[2]) : PLAN_SOURCE_PATH;
  const seed = parsePlan(readFileSync(source, 'utf8'));
  writeFileSync(PLAN_SEED_PATH, renderPlanSeed(seed));
  const { axes, actions, activities } = seed;
  console.log(
    `${path.relative(REPO_ROOT, PLAN_SEED_PATH)}: ${axes.length} axes, ${actions.length} actions, ` +
      `${activities.length} activities (from ${source})`,
  );
}

if (require.main === module) main();
