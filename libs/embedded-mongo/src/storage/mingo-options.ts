import { computeValue, Context } from 'mingo/core';
import * as accumulatorOperators from 'mingo/operators/accumulator';
import * as expressionOperators from 'mingo/operators/expression';
import * as pipelineOperators from 'mingo/operators/pipeline';
import * as projectionOperators from 'mingo/operators/projection';
import * as windowOperators from 'mingo/operators/window';
import type { Options } from 'mingo/types';
import { QUERY_OPERATORS } from './query-operators';
import { TYPED_ACCUMULATORS, TYPED_EXPRESSIONS } from './typed-expressions';

/** mingo's ComputeOptions: options plus per-evaluation locals (condition, variables, …). */
export interface ComputeOptions extends Options {
  readonly options: Options;
  update(locals?: Record<string, unknown>): ComputeOptions;
}

interface ComputeOptionsClass {
  new (options: Options, locals?: Record<string, unknown>): ComputeOptions;
  init(options: Partial<Options>): ComputeOptions;
}

/** Per-command settings; the operator registry (`context`) is always the shared one. */
export type MingoSettings = Omit<Partial<Options>, 'context'>;

// Server-side JavaScript ($where, $function) stays off, as on a locked-down mongod.
export const MINGO_OPTIONS: Partial<Options> = { scriptEnabled: false };

/**
 * Given plain options, mingo copies its whole operator registry (hundreds of entries) for every
 * Query and every update, which cost more than the rest of a command. Given a ComputeOptions
 * instance it reuses that registry. mingo does not export the class, so it is taken from the
 * options mingo hands to an operator.
 */
function computeOptionsClass(): ComputeOptionsClass {
  const capture = (_obj: unknown, _expr: unknown, options: unknown) => options;
  const context = Context.init({ expression: { $computeOptions: capture } });
  const options: unknown = computeValue({}, null, '$computeOptions', { context } as Options);
  const constructor = (options as { constructor?: Partial<ComputeOptionsClass> } | null)?.constructor;
  if (typeof constructor?.init !== 'function') throw new Error('mingo ComputeOptions not found');
  return constructor as ComputeOptionsClass;
}

const COMPUTE_OPTIONS = computeOptionsClass();

// The registry mingo's default exports (Query, Aggregator, find) use.
const SHARED = COMPUTE_OPTIONS.init({
  ...MINGO_OPTIONS,
  context: Context.init({
    accumulator: { ...accumulatorOperators, ...TYPED_ACCUMULATORS },
    expression: { ...expressionOperators, ...TYPED_EXPRESSIONS },
    pipeline: pipelineOperators,
    projection: projectionOperators,
    query: QUERY_OPERATORS,
    window: windowOperators,
  }),
});

/**
 * Fresh options over the shared operator registry: `settings` such as collectionResolver or
 * variables, and per-evaluation `locals` (condition, updateConfig, …).
 */
export function computeOptions(settings?: MingoSettings, locals?: Record<string, unknown>): ComputeOptions {
  const options = settings
    ? new COMPUTE_OPTIONS({ ...SHARED.options, ...settings, context: SHARED.options.context })
    : COMPUTE_OPTIONS.init(SHARED);
  return locals ? options.update(locals) : options;
}
