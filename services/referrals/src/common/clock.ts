// Deadlines are instants (hours after sending), so no calendar here; the clock is injected so tests
// move time instead of waiting.
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');
export const systemClock: Clock = { now: () => new Date() };

export const todayUtc = (now: Date) => now.toISOString().slice(0, 10);
