/** A text field of a submitted form ('' when absent or a file), trimmed unless asked not to. */
export function field(form: FormData, name: string, trim = true): string {
  const value = form.get(name);
  if (typeof value !== 'string') return '';
  return trim ? value.trim() : value;
}

/**
 * The field errors of a refused change (problem+json `errors[]`, as ApiFailure carries it), by the
 * field's first path segment ('eventTypes.2' → 'eventTypes'), so a form can show each by its input.
 * A form with inputs inside lists keeps more segments (`depth` 3: 'sessions.1.end').
 */
export function fieldErrors(error: unknown, depth = 1): Record<string, string> {
  const problem = error && typeof error === 'object' && 'problem' in error ? error.problem : error;
  const errors = problem && typeof problem === 'object' && 'errors' in problem ? problem.errors : undefined;
  const byField: Record<string, string> = {};
  if (!Array.isArray(errors)) return byField;
  for (const item of errors as { field?: unknown; message?: unknown }[]) {
    if (typeof item.field !== 'string' || typeof item.message !== 'string') continue;
    const name = item.field.split('.').slice(0, depth).join('.');
    byField[name] = byField[name] ? `${byField[name]}; ${item.message}` : item.message;
  }
  return byField;
}
