import { z } from 'zod';

// CNPJ check digits (the Receita Federal's mod-11 rule) for the plain 14-character form, as stored.
// Since IN RFB 2.229/2024 the first 12 characters may be uppercase letters too: every character
// counts as its ASCII code minus 48 ('0' → 0, 'A' → 17), in the same rule; the two check digits
// stay digits. A numeric CNPJ is the special case of 14 digits.

/** 12 digits or uppercase letters, then two check digits. */
export const CNPJ_PATTERN = /^[0-9A-Z]{12}[0-9]{2}$/;

const FIRST_WEIGHTS = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
const SECOND_WEIGHTS = [6, ...FIRST_WEIGHTS];

function checkDigit(values: readonly number[], weights: readonly number[]): number {
  const sum = weights.reduce((total, weight, i) => total + weight * values[i], 0);
  const rest = sum % 11;
  return rest < 2 ? 0 : 11 - rest;
}

/**
 * True for a numeric or alphanumeric CNPJ whose last two characters are the right check digits.
 * Formatted ("00.394.494/0001-36") or lowercase input is rejected: callers strip punctuation and
 * upper-case first. One digit repeated 14 times is a placeholder, never a real CNPJ, and is
 * rejected too (00000000000000 even passes the arithmetic).
 */
export function isValidCnpj(value: string): boolean {
  if (!CNPJ_PATTERN.test(value) || /^(\d)\1{13}$/.test(value)) return false;
  const values = Array.from(value, (char) => char.charCodeAt(0) - 48);
  return (
    checkDigit(values, FIRST_WEIGHTS) === values[12] && checkDigit(values, SECOND_WEIGHTS) === values[13]
  );
}

export const CNPJ_MESSAGE =
  'must be a CNPJ: 12 digits or uppercase letters, then 2 valid check digits, without punctuation';

/**
 * The one CNPJ rule, wherever a request carries one. A wrong CNPJ is DIRECTORY.INVALID_CNPJ (the
 * issue's `params.code`, see parseInput), over HTTP as over NATS; a value of another type is
 * COMMON.VALIDATION like any other.
 */
export const cnpjSchema = z
  .string()
  .refine(isValidCnpj, { message: CNPJ_MESSAGE, params: { code: 'DIRECTORY.INVALID_CNPJ' } })
  .meta({
    description:
      'CNPJ without punctuation: 14 digits, or 12 digits or uppercase letters then 2 check digits (IN RFB 2.229/2024)',
    example: '00394494000136',
    pattern: CNPJ_PATTERN.source,
  });
