import { z } from 'zod';

// The Número Único de Protocolo (NUP) of the federal administration, `00000.000000/0000-00`: the
// protocol unit's code (5 digits), a sequence restarting every year (6), the year (4) and two check
// digits. Portaria Interministerial MJSP/ME nº 11, de 25 de novembro de 2019, keeps this 17-digit
// form (the 21-digit mod-97 NUP of Portaria Interministerial nº 2.321/2014 was revoked before it
// took effect) and its mod-11 check digits: weights 2, 3, 4, … from the rightmost digit, 11 minus
// the remainder of the sum by 11, keeping only the units (10 → 0, 11 → 1). The first digit covers
// the 15 digits before it, the second those 15 and the first check digit.
//
// Processes opened before 2000 were numbered with a two-digit year (`00000.000000/99-00`) and
// check digits over those 13 digits; written with four, either computation is accepted for them.

/** The administrative process number, formatted: `00000.000000/0000-00`. */
export const NUP_PATTERN = /^\d{5}\.\d{6}\/\d{4}-\d{2}$/;

function checkDigit(digits: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += digits[digits.length - 1 - i] * (i + 2);
  return (11 - (sum % 11)) % 10;
}

/** The two check digits of a NUP's digits before them (15, or 13 with a two-digit year). */
export function nupCheckDigits(base: string): string {
  if (!/^(\d{13}|\d{15})$/.test(base)) throw new Error('a NUP base is 15 digits (13 before 2000)');
  const digits = Array.from(base, Number);
  const first = checkDigit(digits);
  return `${first}${checkDigit([...digits, first])}`;
}

/** True for a formatted NUP whose last two digits are its check digits. */
export function isValidNup(value: string): boolean {
  if (!NUP_PATTERN.test(value)) return false;
  const digits = value.replace(/\D/g, '');
  const [base, check] = [digits.slice(0, 15), digits.slice(15)];
  if (nupCheckDigits(base) === check) return true;
  return Number(base.slice(11)) < 2000 && nupCheckDigits(base.slice(0, 11) + base.slice(13)) === check;
}

/**
 * The one NUP rule, wherever a request carries one: the wrong shape is COMMON.VALIDATION, wrong
 * check digits are PARTNERSHIP.INVALID_NUP (the issue's `params.code`, see parseInput).
 */
export const nupSchema = z
  .string()
  .regex(NUP_PATTERN, { message: 'must be a NUP formatted 00000.000000/0000-00', abort: true })
  .refine(isValidNup, {
    message: 'has wrong check digits (NUP mod-11 rule, Portaria Interministerial nº 11/2019)',
    params: { code: 'PARTNERSHIP.INVALID_NUP' },
  })
  .meta({
    description:
      'Administrative process number (NUP), 00000.000000/0000-00, with valid check digits (Portaria Interministerial nº 11/2019)',
    example: '08000.012345/2025-84',
  });
