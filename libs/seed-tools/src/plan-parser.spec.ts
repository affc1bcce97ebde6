// The parser on small hand-made documents with the source's irregularities, and the checker on
// corrupted seeds: each check in plan-seed.spec.ts can fail.
import type { PlanSeed } from '@elo/contracts';
import { cleanText } from './clean-text';
import { parsePlan } from './plan-parser';
import { findPlanSeedProblems } from '@elo/contracts';

const HEAD = ['TÍTULO DO PLANO', '', 'Introdução.', '', 'Eixo 1 - Estruturação da política', ''];

function doc(...rows: string[]): string {
  return [...HEAD, 'Descrição do eixo.', '', 'Ação prioritária\t#\tAtividades', ...rows].join('\n');
}

describe('cleanText', () => {
  it.each([
    ['<p>5.2 Apoiar a promoção.</p>', '5.2 Apoiar a promoção.'],
    ['travestis, <i>queers</i> , intersexos', 'travestis, queers, intersexos'],
    ['a&nbsp;b &amp; c&#233; &#xE9;', 'a b & cé é'],
    ['  a\t\tb \u00a0 c\u200b ', 'a b c'],
    ['( texto ) ; fim .', '(texto); fim.'],
    ['linha<br>seguinte', 'linha seguinte'],
  ])('%j → %j', (raw, clean) => expect(cleanText(raw)).toBe(clean));
});

describe('parsePlan', () => {
  it('reads axes, actions and activities, dropping tags, stray tabs and "5.3."-style dots', () => {
    const seed = parsePlan(
      doc(
        '<p>1.1. Potencializar a <i>estrutura</i> .</p>\t<p>1.1.1</p>\t<p>Fortalecer o\tCONATRAP.</p>',
        '\t\t1.1.2\tBuscar recursos.\t',
        '1.2 Revisar normas.\t1.2.1\tRealizar estudo.',
      ).replace(/\n/g, '\r\n'),
    );
    expect(seed).toEqual<PlanSeed>({
      axes: [{ number: 1, title: 'Estruturação da política', description: 'Descrição do eixo.' }],
      actions: [
        { code: '1.1', axis: 1, title: 'Potencializar a estrutura.' },
        { code: '1.2', axis: 1, title: 'Revisar normas.' },
      ],
      activities: [
        { code: '1.1.1', action: '1.1', axis: 1, text: 'Fortalecer o CONATRAP.' },
        { code: '1.1.2', action: '1.1', axis: 1, text: 'Buscar recursos.' },
        { code: '1.2.1', action: '1.2', axis: 1, text: 'Realizar estudo.' },
      ],
    });
  });

  it('joins rows split across (blank) lines back together', () => {
    const seed = parsePlan(
      doc(
        '1.1 Potencializar a\t1.1.1\tFortalecer o',
        '',
        'CONATRAP',
        '',
        ', garantindo.',
        '\t1.1.2\tBuscar.',
      ),
    );
    expect(seed.activities.map((item) => item.text)).toEqual([
      'Fortalecer o CONATRAP, garantindo.',
      'Buscar.',
    ]);
    expect(seed.actions[0].title).toBe('Potencializar a');
  });

  it.each([
    ['an activity under another action', ['1.1 A.\t1.1.1\tX.', '\t1.2.1\tY.']],
    ['an action under another axis', ['2.1 A.\t2.1.1\tX.']],
    ['an activity before any action', ['\t1.1.1\tX.']],
    ['a duplicated activity', ['1.1 A.\t1.1.1\tX.', '\t1.1.1\tY.']],
    ['text before an activity code', ['1.1 A.\t1.1.1\tX.', '\tsolto\t1.1.2\tY.']],
    ['an action without activities', ['1.1 A.\t1.1.1\tX.', '1.2 B.']],
  ])('rejects %s', (_case, rows) => {
    expect(() => parsePlan(doc(...rows))).toThrow();
  });
});

describe('findPlanSeedProblems', () => {
  const good = (): PlanSeed => parsePlan(doc('1.1 A.\t1.1.1\tX.', '\t1.1.2\tY.', '1.2 B.\t1.2.1\tZ.'));

  it('finds none in a consistent seed', () => expect(findPlanSeedProblems(good())).toEqual([]));

  it.each<[string, (seed: PlanSeed) => void, RegExp]>([
    ['a duplicated code', (s) => (s.activities[1].code = '1.1.1'), /1\.1\.1 is duplicated/],
    ['codes out of order', (s) => s.activities.reverse(), /out of order/],
    [
      'an activity under the wrong action',
      (s) => (s.activities[2].action = '1.1'),
      /filed under action 1\.1/,
    ],
    ['an action under the wrong axis', (s) => (s.actions[0].axis = 2), /filed under axis 2/],
    ['an HTML tag', (s) => (s.activities[0].text = '<i>X</i>.'), /HTML tag/],
    ['an HTML entity', (s) => (s.activities[0].text = 'X&nbsp;Y.'), /HTML entity/],
    ['a tab', (s) => (s.actions[0].title = 'A\tB.'), /whitespace other than/],
    ['a double space', (s) => (s.axes[0].description = 'A  B.'), /double space/],
    ['an untrimmed end', (s) => (s.axes[0].title = ' A'), /leading or trailing/],
    [
      'a space before a comma',
      (s) => (s.activities[0].text = 'queers , intersexos'),
      /space before punctuation/,
    ],
    ['an empty text', (s) => (s.activities[0].text = ''), /is empty/],
  ])('finds %s', (_case, corrupt, problem) => {
    const seed = good();
    corrupt(seed);
    expect(findPlanSeedProblems(seed).join('\n')).toMatch(problem);
  });
});
