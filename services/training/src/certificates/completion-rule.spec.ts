import { DEFAULT_MIN_ATTENDANCE_SHARE } from '@elo/contracts';
import { attendedHours, meetsCompletionRule } from './completion-rule';

const four = [
  { id: 's1', hours: 4 },
  { id: 's2', hours: 4 },
  { id: 's3', hours: 4 },
  { id: 's4', hours: 4 },
];

describe('completion rule', () => {
  it('defaults to 75 % of the hours', () => {
    expect(DEFAULT_MIN_ATTENDANCE_SHARE).toBe(0.75);
  });

  it('certifies exactly at the share and above, not below', () => {
    expect(meetsCompletionRule(four, ['s1', 's2', 's3'], 0.75)).toBe(true);
    expect(meetsCompletionRule(four, ['s1', 's2', 's3', 's4'], 0.75)).toBe(true);
    expect(meetsCompletionRule(four, ['s1', 's2'], 0.75)).toBe(false);
    expect(meetsCompletionRule(four, [], 0.75)).toBe(false);
  });

  it('weighs sessions by their hours, not their number', () => {
    const uneven = [
      { id: 's1', hours: 6 },
      { id: 's2', hours: 1 },
      { id: 's3', hours: 1 },
    ];
    expect(meetsCompletionRule(uneven, ['s1'], 0.75)).toBe(true);
    expect(meetsCompletionRule(uneven, ['s2', 's3'], 0.75)).toBe(false);
  });

  it('follows a course’s own share and tolerates decimal hours', () => {
    expect(meetsCompletionRule(four, ['s1', 's2'], 0.5)).toBe(true);
    expect(meetsCompletionRule(four, ['s1', 's2', 's3'], 1)).toBe(false);
    const thirds = [1, 2, 3].map((i) => ({ id: `s${i}`, hours: 4 / 3 }));
    expect(meetsCompletionRule(thirds, ['s1', 's2'], 2 / 3)).toBe(true);
  });

  it('ignores sessions the course does not have', () => {
    expect(attendedHours(four, ['s1', 'ghost'])).toBe(4);
    expect(meetsCompletionRule([], ['s1'], 0.75)).toBe(false);
  });
});
