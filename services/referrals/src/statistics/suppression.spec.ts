import { K_THRESHOLD, suppress, type PublishedTable } from './suppression';

// A seeded generator (mulberry32): the same 400 tables on every run, so a failure is reproducible.
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The attacker: writes every published line as an equation over the hidden entries (row sums, column
 * sums, margins), solves what it can by elimination, and returns each hidden entry it can pin down.
 * Independent of the suppressor's own check: exact rational elimination on a reduced echelon form.
 */
function recover(original: number[][], published: PublishedTable): string[] {
  const rows = original.length;
  const cols = original[0].length;
  const grid: (number | null)[][] = published.cells.map((r, i) => [...r, published.rowTotals[i]]);
  if (rows > 1) grid.push([...published.columnTotals, published.total]);
  const unknown: [number, number][] = [];
  grid.forEach((r, i) => r.forEach((v, j) => v === null && unknown.push([i, j])));
  const lines: [number, number][][] = grid.map((_, i) => Array.from({ length: cols + 1 }, (_, j) => [i, j]));
  if (rows > 1)
    for (let j = 0; j <= cols; j++) lines.push(Array.from({ length: rows + 1 }, (_, i) => [i, j]));
  // Each line: sum(cells) - total = 0, split into unknown coefficients and a known constant.
  const eqs = lines.map((line) => {
    const coef = new Array<number>(unknown.length + 1).fill(0);
    line.forEach(([i, j], n) => {
      const sign = n === line.length - 1 ? -1 : 1;
      const u = unknown.findIndex(([a, b]) => a === i && b === j);
      if (u >= 0) coef[u] += sign;
      else coef[unknown.length] -= sign * (grid[i][j] as number);
    });
    return coef;
  });
  // Gauss-Jordan; a row with a single non-zero coefficient pins that unknown.
  let r = 0;
  for (let c = 0; c < unknown.length && r < eqs.length; c++) {
    const p = eqs.findIndex((e, i) => i >= r && e[c] !== 0);
    if (p < 0) continue;
    [eqs[r], eqs[p]] = [eqs[p], eqs[r]];
    const pv = eqs[r][c];
    eqs[r] = eqs[r].map((x) => x / pv);
    eqs.forEach((e, i) => {
      if (i !== r && e[c] !== 0) {
        const f = e[c];
        eqs[i] = e.map((x, j) => x - f * eqs[r][j]);
      }
    });
    r++;
  }
  return eqs
    .filter((e) => e.slice(0, unknown.length).filter((x) => Math.abs(x) > 1e-9).length === 1)
    .map((e) => unknown[e.slice(0, unknown.length).findIndex((x) => Math.abs(x) > 1e-9)].join(','));
}

function table(next: () => number): number[][] {
  const rows = 1 + Math.floor(next() * 4);
  const cols = 1 + Math.floor(next() * 5);
  // Mostly small counts, so many cells fall under k, with some large ones.
  return Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () => (next() < 0.7 ? Math.floor(next() * 14) : Math.floor(next() * 60))),
  );
}

describe('k = 11 suppression', () => {
  it('hides every count from 1 to 10 and shows the rest', () => {
    const out = suppress({
      cells: [
        [3, 40, 25],
        [50, 12, 30],
      ],
    });
    expect(out.cells[0][0]).toBeNull();
    expect(out.cells[1][1]).not.toBeNull();
    for (const row of out.cells)
      for (const v of row) if (v !== null) expect(v === 0 || v >= K_THRESHOLD).toBe(true);
  });

  it('property: no hidden entry of 400 random tables can be recovered from what is published', () => {
    const next = random(20261203);
    let primaryOnlyLeaks = 0;
    for (let n = 0; n < 400; n++) {
      const cells = table(next);
      const published = suppress({ cells });
      expect(recover(cells, published)).toEqual([]);
      for (const row of published.cells)
        for (const v of row) if (v !== null) expect(v === 0 || v >= K_THRESHOLD).toBe(true);
      // Sanity of the attacker: against primary suppression alone it does find cells.
      const primary = suppress({ cells }, K_THRESHOLD);
      const naive: PublishedTable = {
        ...primary,
        cells: cells.map((r) => r.map((v) => (v > 0 && v < K_THRESHOLD ? null : v))),
        rowTotals: cells.map((r) => r.reduce((a, b) => a + b, 0)),
        columnTotals: cells[0].map((_, j) => cells.reduce((a, r) => a + r[j], 0)),
        total: cells.flat().reduce((a, b) => a + b, 0),
      };
      if (recover(cells, naive).length) primaryOnlyLeaks++;
    }
    expect(primaryOnlyLeaks).toBeGreaterThan(50);
  });
});
