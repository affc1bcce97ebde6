import { Body, Param, Query } from '@nestjs/common';
import { ApiBody, ApiParam, ApiQuery, type SchemaObject } from '@nestjs/swagger';
import { z } from 'zod';
import { ZodValidationPipe } from '@elo/errors';

// The gateway's HTTP inputs are the contracts' zod schemas: one parameter decorator validates the
// input with the schema (ZodValidationPipe) and documents it in OpenAPI from the same schema, with
// the descriptions and examples its `.meta()` carries. Nothing else describes a request.

const JSON_SCHEMA_OPTIONS = { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' } as const;

/** Request bodies, documented as named components (`#/components/schemas/<id>`). */
const bodies = z.registry<{ id: string }>();

type JsonObjectSchema = SchemaObject & { properties?: Record<string, SchemaObject>; required?: string[] };

const withoutId = (schema: object): SchemaObject => {
  const { $id: _id, ...rest } = schema as SchemaObject & { $id?: string };
  return rest;
};

/** The components of every request body declared with @ZodBody, for the OpenAPI document. */
export function zodComponents(): Record<string, SchemaObject> {
  const { schemas } = z.toJSONSchema(bodies, {
    ...JSON_SCHEMA_OPTIONS,
    uri: (id) => `#/components/schemas/${id}`,
  });
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, withoutId(schema)]));
}

function methodDescriptor(target: object, key: string | symbol | undefined): PropertyDescriptor {
  const descriptor = key === undefined ? undefined : Object.getOwnPropertyDescriptor(target, key);
  if (!descriptor) throw new Error('Zod parameter decorators go on controller methods');
  return descriptor;
}

/** The JSON body, validated with `schema` and documented as the component `id`. */
export function ZodBody(id: string, schema: z.ZodType): ParameterDecorator {
  if (bodies.has(schema) && bodies.get(schema)?.id !== id)
    throw new Error(`Body schema registered twice: ${id}`);
  if (!bodies.has(schema)) bodies.add(schema, { id });
  return (target, key, index) => {
    Body(new ZodValidationPipe(schema, 'body'))(target, key, index);
    ApiBody({ required: true, schema: { $ref: `#/components/schemas/${id}` } })(
      target,
      key as string | symbol,
      methodDescriptor(target, key),
    );
  };
}

/** Each property of an object schema as one OpenAPI parameter, its description beside its schema. */
function parametersOf(schema: z.ZodType) {
  const json = z.toJSONSchema(schema, JSON_SCHEMA_OPTIONS) as JsonObjectSchema;
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, example, ...rest } = property as Record<string, unknown>;
    return {
      name,
      required: json.required?.includes(name) ?? false,
      ...(typeof description === 'string' ? { description } : {}),
      ...(example !== undefined ? { example } : {}),
      schema: rest,
    };
  });
}

/** The query string, validated with an object schema; each of its properties documented. */
export function ZodQuery(schema: z.ZodType): ParameterDecorator {
  const parameters = parametersOf(schema);
  return (target, key, index) => {
    Query(new ZodValidationPipe(schema, 'query'))(target, key, index);
    const descriptor = methodDescriptor(target, key);
    for (const parameter of parameters) ApiQuery(parameter)(target, key as string | symbol, descriptor);
  };
}

/** The path parameters, validated with an object schema naming each of them. */
export function ZodParams(schema: z.ZodType): ParameterDecorator {
  const parameters = parametersOf(schema);
  return (target, key, index) => {
    Param(new ZodValidationPipe(schema, 'param'))(target, key, index);
    const descriptor = methodDescriptor(target, key);
    for (const parameter of parameters) {
      ApiParam({ ...parameter, required: true })(target, key as string | symbol, descriptor);
    }
  };
}
