/** CTDC's threshold: a count under 11 could point to a person. */
export const K_THRESHOLD = 11;

/** A count table: rows × columns, with row totals, column totals and the grand total (the margins). */
export interface CountTable {
  cells: number[][];
}

/** `null` where suppressed. Margins are published (or suppressed) like cells. */
export interface PublishedTable {
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  total: number | null;
}

type Grid = { value: number; hidden: boolean }[][];

/**
 * The table extended with its margins: row R holds the column totals, column C the row totals. With one
 * row the column totals would repeat the cells, so a one-row table has only the row total.
 */
function extend(cells: number[][]): Grid {
  const rows = cells.length;
  const cols = cells[0]?.length ?? 0;
  const sumRow = (r: number[]) => r.reduce((a, b) => a + b, 0);
  const grid: Grid = cells.map((row) => [...row, sumRow(row)].map((value) => ({ value, hidden: false })));
  if (rows > 1) {
    const colTotals = Array.from({ length: cols }, (_, j) => cells.reduce((a, row) => a + row[j], 0));
    grid.push([...colTotals, sumRow(colTotals)].map((value) => ({ value, hidden: false })));
  }
  return grid;
}

/** The additive lines of the extended grid: each is a list of [row, col] whose last is the line's total. */
function lines(grid: Grid): [number, number][][] {
  const rows = grid.length;
  const cols = grid[0]?.length ?? 0;
  const out: [number, number][][] = grid.map((_, i) => Array.from({ length: cols }, (_, j) => [i, j]));
  if (rows > 1) for (let j = 0; j < cols; j++) out.push(Array.from({ length: rows }, (_, i) => [i, j]));
  return out;
}

/**
 * Primary suppression hides every count from 1 to k-1 (zero names nobody). Complementary suppression
 * then hides more until no line (row or column, with its total) has exactly one hidden entry, and no
 * hidden entry is fixed by the linear system the published numbers form: nothing hidden can be
 * computed back from what is shown.
 */
export function suppress(table: CountTable, k = K_THRESHOLD): PublishedTable {
  const grid = extend(table.cells);
  for (const row of grid) for (const cell of row) cell.hidden = cell.value > 0 && cell.value < k;
  const all = lines(grid);
  for (let changed = true; changed;) {
    changed = false;
    for (const line of all) {
      if (line.filter(([i, j]) => grid[i][j].hidden).length !== 1) continue;
      hideSmallest(grid, line);
      changed = true;
    }
    if (!changed) {
      const fixed = firstDetermined(grid, all);
      if (fixed) {
        const withShown = all.filter(
          (l) =>
            l.some(([i, j]) => i === fixed[0] && j === fixed[1]) && l.some(([i, j]) => !grid[i][j].hidden),
        );
        // Nothing left to hide beside it: every line is hidden, and then nothing is published at all.
        changed = hideSmallest(grid, withShown[0] ?? all.flat());
      }
    }
  }
  return publish(grid, table.cells.length);
}

/** Hides the smallest shown entry of the line, preferring non-zero ones (a hidden zero in a zero sum is no secret). */
function hideSmallest(grid: Grid, line: [number, number][]): boolean {
  const shown = line.filter(([i, j]) => !grid[i][j].hidden);
  if (!shown.length) return false;
  const rank = ([i, j]: [number, number]) =>
    grid[i][j].value === 0 ? Number.MAX_SAFE_INTEGER : grid[i][j].value;
  const [i, j] = shown.reduce((best, cur) => (rank(cur) < rank(best) ? cur : best));
  grid[i][j].hidden = true;
  return true;
}

/** A hidden entry the published lines determine exactly (its unit vector lies in their row space). */
function firstDetermined(grid: Grid, all: [number, number][][]): [number, number] | null {
  const unknowns: [number, number][] = [];
  grid.forEach((row, i) => row.forEach((c, j) => c.hidden && unknowns.push([i, j])));
  const index = (i: number, j: number) => unknowns.findIndex(([a, b]) => a === i && b === j);
  const equations = all.map((line) => {
    const coef = new Array<number>(unknowns.length).fill(0);
    line.forEach(([i, j], n) => {
      const u = index(i, j);
      if (u >= 0) coef[u] += n === line.length - 1 ? -1 : 1;
    });
    return coef;
  });
  const base = rank(equations);
  for (let u = 0; u < unknowns.length; u++) {
    const unit = unknowns.map((_, v) => (v === u ? 1 : 0));
    if (rank([...equations, unit]) === base) return unknowns[u];
  }
  return null;
}

export function rank(matrix: number[][]): number {
  const m = matrix.map((r) => [...r]);
  let r = 0;
  const cols = m[0]?.length ?? 0;
  for (let c = 0; c < cols && r < m.length; c++) {
    const pivot = m.findIndex((row, i) => i >= r && Math.abs(row[c]) > 1e-9);
    if (pivot < 0) continue;
    [m[r], m[pivot]] = [m[pivot], m[r]];
    for (let i = 0; i < m.length; i++) {
      if (i === r || Math.abs(m[i][c]) < 1e-9) continue;
      const f = m[i][c] / m[r][c];
      for (let j = c; j < cols; j++) m[i][j] -= f * m[r][j];
    }
    r++;
  }
  return r;
}

function publish(grid: Grid, rows: number): PublishedTable {
  const show = (c: { value: number; hidden: boolean }) => (c.hidden ? null : c.value);
  const body = grid.slice(0, rows);
  const cols = (grid[0]?.length ?? 1) - 1;
  const last = grid[grid.length - 1];
  return {
    cells: body.map((row) => row.slice(0, cols).map(show)),
    rowTotals: body.map((row) => show(row[cols])),
    columnTotals: rows > 1 ? last.slice(0, cols).map(show) : body[0].slice(0, cols).map(show),
    total: show(last[cols]),
  };
}
