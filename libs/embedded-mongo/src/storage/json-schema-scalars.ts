import { canonicalKey } from './canonical-key';
import type { Doc } from './document';
import {
  boolArg,
  countArg,
  failure,
  numberArg,
  numericValue,
  parseError,
  typeMismatch,
  type SchemaCheck,
} from './json-schema-common';

// Each keyword applies only to values of its own type (minimum to numbers, minLength to
// strings, items to arrays), as in JSON Schema: a string passes `minimum` untouched.

export function enumRule(schema: Doc): SchemaCheck | undefined {
  const spec = schema['enum'];
  if (spec === undefined) return undefined;
  if (!Array.isArray(spec) || spec.length === 0) throw typeMismatch('enum', 'a non-empty array');
  const allowed = new Set(spec.map(canonicalKey));
  return (value) =>
    value === undefined || allowed.has(canonicalKey(value))
      ? []
      : failure(schema, 'enum', 'value was not found in enum', value);
}

export function numberRules(schema: Doc): SchemaCheck[] {
  const rules: SchemaCheck[] = [];
  const bound = (keyword: 'minimum' | 'maximum', exclusiveKeyword: string) => {
    const limit = numberArg(schema, keyword);
    const exclusive = boolArg(schema, exclusiveKeyword) === true;
    if (schema[exclusiveKeyword] !== undefined && limit === undefined) {
      throw parseError(
        `$jsonSchema keyword '${keyword}' must be a present if ${exclusiveKeyword} is present`,
      );
    }
    if (limit === undefined) return;
    const ok = (n: number) =>
      keyword === 'minimum' ? (exclusive ? n > limit : n >= limit) : exclusive ? n < limit : n <= limit;
    rules.push((value) => {
      const n = numericValue(value);
      if (n === undefined || ok(n)) return [];
      return failure(schema, exclusive ? exclusiveKeyword : keyword, 'comparison failed', value);
    });
  };
  bound('minimum', 'exclusiveMinimum');
  bound('maximum', 'exclusiveMaximum');
  const divisor = numberArg(schema, 'multipleOf');
  if (divisor !== undefined) {
    if (!(divisor > 0)) throw parseError("$jsonSchema keyword 'multipleOf' must have a positive value");
    rules.push((value) => {
      const n = numericValue(value);
      if (n === undefined || Number.isInteger(n / divisor)) return [];
      return failure(
        schema,
        'multipleOf',
        'considered value is not a multiple of the specified value',
        value,
      );
    });
  }
  return rules;
}

export function stringRules(schema: Doc): SchemaCheck[] {
  const rules: SchemaCheck[] = [];
  for (const keyword of ['minLength', 'maxLength'] as const) {
    const limit = countArg(schema, keyword);
    if (limit === undefined) continue;
    rules.push((value) => {
      if (typeof value !== 'string') return [];
      const length = [...value].length; // code points, as mongod counts them
      if (keyword === 'minLength' ? length >= limit : length <= limit) return [];
      return failure(schema, keyword, 'specified string length was not satisfied', value);
    });
  }
  const pattern = schema['pattern'];
  if (pattern !== undefined) {
    if (typeof pattern !== 'string') throw typeMismatch('pattern', 'a string');
    const regex = new RegExp(pattern, 'u');
    rules.push((value) =>
      typeof value !== 'string' || regex.test(value)
        ? []
        : failure(schema, 'pattern', 'regular expression did not match', value),
    );
  }
  return rules;
}

export function arrayRules(schema: Doc, compile: (sub: unknown) => SchemaCheck): SchemaCheck[] {
  const rules: SchemaCheck[] = [];
  for (const keyword of ['minItems', 'maxItems'] as const) {
    const limit = countArg(schema, keyword);
    if (limit === undefined) continue;
    rules.push((value) => {
      if (!Array.isArray(value)) return [];
      if (keyword === 'minItems' ? value.length >= limit : value.length <= limit) return [];
      return failure(schema, keyword, 'array did not match specified length', value);
    });
  }
  if (boolArg(schema, 'uniqueItems') === true) {
    rules.push((value) => {
      if (!Array.isArray(value)) return [];
      const seen = new Set<string>();
      const duplicate: unknown = (value as unknown[]).find((item) => {
        const key = canonicalKey(item);
        return seen.has(key) || !seen.add(key);
      });
      if (duplicate === undefined) return [];
      return failure(schema, 'uniqueItems', 'found a duplicate item', value, { duplicateValue: duplicate });
    });
  }
  const items = schema['items'];
  if (items === undefined) return rules;
  if (Array.isArray(items)) {
    const checks = items.map(compile);
    const extra = additionalItems(schema, compile, checks.length);
    rules.push((value) => {
      if (!Array.isArray(value)) return [];
      const failures = value
        .slice(0, checks.length)
        .flatMap((item, index) => itemFailure(checks[index], item, index));
      return failures.concat(extra(value));
    });
  } else {
    const check = compile(items);
    rules.push((value) =>
      Array.isArray(value) ? value.flatMap((item, index) => itemFailure(check, item, index)).slice(0, 1) : [],
    );
  }
  return rules;
}

function itemFailure(check: SchemaCheck | undefined, item: unknown, index: number): Doc[] {
  const details = check?.(item) ?? [];
  if (details.length === 0) return [];
  return [
    {
      operatorName: 'items',
      reason: 'At least one item did not match the sub-schema',
      itemIndex: index,
      details,
    },
  ];
}

function additionalItems(schema: Doc, compile: (sub: unknown) => SchemaCheck, count: number): SchemaCheck {
  const spec = schema['additionalItems'];
  if (spec === undefined || spec === true) return () => [];
  if (spec === false) {
    return (value) =>
      Array.isArray(value) && value.length > count
        ? failure(schema, 'additionalItems', 'found additional items', value, {
            additionalItems: value.slice(count),
          })
        : [];
  }
  const check = compile(spec);
  return (value) => {
    const failed = Array.isArray(value) ? value.slice(count).some((item) => check(item).length > 0) : false;
    return failed
      ? failure(schema, 'additionalItems', 'At least one additional item did not match the sub-schema', value)
      : [];
  };
}
