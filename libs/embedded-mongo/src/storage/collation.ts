import type { CollationSpec } from 'mingo/types';
import { badValue } from '../errors';
import { isPlainObject, type Doc } from './document';

/** A non-binary collation: how strings compare and which strings count as equal. */
export interface Collation {
  spec: CollationSpec;
  /** Maps a string to a key that is equal for every string the collation calls equal. */
  key: (value: string) => string;
}

const COMBINING_MARKS = /\p{M}/gu;
// Condition operators whose arguments are names or patterns, not values to collate
// ($regex ignores collation in mongod too).
const UNCOLLATED = new Set([
  '$type',
  '$regex',
  '$options',
  '$exists',
  '$size',
  '$mod',
  '$meta',
  '$jsonSchema',
]);

/**
 * Reads a command's `collation`; undefined for none or `{ locale: 'simple' }` (binary order).
 * Strength 1 ignores case and accents ("São Paulo" = "sao paulo"), 2 ignores case, 3 and up
 * compare both; `caseLevel` brings case back at strength 1 and 2.
 */
export function readCollation(value: unknown): Collation | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isPlainObject(value)) throw badValue('collation must be an object');
  const icuLocale = value['locale'];
  if (typeof icuLocale !== 'string') throw badValue('Missing expected field "locale"');
  // ICU names ('en_US', 'pt_BR') become BCP 47 tags for Intl.
  const locale = icuLocale.replace(/_/g, '-');
  if (icuLocale === 'simple') return undefined;
  const strength = typeof value['strength'] === 'number' ? value['strength'] : 3;
  if (![1, 2, 3, 4, 5].includes(strength))
    throw badValue(
      `unable to parse collation :: caused by :: Field 'strength' must be an integer 1 through 5. Got: ${strength}`,
    );
  const caseLevel = value['caseLevel'] === true;
  const ignoreAccents = strength === 1;
  const ignoreCase = strength <= 2 && !caseLevel;
  const key = (text: string): string => {
    let out = text.normalize(ignoreAccents ? 'NFD' : 'NFC');
    if (ignoreAccents) out = out.replace(COMBINING_MARKS, '');
    return ignoreCase ? out.toLocaleLowerCase(locale) : out;
  };
  const spec: CollationSpec = {
    locale,
    strength: Math.min(strength, 3) as 1 | 2 | 3,
    caseLevel,
    ...(typeof value['caseFirst'] === 'string'
      ? { caseFirst: value['caseFirst'] as 'upper' | 'lower' | 'off' }
      : {}),
    numericOrdering: value['numericOrdering'] === true,
    ...(typeof value['alternate'] === 'string' ? { alternate: value['alternate'] } : {}),
  };
  return { spec, key };
}

/** A copy of `value` with every string replaced by its collation key (documents and arrays). */
export function collateValue(value: unknown, key: (text: string) => string): unknown {
  if (typeof value === 'string') return key(value);
  if (Array.isArray(value)) return value.map((element) => collateValue(element, key));
  if (!isPlainObject(value)) return value;
  const out: Doc = {};
  for (const [field, inner] of Object.entries(value)) out[field] = collateValue(inner, key);
  return out;
}

/** The filter with its compared strings replaced by collation keys; names and patterns kept. */
export function collateFilter(filter: unknown, key: (text: string) => string): unknown {
  if (typeof filter === 'string') return key(filter);
  if (Array.isArray(filter)) return filter.map((element) => collateFilter(element, key));
  if (!isPlainObject(filter)) return filter;
  const out: Doc = {};
  for (const [field, inner] of Object.entries(filter)) {
    out[field] = UNCOLLATED.has(field) ? inner : collateFilter(inner, key);
  }
  return out;
}

/** Two collations are the same when their specs are. */
export function sameCollation(a: Collation | undefined, b: Collation | undefined): boolean {
  return JSON.stringify(a?.spec) === JSON.stringify(b?.spec);
}
