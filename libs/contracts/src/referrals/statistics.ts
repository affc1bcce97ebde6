import { z } from 'zod';

export const STATISTICS_DIMENSIONS = [
  'exploitation',
  'uf',
  'gender',
  'ageGroup',
  'citizenship',
  'month',
] as const;
export type StatisticsDimension = (typeof STATISTICS_DIMENSIONS)[number];

export const statisticsQuerySchema = z
  .strictObject({
    by: z.enum(STATISTICS_DIMENSIONS).meta({ description: 'Rows of the table', example: 'exploitation' }),
    cross: z.enum(STATISTICS_DIMENSIONS).optional().meta({ description: 'Columns, to cross two dimensions' }),
  })
  .refine((q) => q.by !== q.cross, { message: 'must differ from by', path: ['cross'] });
export type StatisticsQuery = z.infer<typeof statisticsQuerySchema>;

/** Counts of cases; `null` marks a suppressed count (under 11, or hidden so none can be recovered). */
export interface StatisticsTable {
  by: StatisticsDimension;
  cross?: StatisticsDimension;
  k: number;
  rows: string[];
  columns: string[];
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  total: number | null;
}
