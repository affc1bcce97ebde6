// Parses the IV Plano Nacional's source document (a tab-separated table pasted from a web page)
// into a PlanSeed. Pure: text in, seed out; throws on anything it cannot place.
import type { PlanActionSeed, PlanActivitySeed, PlanAxisSeed, PlanSeed } from '@elo/contracts';
import { cleanText } from './clean-text';
import { findPlanSeedProblems } from '@elo/contracts';

const AXIS_HEADING = /^Eixo\s+(\d+)\s*[-–—]\s*(\S.*)$/i;
const TABLE_HEADER = /^Ação prioritária$/i;
// "5.3. Fortalecer…" also occurs: the dot after a code is dropped.
const ACTION_START = /^(\d+\.\d+)\.?\s+(\S.*)$/;
const ACTIVITY_CELL = /^(\d+\.\d+\.\d+)\.?(?:\s+(\S.*))?$/;

type Section = 'preamble' | 'description' | 'table';

function joinText(before: string, after: string): string {
  return cleanText(`${before} ${after}`);
}

export function parsePlan(source: string): PlanSeed {
  const axes: PlanAxisSeed[] = [];
  const actions: PlanActionSeed[] = [];
  const activities: PlanActivitySeed[] = [];
  let section: Section = 'preamble';
  // Where a line without a code continues: rows split across lines (blank or not) are joined back.
  let continueLast: ((text: string) => void) | undefined;

  source.split(/\r\n|\r|\n/).forEach((line, index) => {
    function fail(message: string): never {
      throw new Error(`plan source line ${index + 1}: ${message}: ${JSON.stringify(line.slice(0, 80))}`);
    }
    // Stray tabs leave empty cells; blank lines separate rows but never end one.
    const cells = line
      .split('\t')
      .map(cleanText)
      .filter((cell) => cell !== '');
    if (cells.length === 0) return;

    const heading = cells.length === 1 ? AXIS_HEADING.exec(cells[0]) : null;
    if (heading) {
      const axis: PlanAxisSeed = { number: Number(heading[1]), title: heading[2], description: '' };
      axes.push(axis);
      section = 'description';
      continueLast = (text) =>
        (axis.description = axis.description ? joinText(axis.description, text) : text);
      return;
    }
    if (TABLE_HEADER.test(cells[0])) {
      if (section === 'preamble') fail('table header before any "Eixo N - …" heading');
      section = 'table';
      continueLast = undefined;
      return;
    }

    switch (section) {
      case 'preamble':
        return; // the document's title and introduction are not part of the seed
      case 'description':
        continueLast?.(cells.join(' '));
        return;
      case 'table':
        break;
      default: {
        const unreachable: never = section;
        return unreachable;
      }
    }

    const axis = axes[axes.length - 1];
    let rest = cells;
    const actionStart = ACTIVITY_CELL.test(rest[0]) ? null : ACTION_START.exec(rest[0]);
    const codeAt = rest.findIndex((cell) => ACTIVITY_CELL.test(cell));
    if (actionStart) {
      // A stray tab inside the action's title splits it over several cells.
      const titleCells = codeAt === -1 ? rest.slice(1) : rest.slice(1, codeAt);
      const action: PlanActionSeed = {
        code: actionStart[1],
        axis: axis.number,
        title: cleanText([actionStart[2], ...titleCells].join(' ')),
      };
      if (action.code.split('.')[0] !== String(axis.number)) {
        fail(`action ${action.code} under Eixo ${axis.number}`);
      }
      actions.push(action);
      continueLast = (text) => (action.title = joinText(action.title, text));
      rest = codeAt === -1 ? [] : rest.slice(codeAt);
    } else if (codeAt === -1) {
      if (!continueLast) fail('text that continues no row');
      continueLast(rest.join(' '));
      return;
    } else if (codeAt > 0) {
      fail('text before an activity code');
    }
    if (rest.length === 0) return;

    const [, code, firstText] = ACTIVITY_CELL.exec(rest[0]) ?? fail('expected an activity code');
    const action = actions[actions.length - 1] ?? fail(`activity ${code} before any action`);
    if (code.slice(0, code.lastIndexOf('.')) !== action.code) {
      fail(`activity ${code} under action ${action.code}`);
    }
    const activity: PlanActivitySeed = {
      code,
      action: action.code,
      axis: action.axis,
      text: cleanText([firstText ?? '', ...rest.slice(1)].join(' ')),
    };
    activities.push(activity);
    continueLast = (text) => (activity.text = joinText(activity.text, text));
  });

  const seed: PlanSeed = { axes, actions, activities };
  const problems = findPlanSeedProblems(seed);
  if (problems.length > 0) throw new Error(`plan source is inconsistent:\n- ${problems.join('\n- ')}`);
  return seed;
}
