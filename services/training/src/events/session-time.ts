import type { FieldError } from '@elo/contracts';

// Brazil spans four UTC offsets (and had daylight saving until 2019): a session's written offset must
// be the course time zone's offset on that day, or its times would be read in the wrong zone.

/** The UTC offset written in an ISO 8601 date-time: "+00:00" for Z. */
export function writtenOffset(iso: string): string {
  if (iso.endsWith('Z') || iso.endsWith('z')) return '+00:00';
  return iso.slice(-6);
}

/** The zone's UTC offset at an instant, as "-03:00". */
export function zoneOffsetAt(timeZone: string, at: Date): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  return !name || name === 'GMT' ? '+00:00' : name.slice(3);
}

export function sessionOffsetErrors(
  sessions: readonly { start: string; end: string }[],
  timeZone: string,
): FieldError[] {
  return sessions.flatMap((session, i) =>
    (['start', 'end'] as const).flatMap((field) => {
      const expected = zoneOffsetAt(timeZone, new Date(session[field]));
      const written = writtenOffset(session[field]);
      return written === expected
        ? []
        : [
            {
              field: `sessions.${i}.${field}`,
              message: `offset ${written} is not ${timeZone}'s (${expected}) on that day`,
            },
          ];
    }),
  );
}
