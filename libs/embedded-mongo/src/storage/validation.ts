import type { Query } from 'mingo/query';
import { badValue, ErrorCode, MongoCommandError } from '../errors';
import type { Collection } from './collection';
import { isPlainObject, type Doc } from './document';
import { compileFilter } from './filter';
import { compileSchema, type SchemaCheck } from './json-schema';
import { numericView } from './numbers';

/**
 * Collection validators (`validator`, `validationLevel`, `validationAction`), as mongod applies
 * them: every insert, and every update under `strict`; under `moderate` only updates of
 * documents that were valid before; nothing under `off`. With `validationAction: 'warn'` the
 * write goes through. A refused write fails with DocumentValidationFailure (121) and an
 * `errInfo` naming the document and the rules it broke.
 */
interface CompiledValidator {
  readonly level: 'off' | 'strict' | 'moderate';
  readonly action: 'error' | 'warn';
  readonly query: Query;
  /** Set when the validator is exactly `{ $jsonSchema: … }`, for errInfo details. */
  readonly schema: { check: SchemaCheck; title?: unknown } | undefined;
  readonly validator: Doc;
}

const FORBIDDEN = ['$where', '$near', '$nearSphere', '$text', '$geoNear'];
const LEVELS = ['off', 'strict', 'moderate'] as const;
const ACTIONS = ['error', 'warn'] as const;

/** Checks validation options as `create` and `collMod` receive them, before anything changes. */
export function checkValidationOptions(options: Doc): void {
  compiled(options);
}

const cache = new WeakMap<Doc, CompiledValidator | null>();

function compiled(options: Doc): CompiledValidator | undefined {
  const cached = cache.get(options);
  if (cached !== undefined) return cached ?? undefined;
  const result = compile(options);
  cache.set(options, result ?? null);
  return result;
}

function compile(options: Doc): CompiledValidator | undefined {
  const level = oneOf(options, 'validationLevel', LEVELS, 'strict');
  const action = oneOf(options, 'validationAction', ACTIONS, 'error');
  const validator = options['validator'];
  if (validator === undefined) return undefined;
  if (!isPlainObject(validator)) {
    throw new MongoCommandError(ErrorCode.TypeMismatch, "'validator' must be of type object");
  }
  const forbidden = FORBIDDEN.find((op) => usesOperator(validator, op));
  if (forbidden) {
    throw new MongoCommandError(
      ErrorCode.QueryFeatureNotAllowed,
      `${forbidden} is not allowed in collection validators`,
    );
  }
  if (Object.keys(validator).length === 0) return undefined;
  const keys = Object.keys(validator);
  const jsonSchema = validator['$jsonSchema'];
  const schema =
    jsonSchema === undefined
      ? undefined
      : {
          check: compileSchema(jsonSchema),
          title: isPlainObject(jsonSchema) ? jsonSchema['title'] : undefined,
        };
  return {
    level,
    action,
    query: compileFilter(validator),
    schema: keys.length === 1 ? schema : undefined,
    validator,
  };
}

function usesOperator(value: unknown, op: string): boolean {
  if (Array.isArray(value)) return value.some((item) => usesOperator(item, op));
  if (!isPlainObject(value)) return false;
  return Object.entries(value).some(([key, v]) => key === op || usesOperator(v, op));
}

function oneOf<T extends string>(options: Doc, field: string, allowed: readonly T[], fallback: T): T {
  const value = options[field];
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw badValue(
      `Invalid ${field === 'validationLevel' ? 'validation level' : 'validation action'}: ${JSON.stringify(value)}`,
    );
  }
  return value as T;
}

/**
 * Throws DocumentValidationFailure when `next` may not be written to `collection`.
 * `previous` is the document an update replaces (undefined for an insert or an upsert).
 */
export function validateWrite(collection: Collection, next: Doc, previous?: Doc, bypass = false): void {
  if (bypass) return;
  const validator = compiled(collection.options);
  if (!validator || validator.level === 'off' || validator.action === 'warn') return;
  if (validator.query.test(numericView(next))) return;
  if (previous && validator.level === 'moderate' && !validator.query.test(numericView(previous))) return;
  throw new MongoCommandError(ErrorCode.DocumentValidationFailure, 'Document failed validation', {
    errInfo: { failingDocumentId: next['_id'], details: details(validator, next) },
  });
}

function details(validator: CompiledValidator, doc: Doc): Doc {
  if (validator.schema) {
    const title = validator.schema.title;
    return {
      operatorName: '$jsonSchema',
      ...(title === undefined ? {} : { title }),
      schemaRulesNotSatisfied: validator.schema.check(doc),
    };
  }
  // Which top-level clauses failed; mongod explains each further, this names them.
  const clausesNotSatisfied = Object.entries(validator.validator)
    .map(([field, condition], index) => ({ index, clause: { [field]: condition } }))
    .filter(({ clause }) => !compileFilter(clause).test(numericView(doc)))
    .map(({ index, clause }) => ({
      index,
      details: { operatorName: Object.keys(clause)[0], specifiedAs: clause },
    }));
  return { operatorName: '$and', clausesNotSatisfied };
}
