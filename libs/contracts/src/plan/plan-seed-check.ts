// Structural and text checks on a PlanSeed: the seed tools (parser, seed tests) and plan-tracking's
// boot-time check of seeds/plan.json share them.
import { ACTION_CODE_PATTERN, ACTIVITY_CODE_PATTERN } from './plan-period';
import type { PlanSeed } from './plan-seed';

/** Why a text field is not clean seed text, or undefined when it is. */
export function textProblem(text: string): string | undefined {
  if (text === '') return 'is empty';
  if (text !== text.trim()) return 'has leading or trailing whitespace';
  if (/[<>]/.test(text)) return 'has an HTML tag bracket';
  if (/&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text)) return 'has an HTML entity';
  if (/[^\S ]/.test(text)) return 'has whitespace other than plain spaces (tab, newline, nbsp…)';
  if (text.includes('  ')) return 'has a double space';
  if (/ [,.;:]/.test(text)) return 'has a space before punctuation';
  if (text !== text.normalize('NFC')) return 'is not NFC-normalised';
  return undefined;
}

/** Numeric order of dotted codes, so that 1.1.10 comes after 1.1.9. */
export function compareCodes(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? -1) - (right[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}

function parentCode(code: string): string {
  return code.slice(0, code.lastIndexOf('.'));
}

function checkOrder(kind: string, codes: string[], problems: string[]): void {
  const seen = new Set<string>();
  codes.forEach((code, i) => {
    if (seen.has(code)) problems.push(`${kind} ${code} is duplicated`);
    seen.add(code);
    if (i > 0 && compareCodes(codes[i - 1], code) >= 0) problems.push(`${kind} ${code} is out of order`);
  });
}

/** Every problem found, as readable sentences; an empty list means the seed is consistent. */
export function findPlanSeedProblems(seed: PlanSeed): string[] {
  const problems: string[] = [];
  const text = (where: string, value: string): void => {
    const problem = textProblem(value);
    if (problem) problems.push(`${where} ${problem}`);
  };

  checkOrder(
    'axis',
    seed.axes.map((axis) => String(axis.number)),
    problems,
  );
  checkOrder(
    'action',
    seed.actions.map((action) => action.code),
    problems,
  );
  checkOrder(
    'activity',
    seed.activities.map((activity) => activity.code),
    problems,
  );

  const axes = new Set<number>();
  for (const axis of seed.axes) {
    if (!Number.isInteger(axis.number) || axis.number < 1) {
      problems.push(`axis ${axis.number} is not a positive integer`);
    }
    axes.add(axis.number);
    text(`axis ${axis.number} title`, axis.title);
    text(`axis ${axis.number} description`, axis.description);
  }

  const actionAxis = new Map<string, number>();
  for (const action of seed.actions) {
    if (!ACTION_CODE_PATTERN.test(action.code))
      problems.push(`action code "${action.code}" is not N.N (1–3 digits each)`);
    if (parentCode(action.code) !== String(action.axis)) {
      problems.push(`action ${action.code} is filed under axis ${action.axis}`);
    }
    if (!axes.has(action.axis)) problems.push(`action ${action.code} names unknown axis ${action.axis}`);
    actionAxis.set(action.code, action.axis);
    text(`action ${action.code} title`, action.title);
  }

  for (const activity of seed.activities) {
    if (!ACTIVITY_CODE_PATTERN.test(activity.code)) {
      problems.push(`activity code "${activity.code}" is not N.N.N (1–3 digits each)`);
    }
    if (parentCode(activity.code) !== activity.action) {
      problems.push(`activity ${activity.code} is filed under action ${activity.action}`);
    }
    const axis = actionAxis.get(activity.action);
    if (axis === undefined) {
      problems.push(`activity ${activity.code} names unknown action ${activity.action}`);
    } else if (axis !== activity.axis) {
      problems.push(`activity ${activity.code} says axis ${activity.axis}, its action ${axis}`);
    }
    text(`activity ${activity.code} text`, activity.text);
  }

  // A heading with nothing under it means rows were lost or filed elsewhere.
  for (const axis of axes) {
    if (!seed.actions.some((action) => action.axis === axis)) problems.push(`axis ${axis} has no action`);
  }
  for (const code of actionAxis.keys()) {
    if (!seed.activities.some((activity) => activity.action === code)) {
      problems.push(`action ${code} has no activity`);
    }
  }
  return problems;
}
