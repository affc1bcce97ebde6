import { comparePeriods, type IndicatorValue } from '@elo/contracts';

/** An indicator's values with `period` set to `value` (replacing any value it had), in period order. */
export function withPeriodValue(
  values: readonly IndicatorValue[],
  period: string,
  value: number,
): IndicatorValue[] {
  return [...values.filter((v) => v.period !== period), { period, value }].sort((a, b) =>
    comparePeriods(a.period, b.period),
  );
}
