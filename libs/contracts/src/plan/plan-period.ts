import { z } from 'zod';

// The plan runs 2024–2028: reporting periods are quarters ("2025-Q3") and dates are calendar days
// ("2025-09-30", UTC) inside those years.

export const PLAN_START_DATE = '2024-01-01';
export const PLAN_END_DATE = '2028-12-31';

/** A quarter of the plan: 2024-Q1 … 2028-Q4. */
export const REPORTING_PERIOD_PATTERN = /^(202[4-8])-Q[1-4]$/;
/** An activity code, axis.action.activity: "2.5.1". */
export const ACTIVITY_CODE_PATTERN = /^\d{1,3}\.\d{1,3}\.\d{1,3}$/;
/** A priority action code, axis.action: "2.5". */
export const ACTION_CODE_PATTERN = /^\d{1,3}\.\d{1,3}$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isReportingPeriod(value: unknown): value is string {
  return typeof value === 'string' && REPORTING_PERIOD_PATTERN.test(value);
}

/** The quarter a timestamp falls in, e.g. "2025-Q3" (UTC), whether or not it lies inside the plan. */
export function periodOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** Orders periods chronologically; both must be "YYYY-Qn". */
export function comparePeriods(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A real calendar day written YYYY-MM-DD (2025-02-30 is not one). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar day inside the plan (2024-01-01 … 2028-12-31). */
export function isPlanDate(value: unknown): value is string {
  return isCalendarDate(value) && value >= PLAN_START_DATE && value <= PLAN_END_DATE;
}

/** A real calendar day; the pattern stays in the published (JSON) schema, the check refuses 2025-02-30. */
export const calendarDateSchema = z
  .string()
  .regex(DATE_PATTERN, { message: 'must be a date (YYYY-MM-DD)', abort: true })
  .refine(isCalendarDate, 'must be a real calendar day');

/** A calendar day inside the plan, as requests give start and due dates. */
export const planDateSchema = z
  .string()
  .refine(isPlanDate, 'must be a date (YYYY-MM-DD) between 2024-01-01 and 2028-12-31')
  .meta({ description: 'A day of the plan (YYYY-MM-DD, 2024–2028)', format: 'date' });

/** A plan activity code such as "2.5.1", wherever an event or request names one. */
export const planActivityCodeSchema = z
  .string()
  .regex(ACTIVITY_CODE_PATTERN, 'must be a plan activity code like 2.5.1')
  .meta({ description: 'Activity code (axis.action.activity)', example: '2.5.1' });

/** Today's date in UTC as YYYY-MM-DD: due dates are compared with it as strings. */
export function utcDay(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
