import { z } from 'zod';

// Whitespace and format characters (zero-width space, joiners, BOM, bidi marks) show nothing.
const INVISIBLE = /[\p{White_Space}\p{Cf}]/gu;

/** How many characters of a text a reader can see. */
export function visibleLength(value: string): number {
  return value.replace(INVISIBLE, '').length;
}

/**
 * Free text as people type it: NFKC-normalised (full-width letters, ligatures and compatibility
 * forms become the plain ones, so equal-looking texts compare equal), trimmed, then at least `min`
 * visible characters, so a name of spaces or zero-width characters is refused.
 */
export function visibleText(min: number, max: number) {
  return z
    .string()
    .normalize('NFKC')
    .trim()
    .min(min)
    .max(max)
    .refine((value) => visibleLength(value) >= min, {
      message: min > 1 ? `must have at least ${min} visible characters` : 'must not be blank',
    });
}

// Scripts whose letters look like Latin ones (or are common enough to be named); any other is "other".
const SCRIPTS: readonly [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
];

/** The scripts of a text's letters (digits and punctuation belong to none). */
export function scriptsOf(value: string): Set<string> {
  const scripts = new Set<string>();
  for (const char of value) {
    if (!/\p{L}/u.test(char)) continue;
    scripts.add(SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'other');
  }
  return scripts;
}

/**
 * An acronym: NFKC-normalised, 1–`max` letters, digits, spaces or . - / &, all its letters from one
 * script, so a look-alike mixing scripts (Cyrillic С, О, А, Р in "СОNАТRАР") cannot pass for another.
 */
export function acronymText(max: number) {
  return z
    .string()
    .normalize('NFKC')
    .regex(
      new RegExp(`^[\\p{L}\\p{N}][\\p{L}\\p{N} .\\-/&]{0,${max - 1}}$`, 'u'),
      `must be 1–${max} letters, digits, spaces or . - / &`,
    )
    .refine((value) => scriptsOf(value).size <= 1, 'must not mix letters of different scripts');
}
