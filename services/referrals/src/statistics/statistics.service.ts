import { Injectable } from '@nestjs/common';
import type { CaseCore, StatisticsDimension, StatisticsQuery, StatisticsTable } from '@elo/contracts';
import { CaseRepository } from '../cases/case.repository';
import { K_THRESHOLD, suppress } from './suppression';

/** The value of one dimension for a case. A case counts once: under its first-listed form of exploitation. */
function valueOf(core: CaseCore, dim: StatisticsDimension): string {
  switch (dim) {
    case 'exploitation':
      return core.exploitation[0];
    case 'uf': {
      const place = core.exploitationPlace;
      return place && 'uf' in place ? place.uf : 'abroad_or_unknown';
    }
    case 'gender':
      return core.gender;
    case 'ageGroup':
      return core.ageGroup;
    case 'citizenship':
      return core.citizenship;
    case 'month':
      return core.identifiedOn.slice(0, 7);
  }
}

@Injectable()
export class StatisticsService {
  constructor(private readonly cases: CaseRepository) {}

  async table(q: StatisticsQuery): Promise<StatisticsTable> {
    const cores = (await this.cases.allCores()).map((r) => r.core);
    if (!cores.length) {
      const base = {
        by: q.by,
        k: K_THRESHOLD,
        rows: [],
        columns: [],
        cells: [],
        rowTotals: [],
        columnTotals: [],
      };
      return { ...base, ...(q.cross ? { cross: q.cross } : {}), total: 0 };
    }
    const rowKeys = [...new Set(cores.map((c) => valueOf(c, q.by)))].sort();
    const colKeys = q.cross ? [...new Set(cores.map((c) => valueOf(c, q.cross!)))].sort() : ['all'];
    const cells = rowKeys.map(() => colKeys.map(() => 0));
    for (const core of cores) {
      const col = q.cross ? colKeys.indexOf(valueOf(core, q.cross)) : 0;
      cells[rowKeys.indexOf(valueOf(core, q.by))][col]++;
    }
    // Suppression sees one row per category: transpose a one-dimension table to a single row.
    const published = q.cross
      ? suppress({ cells })
      : (() => {
          const one = suppress({ cells: [cells.map((r) => r[0])] });
          return {
            cells: one.cells[0].map((v) => [v]),
            rowTotals: one.cells[0],
            columnTotals: [one.total],
            total: one.total,
          };
        })();
    return {
      by: q.by,
      ...(q.cross ? { cross: q.cross } : {}),
      k: K_THRESHOLD,
      rows: rowKeys,
      columns: colKeys,
      ...published,
    };
  }
}
