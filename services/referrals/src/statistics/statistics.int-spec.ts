import type { Caller, CaseCore, StatisticsDimension, StatisticsTable } from '@elo/contracts';
import { codeOf } from '@elo/testing';
import { agency, CREAS, newCase, NGO } from '../testing/fixtures';
import { startHarness, type Harness } from '../test-fixtures/harness';
import { K_THRESHOLD, rank } from './suppression';

type Kind = Pick<CaseCore, 'exploitation' | 'gender' | 'exploitationPlace'>;
const DF = { uf: 'DF', ibgeCode: '5300108' } as const;
const SP = { uf: 'SP', ibgeCode: '3550308' } as const;
// Cells from 1 to 10 must vanish, and so must enough others that none of them can be computed back.
const GROUPS: [number, Kind][] = [
  [14, { exploitation: ['slavery_like_labour'], gender: 'male', exploitationPlace: DF }],
  [12, { exploitation: ['sexual_exploitation'], gender: 'female', exploitationPlace: SP }],
  [3, { exploitation: ['servitude'], gender: 'female', exploitationPlace: DF }],
  [2, { exploitation: ['begging'], gender: 'male', exploitationPlace: SP }],
  [1, { exploitation: ['sexual_exploitation'], gender: 'transgender', exploitationPlace: DF }],
];
const VIEWER: Caller = { clientId: 'viewer', institutionId: 'ffffffffffffffffffffffff', roles: ['viewer'] };

const valueOf = (k: Kind, dim: StatisticsDimension) =>
  dim === 'exploitation'
    ? k.exploitation[0]
    : dim === 'uf'
      ? (k.exploitationPlace as { uf: string }).uf
      : k.gender;

/** The true count of each (row, column), from the cases the test made. */
function truth(by: StatisticsDimension, cross?: StatisticsDimension): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [n, k] of GROUPS) {
    const key = `${valueOf(k, by)}|${cross ? valueOf(k, cross) : 'all'}`;
    counts.set(key, (counts.get(key) ?? 0) + n);
  }
  return counts;
}

/** True when some suppressed entry is fixed by the published cells and margins (a linear system). */
function anyRecoverable(t: StatisticsTable): boolean {
  const unknowns: string[] = [];
  const term = (name: string, value: number | null) => {
    if (value === null && !unknowns.includes(name)) unknowns.push(name);
    return value === null ? name : null;
  };
  // Each additive line: its parts and its total (null where suppressed); only the unknowns matter.
  const lines: { parts: (string | null)[]; total: string | null }[] = [];
  t.cells.forEach((row, i) =>
    lines.push({ parts: row.map((v, j) => term(`c${i}.${j}`, v)), total: term(`r${i}`, t.rowTotals[i]) }),
  );
  t.columns.forEach((_, j) =>
    lines.push({
      parts: t.cells.map((row, i) => term(`c${i}.${j}`, row[j])),
      total: term(`k${j}`, t.columnTotals[j]),
    }),
  );
  lines.push({ parts: t.rowTotals.map((v, i) => term(`r${i}`, v)), total: term('t', t.total) });
  const equations = lines.map(({ parts, total }) => {
    const coef = unknowns.map(() => 0);
    for (const p of parts) if (p) coef[unknowns.indexOf(p)] += 1;
    if (total) coef[unknowns.indexOf(total)] -= 1;
    return coef;
  });
  const base = rank(equations);
  return unknowns.some((_, u) => rank([...equations, unknowns.map((__, v) => (v === u ? 1 : 0))]) === base);
}

// The statistics over the bus, on cases written to the database through the service's own routes.
describe('statistics on stored cases (real NATS, real MongoDB wire protocol)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('referrals-statistics');
    let n = 0;
    for (const [count, kind] of GROUPS)
      for (let i = 0; i < count; i++) {
        const base = newCase({});
        const owner = n++ % 2 ? CREAS : NGO;
        await h.call('referrals.case.create', { ...base, core: { ...base.core, ...kind } }, agency(owner));
      }
  }, 120_000);

  afterAll(async () => {
    await h?.stop();
  });

  it.each<[StatisticsDimension, StatisticsDimension | undefined]>([
    ['exploitation', undefined],
    ['gender', undefined],
    ['exploitation', 'uf'],
    ['uf', 'gender'],
    ['gender', 'exploitation'],
  ])(
    'by %s × %s: shows only true counts of at least 11, and nothing suppressed can be computed back',
    async (by, cross) => {
      const table = await h.call('referrals.statistics', { by, ...(cross ? { cross } : {}) }, VIEWER);
      const counts = truth(by, cross);
      expect(table.k).toBe(K_THRESHOLD);
      let hidden = 0;
      table.rows.forEach((row, i) =>
        table.columns.forEach((column, j) => {
          const actual = counts.get(`${row}|${column}`) ?? 0;
          const shown = table.cells[i][j];
          if (actual > 0 && actual < K_THRESHOLD)
            expect({ row, column, shown }).toEqual({ row, column, shown: null });
          if (shown !== null) expect(shown).toBe(actual);
          if (shown === null) hidden++;
        }),
      );
      for (const margin of [...table.rowTotals, ...table.columnTotals, table.total])
        if (margin !== null) expect(margin === 0 || margin >= K_THRESHOLD).toBe(true);
      expect(hidden).toBeGreaterThan(0);
      expect(anyRecoverable(table)).toBe(false);
    },
  );

  it('has a recovery check that would catch a lone suppressed cell', () => {
    const leaky: StatisticsTable = {
      by: 'gender',
      k: K_THRESHOLD,
      rows: ['female', 'male'],
      columns: ['all'],
      cells: [[null], [20]],
      rowTotals: [null, 20],
      columnTotals: [23],
      total: 23,
    };
    expect(anyRecoverable(leaky)).toBe(true);
    expect(anyRecoverable({ ...leaky, cells: [[null], [null]], rowTotals: [null, null] })).toBe(false);
  });

  it('counts every institution’s cases once, and shows the grand total when it is safe', async () => {
    const table = await h.call('referrals.statistics', { by: 'month' }, VIEWER);
    expect(table).toMatchObject({ rows: ['2026-11'], cells: [[32]], total: 32 });
  });

  it('answers admins with AUTH.FORBIDDEN: the technical role sees no case data', async () => {
    const admin: Caller = { clientId: 'admin', institutionId: CREAS, roles: ['admin'] };
    expect(await codeOf(h.call('referrals.statistics', { by: 'uf' }, admin))).toBe('AUTH.FORBIDDEN');
  });
});
