import type { Indicator } from '@elo/contracts';
import { assertDates, assertParticipants, mergeIndicators, namedInstitutions } from './activity-rules';
import { isOverdue } from './activity.mapper';
import { thrown } from '@elo/testing';

const A = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbbbbbbbbbb';

describe('activity dates', () => {
  it('accepts dates inside the plan in order, and clearing one', () => {
    expect(() => assertDates({}, { startDate: '2024-01-01', dueDate: '2028-12-31' })).not.toThrow();
    expect(() =>
      assertDates({ startDate: '2025-01-01', dueDate: '2025-06-30' }, { dueDate: null }),
    ).not.toThrow();
  });

  it.each([
    [{ startDate: '2023-12-31' }, 'startDate'],
    [{ dueDate: '2029-01-01' }, 'dueDate'],
    [{ dueDate: '2025-02-30' }, 'dueDate'],
  ])('refuses %j', (changes, field) => {
    expect(thrown(() => assertDates({}, changes))).toMatchObject({
      code: 'PLAN.INVALID_DATES',
      errors: [{ field }],
    });
  });

  it('refuses a due date before the start, counting the stored one', () => {
    expect(thrown(() => assertDates({ startDate: '2025-06-01' }, { dueDate: '2025-05-31' }))).toMatchObject({
      code: 'PLAN.INVALID_DATES',
    });
    expect(thrown(() => assertDates({ dueDate: '2025-05-31' }, { startDate: '2025-06-01' }))).toMatchObject({
      code: 'PLAN.INVALID_DATES',
    });
    expect(() =>
      assertDates(
        { startDate: '2025-06-01', dueDate: '2025-06-30' },
        { startDate: null, dueDate: '2025-05-01' },
      ),
    ).not.toThrow();
  });
});

describe('activity participants', () => {
  it('refuses the lead among the partners, and repeated partners', () => {
    expect(
      thrown(() => assertParticipants({}, { leadInstitutionId: A, partnerInstitutionIds: [A] })),
    ).toMatchObject({ code: 'COMMON.VALIDATION' });
    expect(
      thrown(() => assertParticipants({ leadInstitutionId: A }, { partnerInstitutionIds: [B, A] })),
    ).toMatchObject({ code: 'COMMON.VALIDATION' });
    expect(thrown(() => assertParticipants({}, { partnerInstitutionIds: [B, B] }))).toMatchObject({
      code: 'COMMON.VALIDATION',
    });
    expect(() =>
      assertParticipants({ leadInstitutionId: A }, { leadInstitutionId: B, partnerInstitutionIds: [A] }),
    ).not.toThrow();
  });

  it('refuses a new lead that is already a stored partner, unless the partners change too', () => {
    expect(
      thrown(() => assertParticipants({ partnerInstitutionIds: [A, B] }, { leadInstitutionId: A })),
    ).toMatchObject({ code: 'COMMON.VALIDATION', errors: [{ field: 'leadInstitutionId' }] });
    expect(() =>
      assertParticipants(
        { partnerInstitutionIds: [A, B] },
        { leadInstitutionId: A, partnerInstitutionIds: [B] },
      ),
    ).not.toThrow();
    expect(() =>
      assertParticipants({ partnerInstitutionIds: [A] }, { leadInstitutionId: null }),
    ).not.toThrow();
  });

  it('names every institution a change refers to', () => {
    expect(namedInstitutions({ leadInstitutionId: A, partnerInstitutionIds: [B] })).toEqual([A, B]);
    expect(namedInstitutions({ leadInstitutionId: null, status: 'delayed' })).toEqual([]);
  });
});

describe('indicator merge', () => {
  const current: Indicator[] = [
    {
      key: 'people',
      name: 'Pessoas',
      unit: 'people_trained',
      baseline: 0,
      target: 10,
      countsPeopleTrained: true,
      values: [{ period: '2025-Q1', value: 4 }],
    },
    {
      key: 'gone',
      name: 'Antigo',
      unit: 'count',
      baseline: 0,
      target: 1,
      countsPeopleTrained: false,
      values: [{ period: '2025-Q1', value: 1 }],
    },
  ];

  it('keeps recorded values by key, drops removed indicators and defaults countsPeopleTrained from the unit', () => {
    expect(
      mergeIndicators(current, [
        {
          key: 'people',
          name: 'Pessoas capacitadas',
          unit: 'people_trained',
          baseline: 0,
          target: 600,
          audiences: ['health', 'health'],
        },
        { key: 'new', name: 'Novo', unit: 'meetings', baseline: 0, target: 4 },
      ]),
    ).toEqual([
      {
        key: 'people',
        name: 'Pessoas capacitadas',
        unit: 'people_trained',
        baseline: 0,
        target: 600,
        countsPeopleTrained: true,
        audiences: ['health'],
        values: [{ period: '2025-Q1', value: 4 }],
      },
      {
        key: 'new',
        name: 'Novo',
        unit: 'meetings',
        baseline: 0,
        target: 4,
        countsPeopleTrained: false,
        values: [],
      },
    ]);
  });

  it('refuses a repeated key', () => {
    const dup = { key: 'x', name: 'X', unit: 'u', baseline: 0, target: 1 };
    expect(thrown(() => mergeIndicators([], [dup, dup]))).toMatchObject({ code: 'COMMON.VALIDATION' });
  });
});

describe('overdue', () => {
  it('is a due date before today on an open activity', () => {
    expect(isOverdue({ dueDate: '2026-11-22', status: 'in_progress' }, '2026-11-23')).toBe(true);
    expect(isOverdue({ dueDate: '2026-11-23', status: 'in_progress' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ dueDate: '2026-11-22', status: 'completed' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ status: 'delayed' }, '2026-11-23')).toBe(false);
  });
});
