// CPF check digits (the Receita Federal's mod-11 rule) for the plain 11-digit form.

function checkDigit(digits: readonly number[], length: number): number {
  let sum = 0;
  for (let i = 0; i < length; i++) sum += digits[i] * (length + 1 - i);
  const rest = (sum * 10) % 11;
  return rest === 10 ? 0 : rest;
}

/** Strips the usual punctuation ("123.456.789-09" → "12345678909"); anything else stays to fail the check. */
export function normalizeCpf(value: string): string {
  return value.trim().replace(/[.\-\s]/g, '');
}

/**
 * True for 11 ASCII digits whose last two are the right check digits. One digit repeated 11 times
 * passes the arithmetic but is a placeholder, never a real CPF, and is refused.
 */
export function isValidCpf(value: string): boolean {
  if (!/^[0-9]{11}$/.test(value) || /^(\d)\1{10}$/.test(value)) return false;
  const digits = Array.from(value, Number);
  return checkDigit(digits, 9) === digits[9] && checkDigit(digits, 10) === digits[10];
}
