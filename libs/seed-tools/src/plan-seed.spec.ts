// The committed seeds/plan.json: complete, consistent, clean, and identical to what the parser
// makes of the source document whenever shared/ is beside the repo (as in CI).
import { existsSync, readFileSync } from 'node:fs';
import type { PlanSeed } from '@elo/contracts';
import { PLAN_SEED_PATH, PLAN_SOURCE_PATH, renderPlanSeed } from './build-plan-seed';
import { parsePlan } from './plan-parser';
import { findPlanSeedProblems } from '@elo/contracts';

const committedJson = readFileSync(PLAN_SEED_PATH, 'utf8');
const seed = JSON.parse(committedJson) as PlanSeed;
const hasSource = existsSync(PLAN_SOURCE_PATH);

function allTexts(plan: PlanSeed): string[] {
  return [
    ...plan.axes.flatMap((axis) => [axis.title, axis.description]),
    ...plan.actions.map((action) => action.title),
    ...plan.activities.map((activity) => activity.text),
  ];
}

function activity(code: string): string {
  const found = seed.activities.find((item) => item.code === code);
  if (!found) throw new Error(`activity ${code} missing`);
  return found.text;
}

describe('seeds/plan.json', () => {
  it('holds the 5 axes, 26 priority actions and 108 activities of the IV Plano Nacional', () => {
    expect(seed.axes.map((axis) => axis.number)).toEqual([1, 2, 3, 4, 5]);
    expect(seed.actions).toHaveLength(26);
    expect(seed.activities).toHaveLength(108);
  });

  it('has unique codes, each activity under the action its code names, each action under its axis', () => {
    expect(new Set(seed.actions.map((action) => action.code)).size).toBe(seed.actions.length);
    expect(new Set(seed.activities.map((item) => item.code)).size).toBe(seed.activities.length);
    const axisOf = new Map(seed.actions.map((action) => [action.code, action.axis]));
    for (const action of seed.actions)
      expect(`${action.code} ${action.code.split('.')[0]}`).toBe(`${action.code} ${action.axis}`);
    for (const item of seed.activities) {
      expect(`${item.code} ${item.code.split('.').slice(0, 2).join('.')}`).toBe(
        `${item.code} ${item.action}`,
      );
      expect(`${item.code} ${axisOf.get(item.action)}`).toBe(`${item.code} ${item.axis}`);
    }
  });

  it('has only clean text: no HTML, tabs, double spaces or untrimmed ends', () => {
    const dirty = allTexts(seed).filter(
      (text) => /[<>\t]/.test(text) || text.includes('  ') || text !== text.trim() || text === '',
    );
    expect(dirty).toEqual([]);
    expect(findPlanSeedProblems(seed)).toEqual([]);
  });

  it('keeps the exact wording of the plan', () => {
    expect(seed.axes[0].title).toBe('Estruturação da política');
    expect(seed.axes[4].title).toBe('Repressão e responsabilização');
    expect(activity('1.1.1')).toMatch(
      /^Fortalecer o Comitê Nacional de Enfrentamento ao Tráfico de Pessoas - CONATRAP,/,
    );
    expect(activity('1.1.10')).toMatch(
      /^Apoiar a Justiça do Trabalho para garantir, em cada Tribunal Regional do Trabalho/,
    );
    expect(activity('1.2.1')).toContain('travestis, transexuais, queers, intersexos, assexuais e outras.');
    expect(activity('3.4.4')).toBe(
      'Apoiar projetos e atividades educacionais, culturais e informativas voltadas para a prevenção e o enfrentamento ao tráfico de pessoas.',
    );
    expect(activity('5.2.1')).toMatch(/^Elaborar diretrizes gerais acerca da identificação das vítimas/);
    expect(seed.actions.find((action) => action.code === '5.3')?.title).toMatch(
      /^Fortalecer a capacidade dos atores/,
    );
    expect(seed.activities.filter((item) => item.action === '1.1')).toHaveLength(11);
  });

  (hasSource ? it : it.skip)('is exactly what the parser makes of the source document', () => {
    const parsed = parsePlan(readFileSync(PLAN_SOURCE_PATH, 'utf8'));
    expect(parsed).toEqual(seed);
    expect(renderPlanSeed(parsed)).toBe(committedJson);
  });
});
