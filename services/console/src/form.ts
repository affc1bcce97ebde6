/** A text field of a submitted form ('' when absent or a file), trimmed unless asked not to. */
export function field(form: FormData, name: string, trim = true): string {
  const value = form.get(name);
  if (typeof value !== 'string') return '';
  return trim ? value.trim() : value;
}
