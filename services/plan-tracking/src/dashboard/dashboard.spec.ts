import type { PlanAxis } from '@elo/contracts';
import { computeDashboard, isLate, type DashboardActivity } from './dashboard';

const TODAY = '2026-11-23';
const A = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbbbbbbbbbb';
const axes: PlanAxis[] = [
  { number: 1, title: 'Estruturação da política', description: '' },
  { number: 2, title: 'Prevenção', description: '' },
];
const activities: DashboardActivity[] = [
  {
    code: '1.1.1',
    axis: 1,
    status: 'in_progress',
    progress: 50,
    dueDate: '2026-11-22',
    leadInstitutionId: A,
  }, // overdue
  { code: '1.1.2', axis: 1, status: 'delayed', progress: 10, dueDate: '2027-01-01', leadInstitutionId: A }, // late, not overdue
  { code: '1.1.3', axis: 1, status: 'completed', progress: 100, dueDate: '2025-01-01', leadInstitutionId: B }, // done: neither
  { code: '1.1.4', axis: 1, status: 'cancelled', progress: 0, dueDate: '2025-01-01' }, // left out of the mean
  { code: '2.1.1', axis: 2, status: 'not_started', progress: 0, dueDate: TODAY, leadInstitutionId: B }, // due today: not overdue
  { code: '2.1.2', axis: 2, status: 'not_started', progress: 30 },
];
const pending = [
  { activityCode: '1.1.1', submittedBy: { institutionId: A } },
  { activityCode: '2.1.2', submittedBy: { institutionId: A } },
  { activityCode: '2.1.2', submittedBy: { institutionId: B } },
];
const labels = new Map([[A, { acronym: 'MJSP', name: 'Ministério da Justiça e Segurança Pública' }]]);

describe('dashboard', () => {
  const dashboard = computeDashboard(axes, activities, pending, labels, TODAY);

  it('counts the whole plan: statuses, mean progress without cancelled, overdue, late and pending reports', () => {
    expect(dashboard.asOf).toBe(TODAY);
    expect(dashboard.overall).toMatchObject({
      activities: 6,
      byStatus: { not_started: 2, in_progress: 1, completed: 1, delayed: 1, cancelled: 1 },
      meanProgress: 38, // (50 + 10 + 100 + 0 + 30) / 5
      overdue: 1,
      late: 2,
      reportsPending: 3,
    });
  });

  it('gives each axis its own figures', () => {
    expect(
      dashboard.axes.map((a) => [
        a.axis,
        a.title,
        a.activities,
        a.overdue,
        a.late,
        a.reportsPending,
        a.meanProgress,
      ]),
    ).toEqual([
      [1, 'Estruturação da política', 4, 1, 2, 1, 53.3],
      [2, 'Prevenção', 2, 0, 0, 2, 15],
    ]);
  });

  it('shows per institution the activities it leads, the late ones and its pending reports', () => {
    expect(dashboard.overall.institutions).toEqual([
      { institutionId: B, led: 2, late: 0, reportsPending: 1 },
      {
        institutionId: A,
        acronym: 'MJSP',
        name: 'Ministério da Justiça e Segurança Pública',
        led: 2,
        late: 2,
        reportsPending: 2,
      },
    ]);
    expect(dashboard.axes[1]?.institutions).toEqual([
      { institutionId: B, led: 1, late: 0, reportsPending: 1 },
      {
        institutionId: A,
        acronym: 'MJSP',
        name: 'Ministério da Justiça e Segurança Pública',
        led: 0,
        late: 0,
        reportsPending: 1,
      },
    ]);
  });

  it('has zeros, not NaN, for an axis without activities', () => {
    const empty = computeDashboard(
      [{ number: 3, title: 'Responsabilização', description: '' }],
      [],
      [],
      new Map(),
      TODAY,
    );
    expect(empty.axes[0]).toMatchObject({
      activities: 0,
      meanProgress: 0,
      overdue: 0,
      late: 0,
      institutions: [],
    });
  });

  it('calls late what is overdue or delayed', () => {
    expect(isLate({ code: 'x', axis: 1, status: 'delayed', progress: 0 }, TODAY)).toBe(true);
    expect(
      isLate({ code: 'x', axis: 1, status: 'in_progress', progress: 0, dueDate: '2026-11-22' }, TODAY),
    ).toBe(true);
    expect(
      isLate({ code: 'x', axis: 1, status: 'cancelled', progress: 0, dueDate: '2026-11-22' }, TODAY),
    ).toBe(false);
  });
});
