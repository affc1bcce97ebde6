import { thrown } from '@elo/testing';
import { addDays, daysBetween, saoPauloDay, startOfSaoPauloDay } from '../common/clock';
import { assertDates, calendarStatus, dateProblems, readinessProblems } from './date-rules';

describe('agreement dates', () => {
  it('accepts an ordered period and refuses one running backwards or ending before the signature', () => {
    expect(
      dateProblems({
        kind: 'technical_cooperation',
        signedAt: '2025-03-10',
        effectiveFrom: '2025-03-14',
        effectiveUntil: '2027-03-13',
      }),
    ).toEqual([]);
    expect(
      dateProblems({
        kind: 'technical_cooperation',
        effectiveFrom: '2025-03-14',
        effectiveUntil: '2025-03-13',
      }),
    ).toEqual([{ field: 'effectiveUntil', message: 'must not be before effectiveFrom' }]);
    expect(
      dateProblems({ kind: 'data_sharing', signedAt: '2025-03-10', effectiveUntil: '2025-03-01' }),
    ).toHaveLength(1);
    expect(
      dateProblems({ kind: 'data_sharing', signedAt: '2025-03-10', dou: { date: '2025-03-09' } }),
    ).toEqual([{ field: 'dou.date', message: 'the extract cannot be published before the signature' }]);
    expect(
      thrown(() =>
        assertDates({ kind: 'bilateral', effectiveFrom: '2025-02-01', effectiveUntil: '2025-01-01' }),
      ),
    ).toMatchObject({
      code: 'PARTNERSHIP.INVALID_DATES',
      errors: [{ field: 'effectiveUntil' }],
    });
  });

  it('signs only with a signature date, a start, a signatory and an end unless the kind has none', () => {
    const base = { signedAt: '2025-03-10', effectiveFrom: '2025-03-14', signatories: 1 };
    expect(
      readinessProblems({ ...base, kind: 'memorandum_of_understanding' }, 'signed', '2025-03-10'),
    ).toEqual([]);
    expect(readinessProblems({ ...base, kind: 'bilateral' }, 'signed', '2025-03-10')).toEqual([]);
    expect(
      readinessProblems({ ...base, kind: 'private_sector' }, 'signed', '2025-03-10').map((p) => p.field),
    ).toEqual(['effectiveUntil']);
    expect(
      readinessProblems({ kind: 'data_sharing', signatories: 0 }, 'signed', '2025-03-10').map((p) => p.field),
    ).toEqual(['signedAt', 'effectiveFrom', 'effectiveUntil', 'parties']);
  });

  it('enters into force by hand only inside the period', () => {
    const a = {
      kind: 'data_sharing' as const,
      signedAt: '2025-03-10',
      effectiveFrom: '2025-03-14',
      effectiveUntil: '2025-12-31',
      signatories: 2,
    };
    expect(readinessProblems(a, 'in_force', '2025-03-13').map((p) => p.field)).toEqual(['effectiveFrom']);
    expect(readinessProblems(a, 'in_force', '2025-03-14')).toEqual([]);
    expect(readinessProblems(a, 'in_force', '2025-12-31')).toEqual([]);
    expect(readinessProblems(a, 'in_force', '2026-01-01').map((p) => p.field)).toEqual(['effectiveUntil']);
  });

  it('follows the calendar: in force on the first day, expired the day after the last', () => {
    const signed = { status: 'signed' as const, effectiveFrom: '2025-03-14', effectiveUntil: '2025-12-31' };
    expect(calendarStatus(signed, '2025-03-13')).toBeUndefined();
    expect(calendarStatus(signed, '2025-03-14')).toBe('in_force');
    expect(calendarStatus({ ...signed, status: 'in_force' }, '2025-12-31')).toBeUndefined();
    expect(calendarStatus({ ...signed, status: 'in_force' }, '2026-01-01')).toBe('expired');
    expect(calendarStatus({ ...signed, status: 'suspended' }, '2026-01-01')).toBe('expired');
    expect(calendarStatus({ ...signed, status: 'signed' }, '2026-01-01')).toBe('expired');
    expect(calendarStatus({ status: 'in_force', effectiveFrom: '2020-01-01' }, '2099-01-01')).toBeUndefined();
    expect(calendarStatus({ ...signed, status: 'terminated' }, '2026-01-01')).toBeUndefined();
  });

  it('counts days in the São Paulo calendar, not UTC', () => {
    // 02:30 UTC on 1 January is still 31 December in São Paulo (UTC−3).
    expect(saoPauloDay(new Date('2026-01-01T02:30:00Z'))).toBe('2025-12-31');
    expect(saoPauloDay(new Date('2026-01-01T03:00:00Z'))).toBe('2026-01-01');
    expect(daysBetween('2025-12-31', '2026-03-31')).toBe(90);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(addDays('2025-12-31', 90)).toBe('2026-03-31');
    expect(startOfSaoPauloDay('2025-03-10')).toBe('2025-03-10T03:00:00.000Z');
  });
});
