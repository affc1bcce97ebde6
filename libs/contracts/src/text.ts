import { z } from 'zod';

// Whitespace and format characters (zero-width space, joiners, BOM, bidi marks) show nothing.
const INVISIBLE = /[\p{White_Space}\p{Cf}]/gu;

/** How many characters of a text a reader can see. */
export function visibleLength(value: string): number {
  return value.replace(INVISIBLE, '').length;
}

/**
 * Free text as people type it: trimmed, then at least `min` visible characters, so a name of
 * spaces or zero-width characters is refused.
 */
export function visibleText(min: number, max: number) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((value) => visibleLength(value) >= min, {
      message: min > 1 ? `must have at least ${min} visible characters` : 'must not be blank',
    });
}
