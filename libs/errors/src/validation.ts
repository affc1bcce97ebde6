import type { PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { parseInput } from '@elo/contracts';

/** Where an HTTP input comes from: a JSON body keeps its types, a query or path gives strings. */
export type HttpInputSource = 'body' | 'query' | 'param';

const NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;

/** The keys of an object schema that take numbers, read from its JSON Schema. */
export function numericKeys(schema: z.ZodType): ReadonlySet<string> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, { type?: unknown }>;
  };
  return new Set(
    Object.entries(json.properties ?? {})
      .filter(([, property]) => property.type === 'integer' || property.type === 'number')
      .map(([key]) => key),
  );
}

/**
 * Validates one HTTP input with a contract's zod schema: the same parse, code and field errors as
 * the service applies to the request over NATS (COMMON.VALIDATION, or a rule's own code such as
 * DIRECTORY.INVALID_CNPJ). Query and path values arrive as strings; those the schema wants as
 * numbers are read as numbers when they spell one, and left for the schema to refuse otherwise.
 */
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  private readonly numeric: ReadonlySet<string>;

  constructor(
    readonly schema: S,
    readonly source: HttpInputSource,
  ) {
    this.numeric = source === 'body' ? new Set() : numericKeys(schema);
  }

  transform(value: unknown): z.output<S> {
    return parseInput(this.schema, this.source === 'body' ? value : this.fromStrings(value));
  }

  private fromStrings(value: unknown): unknown {
    if (typeof value !== 'object' || value === null) return value;
    const copy: Record<string, unknown> = {};
    for (const [key, raw] of Object.entries(value)) {
      copy[key] = this.numeric.has(key) && typeof raw === 'string' && NUMBER.test(raw) ? Number(raw) : raw;
    }
    return copy;
  }
}
