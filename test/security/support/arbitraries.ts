import fc from 'fast-check';
import type { JsonSchema } from './openapi';

// Values from the document's JSON schemas: one plausible value per schema (for the checks that need a
// request the validation would accept), and fast-check arbitraries for the fuzz, which mixes values
// the schema allows with arbitrary JSON so both the happy paths and the refusals are exercised.

const typeOf = (schema: JsonSchema): string | undefined =>
  Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;

const alternatives = (schema: JsonSchema): JsonSchema[] | undefined => schema.anyOf ?? schema.oneOf;

function matching(pattern: string): fc.Arbitrary<string> {
  try {
    return fc.stringMatching(new RegExp(pattern));
  } catch {
    // A pattern fast-check cannot invert is fuzzed with plain strings, which it will mostly refuse.
    return fc.string();
  }
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.pattern) return matching(schema.pattern);
  switch (schema.format) {
    case 'date-time':
      return fc
        .date({ min: new Date('2024-01-01'), max: new Date('2028-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString());
    case 'date':
      return fc
        .date({ min: new Date('2024-01-01'), max: new Date('2028-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case 'email':
      return fc.emailAddress();
    case 'uri':
      return fc.webUrl();
    default:
      return fc.string({
        unit: 'grapheme',
        minLength: schema.minLength ?? 0,
        maxLength: Math.min(schema.maxLength ?? 40, 40),
      });
  }
}

function numberBound(value: number | boolean | undefined, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

/** An arbitrary of values the schema describes (they may still break rules JSON Schema cannot say). */
export function schemaArbitrary(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  const options = alternatives(schema);
  if (options) return fc.oneof(...options.map((s) => schemaArbitrary(s, depth)));
  if (schema.allOf?.[0]) return schemaArbitrary(schema.allOf[0], depth);
  const base = typedArbitrary(schema, depth);
  return schema.nullable || (Array.isArray(schema.type) && schema.type.includes('null'))
    ? fc.option(base, { nil: null })
    : base;
}

function typedArbitrary(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  switch (typeOf(schema)) {
    case 'string':
      return stringArbitrary(schema);
    case 'integer':
      return fc.integer({
        min: Math.max(numberBound(schema.minimum, -1_000_000), -2_147_483_648),
        max: Math.min(numberBound(schema.maximum, 1_000_000), 2_147_483_647),
      });
    case 'number':
      return fc.double({
        min: numberBound(schema.minimum, -1e9),
        max: numberBound(schema.maximum, 1e9),
        noNaN: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(schema.items ? schemaArbitrary(schema.items, depth + 1) : fc.jsonValue(), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 3, 3),
      });
    case 'object':
      return objectArbitrary(schema, depth);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function objectArbitrary(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  if (depth > 6 || !Object.keys(properties).length) return fc.constant({});
  const record = Object.fromEntries(
    Object.entries(properties).map(([key, s]) => [key, schemaArbitrary(s, depth + 1)]),
  );
  return fc.record(record, { requiredKeys: schema.required ?? [] });
}

/** Half the time the schema's values, else any JSON: what an attacker would send. */
export function fuzzArbitrary(schema: JsonSchema): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: schemaArbitrary(schema) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  );
}

/** One value the schema accepts, the same on every run: its example, else a small generated one. */
export function exampleOf(schema: JsonSchema, depth = 0): unknown {
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum) return schema.enum[0];
  if (schema.const !== undefined) return schema.const;
  const options = alternatives(schema)?.filter((s) => typeOf(s) !== 'null' && s.type !== 'null');
  if (options?.[0]) return exampleOf(options[0], depth);
  if (schema.allOf?.[0]) return exampleOf(schema.allOf[0], depth);
  switch (typeOf(schema)) {
    case 'array':
      return schema.items
        ? Array.from({ length: Math.max(schema.minItems ?? 1, 1) }, () =>
            exampleOf(schema.items as JsonSchema, depth + 1),
          )
        : [];
    case 'object': {
      // A change with nothing required (a PATCH) still has to change something: then fill every property.
      const keys = schema.required?.length ? schema.required : Object.keys(schema.properties ?? {});
      return Object.fromEntries(
        keys.map((key) => [key, exampleOf(schema.properties?.[key] ?? {}, depth + 1)]),
      );
    }
    case 'integer':
    case 'number':
      return Math.max(numberBound(schema.minimum, 1), Math.min(1, numberBound(schema.maximum, 1)));
    case 'boolean':
      return true;
    case 'string':
      return schema.pattern || schema.format
        ? fc.sample(stringArbitrary(schema), { seed: 1, numRuns: 1 })[0]
        : 'Texto de exemplo'.padEnd(schema.minLength ?? 0, 'x').slice(0, schema.maxLength ?? 100);
    default:
      return 'x';
  }
}
