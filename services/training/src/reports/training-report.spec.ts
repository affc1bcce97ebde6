import { buildTrainingReport } from './training-report';

describe('training report', () => {
  it('counts people trained by audience, UF, institution, year and activity', () => {
    const report = buildTrainingReport([
      { audience: 'health', uf: 'SP', institutionId: 'a', year: 2025, activityCodes: ['1.4.2'] },
      { audience: 'health', uf: 'RR', year: 2025, activityCodes: ['1.4.2', '3.1.3'] },
      { audience: 'justice_system', year: 2024, activityCodes: [] },
    ]);
    expect(report.total).toBe(3);
    expect(report.byAudience).toEqual([
      { key: 'health', count: 2 },
      { key: 'justice_system', count: 1 },
    ]);
    expect(report.byUf).toEqual([
      { key: 'RR', count: 1 },
      { key: 'SP', count: 1 },
      { key: 'unknown', count: 1 },
    ]);
    expect(report.byInstitution[0]).toEqual({ key: 'unknown', count: 2 });
    expect(report.byYear).toEqual([
      { key: '2025', count: 2 },
      { key: '2024', count: 1 },
    ]);
    expect(report.byActivityCode).toEqual([
      { key: '1.4.2', count: 2 },
      { key: '3.1.3', count: 1 },
    ]);
  });

  it('keeps only the asked activity among a certificate’s codes', () => {
    const report = buildTrainingReport(
      [{ audience: 'health', year: 2025, activityCodes: ['1.4.2', '3.1.3'] }],
      '3.1.3',
    );
    expect(report.byActivityCode).toEqual([{ key: '3.1.3', count: 1 }]);
  });
});
