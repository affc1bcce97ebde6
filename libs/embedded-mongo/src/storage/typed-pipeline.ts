// The base class: mingo's default export re-spreads options, losing the shared registry.
import { Aggregator } from 'mingo/aggregator';
import type { Options } from 'mingo/types';
import { isPlainObject, type Doc } from './document';
import { isNumericWrapper, numberOf, numericView, originalOf, restoreNumbers } from './numbers';
import { plainCopy, TYPED_OPERATOR_NAMES } from './typed-expressions';
import { unwind, unwindSpec } from './typed-unwind';

// Stages that never write into their input documents. mingo's $unwind, $addFields and
// friends may change nested objects in place, so they get copies.
const NON_MUTATING_STAGES = new Set([
  '$match',
  '$sort',
  '$limit',
  '$skip',
  '$count',
  '$group',
  '$project',
  '$sortByCount',
  '$facet',
  '$lookup',
  '$sample',
]);

// Stages whose output may hold BSON number wrappers computed by the typed operators: the next
// stage, run by mingo, must see JS numbers again.
const TYPED_STAGES = new Set(['$group', '$bucket', '$project', '$addFields', '$set']);

// Stages giving one output document per input, in order: each runs alone, and the types of
// values it passes through are taken back from its input.
const ONE_TO_ONE_STAGES = new Set(['$addFields', '$set', '$unset', '$project']);

const TYPED_ACCUMULATOR_NAMES = new Set(['$sum', '$avg', '$first', '$last', '$min', '$max']);

const stageName = (stage: Doc): string => Object.keys(stage)[0] ?? '';

/**
 * Runs a pipeline over numeric views of the stored documents (see storage/numbers) so that what
 * it computes or passes through comes out with mongod's BSON number types. The pipeline runs in
 * segments: one ends after each stage that computes typed values, and each stage that may write
 * into its input starts one on copies.
 */
export function runTypedPipeline(pipeline: Doc[], source: Iterable<Doc>, options: Options): Doc[] {
  let docs: Doc[] = [...source].map(numericView);
  let start = 0;
  while (start < pipeline.length) {
    const end = segmentEnd(pipeline, start);
    const stages = pipeline.slice(start, end);
    const output = runSegment(stages, docs, options);
    // Output of stages that only pass views along is views already: the next stages take it as is.
    const views = stages.every(
      (stage) => NON_MUTATING_STAGES.has(stageName(stage)) && !TYPED_STAGES.has(stageName(stage)),
    );
    docs =
      end < pipeline.length && !views ? output.map((doc) => numericView(restoreNumbers(doc) as Doc)) : output;
    start = end;
  }
  return docs.map((doc) => restoreNumbers(doc) as Doc);
}

function segmentEnd(pipeline: Doc[], start: number): number {
  const first = stageName(pipeline[start] ?? {});
  let end = start + 1;
  if (ONE_TO_ONE_STAGES.has(first) || first === '$unwind') return end;
  while (end < pipeline.length) {
    const next = stageName(pipeline[end] ?? {});
    if (TYPED_STAGES.has(stageName(pipeline[end - 1] ?? {})) || ONE_TO_ONE_STAGES.has(next)) break;
    if (!NON_MUTATING_STAGES.has(next)) break;
    end += 1;
  }
  return end;
}

function runSegment(stages: Doc[], docs: Doc[], options: Options): Doc[] {
  const first = stages[0] ?? {};
  const name = stageName(first);
  const unwinding = name === '$unwind' ? unwindSpec(first['$unwind']) : undefined;
  // Each input is a view made by numericView (or a document without wrappers): its original is
  // the document with its BSON types.
  if (unwinding) return unwind(docs.map(originalOf), unwinding);
  const mutating = !NON_MUTATING_STAGES.has(name);
  const oneToOne = ONE_TO_ONE_STAGES.has(name);
  const typedInput = mutating || oneToOne ? docs.map(originalOf) : [];
  const output = new Aggregator(stages.map(typedStage), options).run<Doc>(
    mutating ? typedInput.map(plainCopy) : docs,
  );
  if (!oneToOne || output.length !== typedInput.length) return output;
  const computed = computedPaths(name, first[name]);
  return output.map((doc, i) =>
    typedInput[i] === docs[i] ? doc : (mergeTypes(doc, typedInput[i], '', computed) as Doc),
  );
}

// The fields a stage computes: their values are not the input's. In $project a number or a
// boolean includes or excludes a field; in $addFields/$set it is a literal.
function computedPaths(name: string, spec: unknown): Set<string> {
  if (!isPlainObject(spec)) return new Set();
  const entries = Object.entries(spec);
  const inclusion = (value: unknown) => typeof value === 'number' || typeof value === 'boolean';
  return new Set(
    entries.filter(([, value]) => name !== '$project' || !inclusion(value)).map(([path]) => path),
  );
}

/** The stage with its computed fields and accumulators replaced by the typed operators. */
export function typedStage(stage: Doc): Doc {
  const name = stageName(stage);
  const spec = stage[name];
  if (!isPlainObject(spec)) return stage;
  switch (name) {
    case '$group':
      return { $group: typedAccumulators(spec, '_id') };
    case '$bucket':
      return isPlainObject(spec['output'])
        ? { $bucket: { ...spec, output: typedAccumulators(spec['output']) } }
        : stage;
    case '$project':
    case '$addFields':
    case '$set':
      return { [name]: typedFields(spec) };
    default:
      return stage;
  }
}

function typedAccumulators(spec: Doc, keep?: string): Doc {
  const out: Doc = {};
  for (const [field, value] of Object.entries(spec)) {
    const operator = isPlainObject(value) ? Object.keys(value) : [];
    const name = operator.length === 1 ? operator[0] : undefined;
    if (field !== keep && name && TYPED_ACCUMULATOR_NAMES.has(name) && isPlainObject(value)) {
      out[field] = { [`$__${name.slice(1)}`]: value[name] };
    } else out[field] = value;
  }
  return out;
}

function typedFields(spec: Doc): Doc {
  const out: Doc = {};
  for (const [field, value] of Object.entries(spec)) out[field] = typedField(value);
  return out;
}

function typedField(value: unknown): unknown {
  if (typeof value === 'string')
    return value.startsWith('$') && !value.startsWith('$$') ? { $__typed: value } : value;
  if (!isPlainObject(value)) return value;
  const keys = Object.keys(value);
  const first = keys[0] ?? '';
  if (!first.startsWith('$')) return typedFields(value); // a sub-document of fields
  return keys.length === 1 && TYPED_OPERATOR_NAMES.has(first) ? { $__typed: value } : value;
}

// The output of a stage that ran on plain numbers, with the input's wrappers where it kept the value.
function mergeTypes(output: unknown, input: unknown, path: string, computed: Set<string>): unknown {
  if (computed.has(path)) return output;
  if (typeof output === 'number') {
    return isNumericWrapper(input) && numberOf(input) === output ? input : output;
  }
  if (Array.isArray(output)) {
    return Array.isArray(input)
      ? output.map((value, i) => mergeTypes(value, input[i], path, computed))
      : output;
  }
  if (!isPlainObject(output) || !isPlainObject(input)) return output;
  const out: Doc = {};
  for (const key of Object.keys(output)) {
    out[key] = mergeTypes(output[key], input[key], path ? `${path}.${key}` : key, computed);
  }
  return out;
}
