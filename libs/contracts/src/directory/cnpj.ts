// CNPJ check digits (the Receita Federal's mod-11 rule) for the plain 14-digit form, as stored.

const FIRST_WEIGHTS = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
const SECOND_WEIGHTS = [6, ...FIRST_WEIGHTS];

function checkDigit(digits: readonly number[], weights: readonly number[]): number {
  const sum = weights.reduce((total, weight, i) => total + weight * digits[i], 0);
  const rest = sum % 11;
  return rest < 2 ? 0 : 11 - rest;
}

/**
 * True for 14 ASCII digits whose last two are the right check digits. Formatted input
 * ("00.394.494/0001-36") is rejected: callers strip punctuation first. One digit repeated 14 times
 * is a placeholder, never a real CNPJ, and is rejected too (00000000000000 even passes the arithmetic).
 */
export function isValidCnpj(value: string): boolean {
  if (!/^[0-9]{14}$/.test(value) || /^(\d)\1{13}$/.test(value)) return false;
  const digits = Array.from(value, Number);
  return (
    checkDigit(digits, FIRST_WEIGHTS) === digits[12] && checkDigit(digits, SECOND_WEIGHTS) === digits[13]
  );
}
