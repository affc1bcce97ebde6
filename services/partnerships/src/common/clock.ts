// Agreements are Brazilian: "today", "in force" and "days left" follow the calendar in São Paulo,
// whatever the server's time zone. The clock is injected so tests move time instead of waiting.

export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');
export const systemClock: Clock = { now: () => new Date() };

export const AGREEMENT_TIME_ZONE = 'America/Sao_Paulo';

const DAY_FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: AGREEMENT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The São Paulo calendar day of an instant, YYYY-MM-DD. */
export function saoPauloDay(instant: Date): string {
  return DAY_FORMAT.format(instant);
}

const dayNumber = (day: string) =>
  Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / 86_400_000;

/** Whole calendar days from `from` to `to` (both YYYY-MM-DD): 1 from a day to the next. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The day `days` after `day`. */
export function addDays(day: string, days: number): string {
  return new Date((dayNumber(day) + days) * 86_400_000).toISOString().slice(0, 10);
}

/** The start of a São Paulo calendar day as an instant (Brazil has kept UTC−3 all year since 2019). */
export function startOfSaoPauloDay(day: string): string {
  return new Date(`${day}T00:00:00-03:00`).toISOString();
}
