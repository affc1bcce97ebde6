// Who earns a certificate: a participant who attended at least the course's share of its hours.

export interface SessionHours {
  id: string;
  hours: number;
}

export function attendedHours(
  sessions: readonly SessionHours[],
  attendedSessionIds: readonly string[],
): number {
  const attended = new Set(attendedSessionIds);
  return sessions.filter((s) => attended.has(s.id)).reduce((sum, s) => sum + s.hours, 0);
}

/**
 * True when the attended hours reach `minShare` of the total. Hours are decimals (a 1h20 session is
 * 1.33…), so the comparison allows for rounding: 75 % of 4 sessions of 1.33 h is met by 3 of them.
 */
export function meetsCompletionRule(
  sessions: readonly SessionHours[],
  attendedSessionIds: readonly string[],
  minShare: number,
): boolean {
  const total = sessions.reduce((sum, s) => sum + s.hours, 0);
  if (total <= 0) return false;
  return attendedHours(sessions, attendedSessionIds) + 1e-9 >= minShare * total;
}
