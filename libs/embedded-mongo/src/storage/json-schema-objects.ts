import { isPlainObject, type Doc } from './document';
import { countArg, failure, parseError, typeMismatch, type SchemaCheck } from './json-schema-common';

type Compile = (sub: unknown) => SchemaCheck;

/** Object keywords; they apply to embedded documents only (other values pass them). */
export function objectRules(schema: Doc, compile: Compile): SchemaCheck[] {
  const rules: SchemaCheck[] = [];
  const required = requiredArg(schema);
  if (required) {
    rules.push((value) => {
      if (!isPlainObject(value)) return [];
      const missing = required.filter((name) => value[name] === undefined);
      if (missing.length === 0) return [];
      return [{ operatorName: 'required', specifiedAs: { required }, missingProperties: missing }];
    });
  }
  const properties = docArg(schema, 'properties');
  const propertyChecks = Object.entries(properties ?? {}).map(([name, sub]) => [name, compile(sub)] as const);
  if (propertyChecks.length > 0) {
    rules.push((value) => {
      if (!isPlainObject(value)) return [];
      const notSatisfied = propertyChecks.flatMap(([name, check]) => {
        if (value[name] === undefined) return [];
        const details = check(value[name]);
        return details.length > 0 ? [{ propertyName: name, details }] : [];
      });
      return notSatisfied.length > 0
        ? [{ operatorName: 'properties', propertiesNotSatisfied: notSatisfied }]
        : [];
    });
  }
  const patterns = Object.entries(docArg(schema, 'patternProperties') ?? {}).map(
    ([pattern, sub]) => [new RegExp(pattern, 'u'), compile(sub)] as const,
  );
  if (patterns.length > 0) {
    rules.push((value) => {
      if (!isPlainObject(value)) return [];
      const details = Object.entries(value).flatMap(([name, v]) =>
        patterns.flatMap(([regex, check]) => (regex.test(name) ? check(v) : [])),
      );
      return details.length > 0 ? [{ operatorName: 'patternProperties', details }] : [];
    });
  }
  const additional = additionalRule(schema, compile, new Set(propertyChecks.map(([name]) => name)), patterns);
  if (additional) rules.push(additional);
  for (const keyword of ['minProperties', 'maxProperties'] as const) {
    const limit = countArg(schema, keyword);
    if (limit === undefined) continue;
    rules.push((value) => {
      if (!isPlainObject(value)) return [];
      const count = Object.keys(value).length;
      if (keyword === 'minProperties' ? count >= limit : count <= limit) return [];
      return failure(schema, keyword, 'specified number of properties was not satisfied', value, {
        numberOfProperties: count,
      });
    });
  }
  const dependencies = dependencyRule(schema, compile);
  if (dependencies) rules.push(dependencies);
  return rules;
}

function requiredArg(schema: Doc): string[] | undefined {
  const spec = schema['required'];
  if (spec === undefined) return undefined;
  if (!Array.isArray(spec) || !spec.every((name) => typeof name === 'string')) {
    throw typeMismatch('required', 'an array of strings');
  }
  if (spec.length === 0) throw parseError("$jsonSchema keyword 'required' cannot be an empty array");
  return spec;
}

function docArg(schema: Doc, keyword: string): Doc | undefined {
  const spec = schema[keyword];
  if (spec === undefined) return undefined;
  if (!isPlainObject(spec)) throw typeMismatch(keyword, 'an object');
  return spec;
}

function additionalRule(
  schema: Doc,
  compile: Compile,
  named: ReadonlySet<string>,
  patterns: ReadonlyArray<readonly [RegExp, SchemaCheck]>,
): SchemaCheck | undefined {
  const spec = schema['additionalProperties'];
  if (spec === undefined || spec === true) return undefined;
  const extraNames = (value: Doc) =>
    Object.keys(value).filter((name) => !named.has(name) && !patterns.some(([regex]) => regex.test(name)));
  if (spec === false) {
    return (value) => {
      if (!isPlainObject(value)) return [];
      const extra = extraNames(value);
      if (extra.length === 0) return [];
      return [
        {
          operatorName: 'additionalProperties',
          specifiedAs: { additionalProperties: false },
          additionalProperties: extra,
        },
      ];
    };
  }
  if (!isPlainObject(spec)) throw typeMismatch('additionalProperties', 'a boolean or an object');
  const check = compile(spec);
  return (value) => {
    if (!isPlainObject(value)) return [];
    const details = extraNames(value).flatMap((name) => check(value[name]));
    return details.length > 0
      ? [
          {
            operatorName: 'additionalProperties',
            reason: 'at least one additional property did not match the subschema',
            details,
          },
        ]
      : [];
  };
}

function dependencyRule(schema: Doc, compile: Compile): SchemaCheck | undefined {
  const spec = docArg(schema, 'dependencies');
  if (!spec) return undefined;
  const checks = Object.entries(spec).map(([name, dependency]): [string, SchemaCheck] => {
    if (Array.isArray(dependency)) {
      const needed = dependency as string[];
      return [
        name,
        (value) => {
          const missing = needed.filter((other) => (value as Doc)[other] === undefined);
          return missing.length > 0 ? [{ missingProperties: missing }] : [];
        },
      ];
    }
    return [name, compile(dependency)];
  });
  return (value) => {
    if (!isPlainObject(value)) return [];
    const failing = checks.flatMap(([name, check]) => {
      if (value[name] === undefined) return [];
      const details = check(value);
      return details.length > 0 ? [{ conditionalProperty: name, details }] : [];
    });
    return failing.length > 0 ? [{ operatorName: 'dependencies', failingDependencies: failing }] : [];
  };
}
