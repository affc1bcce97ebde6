import {
  comparePeriods,
  isCalendarDate,
  isPlanDate,
  isReportingPeriod,
  periodOf,
  utcDay,
} from './plan-period';

describe('reporting periods', () => {
  it.each(['2024-Q1', '2026-Q3', '2028-Q4'])('accepts %s', (p) => expect(isReportingPeriod(p)).toBe(true));

  it.each(['2023-Q4', '2029-Q1', '2025-Q0', '2025-Q5', '2025-q1', '2025Q1', ' 2025-Q1', '2025-Q1\n', 2025])(
    'refuses %j',
    (p) => expect(isReportingPeriod(p)).toBe(false),
  );

  it('finds the quarter of a timestamp in UTC', () => {
    expect(periodOf(new Date('2025-03-31T23:59:59Z'))).toBe('2025-Q1');
    expect(periodOf(new Date('2025-04-01T00:00:00Z'))).toBe('2025-Q2');
    expect(periodOf(new Date('2028-12-31T12:00:00Z'))).toBe('2028-Q4');
  });

  it('orders periods chronologically', () => {
    expect(['2025-Q2', '2024-Q4', '2025-Q1'].sort(comparePeriods)).toEqual(['2024-Q4', '2025-Q1', '2025-Q2']);
  });
});

describe('plan dates', () => {
  it('accepts real days inside 2024–2028 only', () => {
    expect(isPlanDate('2024-01-01')).toBe(true);
    expect(isPlanDate('2028-12-31')).toBe(true);
    expect(isPlanDate('2024-02-29')).toBe(true);
    expect(isPlanDate('2023-12-31')).toBe(false);
    expect(isPlanDate('2029-01-01')).toBe(false);
    expect(isPlanDate('2025-02-29')).toBe(false);
    expect(isPlanDate('2025-13-01')).toBe(false);
  });

  it('refuses other shapes', () => {
    expect(isCalendarDate('2025-1-01')).toBe(false);
    expect(isCalendarDate('2025-01-01T00:00:00Z')).toBe(false);
    expect(isCalendarDate(null)).toBe(false);
  });

  it('writes today as a UTC day', () => {
    expect(utcDay(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-23');
  });
});
