import type { Caller, Indicator, ProgressReport } from '@elo/contracts';
import { applyApprovedReport, assertMaySubmit, assertValidReport, nextReportStatus } from './report-rules';
import { thrown } from '@elo/testing';

const LEAD = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const PARTNER = 'bbbbbbbbbbbbbbbbbbbbbbbb';
const OTHER = 'cccccccccccccccccccccccc';
const caller = (institutionId: string, ...roles: Caller['roles']): Caller => ({
  clientId: 'c',
  institutionId,
  roles,
});
const activity = { leadInstitutionId: LEAD, partnerInstitutionIds: [PARTNER] };

describe('report state machine', () => {
  it('decides a pending report once', () => {
    expect(nextReportStatus('pending', 'approve')).toBe('approved');
    expect(nextReportStatus('pending', 'return')).toBe('returned');
  });

  it.each([
    ['approved', 'approve'],
    ['approved', 'return'],
    ['returned', 'approve'],
    ['returned', 'return'],
  ] as const)('refuses to decide a %s report again (%s)', (status, decision) => {
    expect(thrown(() => nextReportStatus(status, decision))).toMatchObject({
      code: 'PLAN.REPORT_NOT_PENDING',
    });
  });
});

describe('who may submit', () => {
  it('lets a coordinator and agencies of the lead or a partner submit', () => {
    expect(() => assertMaySubmit(caller(OTHER, 'coordinator'), activity)).not.toThrow();
    expect(() => assertMaySubmit(caller(LEAD, 'agency'), activity)).not.toThrow();
    expect(() => assertMaySubmit(caller(PARTNER, 'agency'), activity)).not.toThrow();
  });

  it('refuses an agency of another institution, and roles that do not report', () => {
    expect(thrown(() => assertMaySubmit(caller(OTHER, 'agency'), activity))).toMatchObject({
      code: 'PLAN.NOT_A_PARTICIPANT',
    });
    expect(thrown(() => assertMaySubmit(caller(LEAD, 'viewer'), activity))).toMatchObject({
      code: 'AUTH.FORBIDDEN',
    });
    expect(thrown(() => assertMaySubmit(caller(LEAD, 'admin'), activity))).toMatchObject({
      code: 'AUTH.FORBIDDEN',
    });
  });

  it('refuses an agency when the activity has no lead yet', () => {
    expect(
      thrown(() => assertMaySubmit(caller(LEAD, 'agency'), { partnerInstitutionIds: [] })),
    ).toMatchObject({ code: 'PLAN.NOT_A_PARTICIPANT' });
  });
});

describe('report validation', () => {
  const valid = { period: '2025-Q3', progress: 40, narrative: 'Feito.' };
  const indicators = [{ key: 'people' }];

  it('accepts a valid report', () => {
    expect(() =>
      assertValidReport({ ...valid, indicatorValues: [{ indicatorKey: 'people', value: 3 }] }, indicators),
    ).not.toThrow();
  });

  it.each([
    [{ period: '2023-Q4' }, 'period'],
    [{ period: '2029-Q1' }, 'period'],
    [{ period: '2025-Q5' }, 'period'],
    [{ progress: 101 }, 'progress'],
    [{ progress: -1 }, 'progress'],
    [{ progress: 33.5 }, 'progress'],
    [{ narrative: '   ' }, 'narrative'],
  ])('refuses %j naming %s', (change, field) => {
    expect(thrown(() => assertValidReport({ ...valid, ...change }, indicators))).toMatchObject({
      code: 'COMMON.VALIDATION',
      errors: [{ field }],
    });
  });

  it('refuses values for indicators the activity does not have', () => {
    expect(
      thrown(() =>
        assertValidReport({ ...valid, indicatorValues: [{ indicatorKey: 'nope', value: 1 }] }, indicators),
      ),
    ).toMatchObject({ code: 'PLAN.UNKNOWN_INDICATOR' });
  });
});

describe('applying an approved report', () => {
  const people: Indicator = {
    key: 'people',
    name: 'Pessoas',
    unit: 'people_trained',
    baseline: 0,
    target: 100,
    countsPeopleTrained: true,
    values: [{ period: '2025-Q1', value: 10 }],
  };
  const report = (over: Partial<ProgressReport>): ProgressReport => ({
    id: 'r1',
    activityCode: '1.1.1',
    period: '2025-Q2',
    progress: 40,
    narrative: 'n',
    indicatorValues: [],
    evidence: [],
    status: 'approved',
    submittedBy: { clientId: 'c', institutionId: LEAD },
    submittedAt: '2025-07-01T00:00:00.000Z',
    version: 1,
    ...over,
  });
  const decidedAt = new Date('2025-07-02T10:00:00Z');

  it('moves progress, starts the activity, sets indicator values for the period and adds evidence', () => {
    const result = applyApprovedReport(
      { status: 'not_started', progress: 0, indicators: [people] },
      report({
        indicatorValues: [{ indicatorKey: 'people', value: 25 }],
        evidence: [{ title: 'Ata', url: 'https://x.gov.br/a' }],
      }),
      decidedAt,
    );
    expect(result).toEqual({
      progress: 40,
      progressPeriod: '2025-Q2',
      status: 'in_progress',
      statusChange: { from: 'not_started', to: 'in_progress' },
      indicators: [
        {
          ...people,
          values: [
            { period: '2025-Q1', value: 10 },
            { period: '2025-Q2', value: 25 },
          ],
        },
      ],
      evidence: [
        {
          id: 'report-r1-1',
          kind: 'report',
          title: 'Ata',
          url: 'https://x.gov.br/a',
          date: decidedAt.toISOString(),
          sourceId: 'r1',
        },
      ],
    });
  });

  it('replaces the value of the same period and completes the activity at 100', () => {
    const result = applyApprovedReport(
      { status: 'delayed', progress: 60, progressPeriod: '2025-Q1', indicators: [people] },
      report({ period: '2025-Q1', progress: 100, indicatorValues: [{ indicatorKey: 'people', value: 12 }] }),
      decidedAt,
    );
    expect(result.status).toBe('completed');
    expect(result.indicators[0]?.values).toEqual([{ period: '2025-Q1', value: 12 }]);
  });

  it('does not move progress back for an older period, but still records its indicator values', () => {
    const result = applyApprovedReport(
      { status: 'in_progress', progress: 60, progressPeriod: '2025-Q3', indicators: [people] },
      report({ period: '2025-Q2', progress: 100, indicatorValues: [{ indicatorKey: 'people', value: 5 }] }),
      decidedAt,
    );
    expect(result).toMatchObject({ progress: 60, progressPeriod: '2025-Q3', status: 'in_progress' });
    expect(result.statusChange).toBeUndefined();
    expect(result.indicators[0]?.values).toContainEqual({ period: '2025-Q2', value: 5 });
  });

  it('keeps a cancelled activity cancelled', () => {
    const result = applyApprovedReport(
      { status: 'cancelled', progress: 0, indicators: [] },
      report({ progress: 100 }),
      decidedAt,
    );
    expect(result).toMatchObject({ status: 'cancelled', progress: 100 });
    expect(result.statusChange).toBeUndefined();
  });
});
