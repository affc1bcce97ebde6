import { sessionOffsetErrors, writtenOffset, zoneOffsetAt } from './session-time';

describe('session times and the course time zone', () => {
  it('knows Brazil’s offsets, including the daylight saving it had until 2019', () => {
    expect(zoneOffsetAt('America/Sao_Paulo', new Date('2025-03-10T17:00:00Z'))).toBe('-03:00');
    expect(zoneOffsetAt('America/Manaus', new Date('2025-03-10T17:00:00Z'))).toBe('-04:00');
    expect(zoneOffsetAt('America/Noronha', new Date('2025-03-10T17:00:00Z'))).toBe('-02:00');
    expect(zoneOffsetAt('America/Rio_Branco', new Date('2025-03-10T17:00:00Z'))).toBe('-05:00');
    expect(zoneOffsetAt('America/Sao_Paulo', new Date('2018-01-10T17:00:00Z'))).toBe('-02:00');
  });

  it('reads the written offset, Z included', () => {
    expect(writtenOffset('2025-03-10T14:00:00-03:00')).toBe('-03:00');
    expect(writtenOffset('2025-03-10T17:00:00Z')).toBe('+00:00');
  });

  it('names each session time whose offset is not the zone’s', () => {
    const sessions = [
      { start: '2025-03-10T14:00:00-04:00', end: '2025-03-10T18:00:00-04:00' },
      { start: '2025-03-11T14:00:00-03:00', end: '2025-03-11T18:00:00-04:00' },
    ];
    expect(sessionOffsetErrors(sessions, 'America/Manaus')).toEqual([
      { field: 'sessions.1.start', message: expect.stringContaining('-03:00') as string },
    ]);
    expect(sessionOffsetErrors(sessions, 'America/Sao_Paulo').map((e) => e.field)).toEqual([
      'sessions.0.start',
      'sessions.0.end',
      'sessions.1.end',
    ]);
  });
});
