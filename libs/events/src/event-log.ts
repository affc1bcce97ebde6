// What the backbone logs about an event: ids, types and counts, never `data` (payloads may carry
// personal data; the dead letter keeps the event for those allowed to read it).

const MAX_LOGGED_ERROR = 500;

export interface ErrorFields {
  error: string;
  errorName?: string;
  errorCode?: string;
}

export function errorFields(error: unknown): ErrorFields {
  if (!(error instanceof Error)) {
    return { error: (typeof error === 'string' ? error : safeJson(error)).slice(0, MAX_LOGGED_ERROR) };
  }
  const code = (error as { code?: unknown }).code;
  return {
    error: error.message.slice(0, MAX_LOGGED_ERROR),
    errorName: error.name,
    ...(typeof code === 'string' || typeof code === 'number' ? { errorCode: String(code) } : {}),
  };
}

/**
 * A structured log entry: loggers that spread objects (pino via PinoNestLogger's info/warn, Nest's console
 * logger) get the fields; one that stringifies its message (PinoNestLogger.error) gets `msg key=value …`
 * instead of "[object Object]".
 */
export function logEntry(msg: string, fields: Record<string, unknown>): Record<string, unknown> {
  const entry: Record<string, unknown> = { msg, ...fields };
  const text = `${msg} ${Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${typeof value === 'string' ? JSON.stringify(value) : safeJson(value)}`)
    .join(' ')}`;
  Object.defineProperty(entry, 'toString', { value: () => text, enumerable: false });
  return entry;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
