import { summarize } from './summary';

const row = (over: Partial<Parameters<typeof summarize>[0][number]>) => ({
  kind: 'technical_cooperation' as const,
  status: 'in_force' as const,
  countries: [],
  activityCodes: [],
  commitments: [],
  ...over,
});

describe('coordinators’ summary', () => {
  it('counts by kind, sector, status, country, axis and activity, in force, expiring and overdue', () => {
    const commitment = (dueDate: string, status: 'pending' | 'done') => ({
      id: dueDate,
      description: 'x',
      responsibleInstitutionId: 'a',
      dueDate,
      status,
      evidence: [],
    });
    const s = summarize(
      [
        row({ effectiveUntil: '2025-07-01', activityCodes: ['2.5.1', '2.5.2'], countries: ['AR', 'PY'] }),
        row({
          effectiveUntil: '2025-09-01',
          activityCodes: ['5.3.5'],
          commitments: [commitment('2025-05-31', 'pending'), commitment('2025-05-01', 'done')],
        }),
        row({ kind: 'private_sector', sector: 'air_transport', status: 'draft', activityCodes: ['2.5.1'] }),
        row({
          status: 'expired',
          effectiveUntil: '2025-01-01',
          countries: ['AR'],
          commitments: [commitment('2024-05-31', 'pending')],
        }),
      ],
      '2025-06-15',
    );
    expect(s).toEqual({
      asOf: '2025-06-15',
      total: 4,
      byKind: { technical_cooperation: 3, private_sector: 1 },
      bySector: { air_transport: 1 },
      byStatus: { in_force: 2, draft: 1, expired: 1 },
      byCountry: { AR: 2, PY: 1 },
      inForce: 2,
      expiringWithin30Days: 1,
      expiringWithin90Days: 2,
      overdueCommitments: 1,
      byAxis: { '2': 2, '5': 1 },
      byActivity: { '2.5.1': 2, '2.5.2': 1, '5.3.5': 1 },
    });
  });
});
