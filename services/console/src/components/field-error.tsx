/**
 * The message under an input the API refused (problem+json `errors`, by field), and the attributes
 * that tie the input to it for assistive technology.
 */
export function invalid(errors: Record<string, string>, name: string, id: string) {
  const message = errors[name];
  return {
    attributes: message ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {},
    message: message ? (
      <span id={`${id}-error`} className="field-error">
        {message}
      </span>
    ) : null,
  };
}
