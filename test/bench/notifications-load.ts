// The loads of test/bench/notifications.bench.ts (not a benchmark itself): a burst or a paced run
// through a sink, and the search for the highest rate the webhook pipeline holds for a whole window.
import type { EloCloudEvent } from '@elo/contracts';
import { IN_FLIGHT, cpuMs, pool, summarize, type Sample } from './events-pipeline';
import { signedEvent, type Arrivals } from './notifications-pipeline';

/** Something events go into and arrive out of: the pipeline, or raw JetStream. */
export interface Sink {
  publish(event: EloCloudEvent): Promise<unknown>;
  arrivals: Arrivals;
}

/** Sends events [from, from + count): as fast as IN_FLIGHT allows, or paced at `rate` per second. */
export async function drive(
  sink: Sink,
  from: number,
  count: number,
  what: string,
  rate?: number,
): Promise<Sample> {
  const events = Array.from({ length: count }, (_, k) => signedEvent(from + k));
  const sentAt = new Map<string, number>();
  const send = (event: EloCloudEvent) => {
    sentAt.set(event.id, Date.now());
    return sink.publish(event);
  };
  const started = Date.now();
  if (rate) {
    const pending: Promise<unknown>[] = [];
    for (const [k, event] of events.entries()) {
      await until(started + (k * 1000) / rate);
      pending.push(send(event));
    }
    await Promise.all(pending);
  } else {
    await pool(0, count, IN_FLIGHT, (k) => send(events[k]));
  }
  await sink.arrivals.all(
    events.map((e) => e.id),
    what,
  );
  const latencies = events.map((e) => (sink.arrivals.at.get(e.id) ?? NaN) - (sentAt.get(e.id) ?? NaN));
  return summarize(latencies, Date.now() - started);
}

/** Waits for `due`; when already late, still yields to I/O (this process also receives the webhooks). */
const until = (due: number) =>
  new Promise((resolve) =>
    due > Date.now() ? setTimeout(resolve, due - Date.now()) : setImmediate(resolve),
  );

/**
 * How far deliveries may lag: the oldest undelivered event may be at most this old while the rate is
 * held, and every event must have arrived this long after the window ends. A pipeline slower than the
 * rate falls behind by a growing backlog, so it crosses this early; one that keeps up never does.
 */
export const HOLD_LAG_MS = 2_000;
/** The publisher itself must keep the pace; below this share of the rate the step proves nothing. */
const PACE_SHARE = 0.95;

export interface HoldStep {
  rate: number;
  held: boolean;
  /** Why it was not held. */
  reason?: string;
  sent: number;
  /** Latencies of the events sent (only meaningful when held). */
  sample?: Sample;
}

/** Events [from, …) at `rate` per second for `seconds`, stopped as soon as the backlog outgrows the lag. */
export async function holdAt(
  sink: Sink,
  from: number,
  rate: number,
  seconds: number,
  pids: Record<string, number | undefined>,
): Promise<HoldStep> {
  const count = Math.round(rate * seconds);
  const events = Array.from({ length: count }, (_, k) => signedEvent(from + k));
  const sentAt: number[] = [];
  const cpuBefore = Object.entries(pids).map(([role, pid]) => [role, pid, cpuMs(pid)] as const);
  const pending: Promise<unknown>[] = [];
  const started = Date.now();
  let oldest = 0; // index of the oldest event not yet delivered
  let reason: string | undefined;
  for (const [k, event] of events.entries()) {
    await until(started + (k * 1000) / rate);
    while (oldest < k && sink.arrivals.at.has(events[oldest]?.id ?? '')) oldest++;
    const lag = oldest < k ? Date.now() - (sentAt[oldest] ?? 0) : 0;
    if (lag > HOLD_LAG_MS) {
      reason = `fell behind by more than ${HOLD_LAG_MS} ms after ${((Date.now() - started) / 1000).toFixed(1)} s`;
      break;
    }
    sentAt.push(Date.now());
    pending.push(sink.publish(event));
  }
  await Promise.all(pending);
  const sent = sentAt.length;
  const ids = events.slice(0, sent).map((e) => e.id);
  const paced = sent / ((Date.now() - started) / 1000);
  if (!reason && paced < rate * PACE_SHARE) reason = `the publisher kept only ${paced.toFixed(0)}/s`;
  const drained = await timed(sink.arrivals.all(ids, `hold ${rate}/s`), HOLD_LAG_MS);
  if (!reason && !drained) reason = `not all delivered within ${HOLD_LAG_MS} ms of the window's end`;
  // Let the rest arrive before the next step (0 lost is checked over the whole run).
  if (!drained) await sink.arrivals.all(ids, `draining ${rate}/s`);
  if (reason) return { rate, held: false, reason, sent };
  const cpuMsPerEvent: Record<string, number> = {};
  for (const [role, pid, start] of cpuBefore) {
    const end = cpuMs(pid);
    if (start !== undefined && end !== undefined) cpuMsPerEvent[role] = (end - start) / sent;
  }
  const latencies = ids.map((id, k) => (sink.arrivals.at.get(id) ?? NaN) - (sentAt[k] ?? NaN));
  return {
    rate,
    held: true,
    sent,
    sample: { ...summarize(latencies, Date.now() - started), cpuMsPerEvent },
  };
}

/** True when `promise` settles within `ms`, false when it is still pending then. */
async function timed(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  // A rejection (the phase timeout of a wait since replaced) counts as not settled in time.
  const settled = promise.then(
    () => true,
    () => false,
  );
  return Promise.race([settled, late]).finally(() => clearTimeout(timer));
}

/**
 * The highest rate held, in at most `maxSteps` windows: doubling from `start` until a rate is not
 * held, then bisecting between the best held and the lowest failed until they are within 10 %.
 */
export async function searchHeldRate(
  tryRate: (rate: number) => Promise<HoldStep>,
  start: number,
  maxSteps: number,
): Promise<{ best?: HoldStep; steps: HoldStep[] }> {
  const steps: HoldStep[] = [];
  let best: HoldStep | undefined;
  let failed: number | undefined;
  let rate = start;
  while (steps.length < maxSteps) {
    const step = await tryRate(rate);
    steps.push(step);
    if (step.held) best = step;
    else failed = Math.min(failed ?? Infinity, rate);
    if (failed === undefined) {
      rate *= 2;
      continue;
    }
    const low = best?.rate ?? 0;
    if (failed - low <= Math.max(1, low * 0.1)) break;
    rate = Math.round((low + failed) / 2);
  }
  return { best, steps };
}
