import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Caller } from '@elo/contracts';

export interface RequestContext {
  correlationId: string;
  /** The id of the message or request that caused the current work (events' causationid). */
  causationId?: string;
  caller?: Caller;
  /** The service whose signed assertion brought the current request (`gateway` for API clients). */
  via?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}

const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Accepts a client-supplied id only if it is safe to log and echo; otherwise makes a new one. */
export function sanitizeCorrelationId(value: unknown): string {
  return typeof value === 'string' && CORRELATION_ID.test(value) ? value : randomUUID();
}
