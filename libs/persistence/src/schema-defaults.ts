/**
 * Timestamps and a version for every aggregate. The version (`__v`) is checked by the writes
 * themselves (`updateAtVersion` filters on it and bumps it), not by mongoose: its
 * `optimisticConcurrency` guards only `document.save()`, which no repository calls.
 */
export const AGGREGATE_SCHEMA_OPTIONS = {
  timestamps: true,
  versionKey: '__v',
  strict: 'throw',
} as const;

export function isDuplicateKeyError(
  error: unknown,
): error is { code: 11000; keyValue?: Record<string, unknown> } {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}

export function duplicateKeyField(error: { keyValue?: Record<string, unknown> }): string | undefined {
  return error.keyValue ? Object.keys(error.keyValue)[0] : undefined;
}
