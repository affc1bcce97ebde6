import type { Role } from '@elo/contracts';
import { exampleOf } from './arbitraries';
import { fillPath, queryString, type Operation } from './openapi';

// Requests an operation would accept from its documented schemas, so that a refusal in a check can
// only come from what that check changed.

export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
export const OPERATORS: Record<string, unknown> = {
  $gt: { $gt: '' },
  $ne: { $ne: null },
  $where: { $where: 'sleep(1000) || true' },
};

export interface Request {
  method: string;
  path: string;
  body?: unknown;
  raw?: string;
}

export const writes = (op: Operation) => op.method !== 'GET';

/** The values of the path parameters from their examples, with some replaced. */
export function pathValues(op: Operation, values: Record<string, unknown> = {}): Record<string, unknown> {
  return Object.fromEntries(
    op.pathParams.map((p) => [
      p.name,
      p.name in values ? values[p.name] : (p.example ?? exampleOf(p.schema ?? {})),
    ]),
  );
}

/** The required query parameters from their examples, plus extra ones. */
export function queryValues(op: Operation, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const required = op.queryParams
    .filter((p) => p.required)
    .map((p): [string, unknown] => [p.name, p.example ?? exampleOf(p.schema ?? {})]);
  return { ...Object.fromEntries(required), ...extra };
}

/** A request the operation would accept, with the given path values, query and body. */
export function plausible(
  op: Operation,
  change: {
    path?: Record<string, unknown>;
    query?: Record<string, unknown>;
    body?: unknown;
    raw?: string;
  } = {},
): Request {
  const path = fillPath(op.path, pathValues(op, change.path)) + queryString(queryValues(op, change.query));
  if (change.raw !== undefined) return { method: op.method, path, raw: change.raw };
  const body: unknown = 'body' in change ? change.body : op.body ? exampleOf(op.body) : undefined;
  return { method: op.method, path, ...(body !== undefined ? { body } : {}) };
}

/** The role the checks call an operation with: admin when allowed (no ownership in the way), else the first. */
export function allowedRole(op: Operation): Role | undefined {
  if (!op.roles) return undefined;
  return op.roles.includes('admin') ? 'admin' : op.roles[0];
}

/** An object body's top-level property names (none when the body is not an object). */
export function bodyKeys(op: Operation): string[] {
  return Object.keys(op.body?.properties ?? {});
}

/** A JSON text of the example body with one key set; JSON.stringify would drop `__proto__`. */
export function rawWithKey(op: Operation, key: string, value: unknown): string {
  const example = exampleOf(op.body ?? {});
  const inner = JSON.stringify(example && typeof example === 'object' ? example : {});
  const extra = `${JSON.stringify(key)}:${JSON.stringify(value)}`;
  // Last, so it wins over the example's own value of the same key.
  return inner === '{}' ? `{${extra}}` : `${inner.slice(0, -1)},${extra}}`;
}
