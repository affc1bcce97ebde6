import { badValue } from '../errors';
import { BSON_TYPE_ALIASES, bsonTypeOf, JSON_TYPES, jsonTypeMatches } from './bson-type';
import { isPlainObject, type Doc } from './document';
import { parseError, typeMismatch, type SchemaCheck } from './json-schema-common';
import { objectRules } from './json-schema-objects';
import { arrayRules, enumRule, numberRules, stringRules } from './json-schema-scalars';

/**
 * MongoDB's `$jsonSchema` (draft 4 with `bsonType`, without `$ref`, `format` or `default`),
 * evaluated over a value as storage holds it, so `bsonType: 'int'` and `'double'` tell a stored
 * int32 from a double. A failed check gives the details mongod reports in `errInfo`
 * (`schemaRulesNotSatisfied`); an empty list means the value satisfies the schema.
 */
export type { SchemaCheck } from './json-schema-common';

const IGNORED = new Set(['title', 'description']);
const UNSUPPORTED = new Set(['$ref', '$schema', 'default', 'definitions', 'format', 'id']);
const KNOWN = new Set([
  'bsonType',
  'type',
  'enum',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  'items',
  'additionalItems',
  'minItems',
  'maxItems',
  'uniqueItems',
  'properties',
  'required',
  'additionalProperties',
  'patternProperties',
  'minProperties',
  'maxProperties',
  'dependencies',
]);

export function compileSchema(schema: unknown): SchemaCheck {
  if (!isPlainObject(schema)) throw parseError('$jsonSchema must be an object');
  for (const keyword of Object.keys(schema)) {
    if (IGNORED.has(keyword) || KNOWN.has(keyword)) continue;
    if (UNSUPPORTED.has(keyword)) {
      throw parseError(`$jsonSchema keyword '${keyword}' is not currently supported`);
    }
    throw parseError(`Unknown $jsonSchema keyword: ${keyword}`);
  }
  const checks = [typeRule(schema), enumRule(schema), ...logicRules(schema), ...numberRules(schema)]
    .concat(stringRules(schema), arrayRules(schema, compileSchema), objectRules(schema, compileSchema))
    .filter((check): check is SchemaCheck => check !== undefined);
  return (value) => checks.flatMap((check) => check(value));
}

function typeRule(schema: Doc): SchemaCheck | undefined {
  if (schema['type'] !== undefined && schema['bsonType'] !== undefined) {
    throw parseError("Cannot specify both $jsonSchema keywords 'type' and 'bsonType'");
  }
  const keyword = schema['bsonType'] !== undefined ? 'bsonType' : 'type';
  const spec = schema[keyword];
  if (spec === undefined) return undefined;
  const names = Array.isArray(spec) ? spec : [spec];
  for (const name of names) {
    if (typeof name !== 'string') throw typeMismatch(keyword, 'a string or an array of strings');
    const known = keyword === 'type' ? JSON_TYPES.has(name) : BSON_TYPE_ALIASES.has(name);
    if (!known) {
      throw keyword === 'type' && name === 'integer'
        ? parseError("$jsonSchema type 'integer' is not currently supported.")
        : badValue(`Unknown type name alias: ${name}`);
    }
  }
  const matches = (type: string) =>
    names.some((name: string) =>
      keyword === 'type'
        ? jsonTypeMatches(name, type)
        : name === type || (name === 'number' && jsonTypeMatches('number', type)),
    );
  return (value) => {
    const type = bsonTypeOf(value);
    if (type === undefined || matches(type)) return [];
    return [
      {
        operatorName: keyword,
        specifiedAs: { [keyword]: spec },
        reason: 'type did not match',
        consideredValue: value,
        consideredType: type,
      },
    ];
  };
}

function logicRules(schema: Doc): SchemaCheck[] {
  const rules: SchemaCheck[] = [];
  for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) {
    const spec = schema[keyword];
    if (spec === undefined) continue;
    if (!Array.isArray(spec) || spec.length === 0) {
      throw typeMismatch(keyword, 'a non-empty array of objects');
    }
    const subs = spec.map(compileSchema);
    rules.push((value) => {
      if (value === undefined) return [];
      const results = subs.map((check) => check(value));
      const failed = results
        .map((details, index) => ({ index, details }))
        .filter(({ details }) => details.length > 0);
      const passed = subs.length - failed.length;
      const ok = keyword === 'allOf' ? failed.length === 0 : keyword === 'anyOf' ? passed > 0 : passed === 1;
      if (ok) return [];
      if (keyword === 'oneOf' && passed > 1) {
        return [
          {
            operatorName: keyword,
            specifiedAs: { [keyword]: spec },
            reason: 'more than one subschema matched',
          },
        ];
      }
      return [{ operatorName: keyword, schemasNotSatisfied: failed }];
    });
  }
  if (schema['not'] !== undefined) {
    const sub = compileSchema(schema['not']);
    rules.push((value) =>
      value === undefined || sub(value).length > 0
        ? []
        : [{ operatorName: 'not', specifiedAs: { not: schema['not'] }, reason: 'child expression matched' }],
    );
  }
  return rules;
}
