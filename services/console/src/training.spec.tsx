/** @jest-environment jsdom */
import { byMonth } from './pages/training';
import { attendanceShare } from './pages/training-enrolments';
import type { TrainingEventView } from './pages/training-types';

const event = (id: string, start?: string): TrainingEventView => ({
  id,
  title: id,
  modality: 'online',
  sessions: start ? [{ id: 's1', start, end: start }] : [],
  totalHours: 4,
  capacity: 30,
  organiserInstitutionId: 'a'.repeat(24),
  status: 'open',
  enrolled: 0,
  waiting: 0,
});

describe('training calendar and attendance', () => {
  it('groups events by the month of their first session, in date order, undated last', () => {
    const months = byMonth([
      event('b', '2026-04-02T12:00:00Z'),
      event('none'),
      event('a', '2026-03-30T12:00:00Z'),
      event('c', '2026-04-20T12:00:00Z'),
    ]);
    expect(months.map(([month, events]) => [month, events.map((e) => e.id)])).toEqual([
      ['março de 2026', ['a']],
      ['abril de 2026', ['b', 'c']],
      ['Sem data', ['none']],
    ]);
  });

  it('counts attended sessions once each against the sessions held', () => {
    expect(attendanceShare(['s1', 's2', 's2'], 4)).toBe(50);
    expect(attendanceShare([], 0)).toBe(0);
  });
});
