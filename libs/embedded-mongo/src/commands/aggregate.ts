import { ErrorCode, MongoCommandError, toMongoError } from '../errors';
import { cloneDoc, isPlainObject, type Doc } from '../storage/document';
import { computeOptions } from '../storage/mingo-options';
import { numericArgument } from '../storage/numbers';
import { candidateDocs } from '../storage/query-planner';
import { collatedMatches, resolveCollation } from '../storage/read-ops';
import { runTypedPipeline } from '../storage/typed-pipeline';
import { docArray, optionalDoc } from './arguments';
import { explainAggregate } from './explain';
import type { CommandContext, CommandTable } from './context';

const UNSUPPORTED_STAGES = new Set([
  '$out',
  '$merge',
  '$changeStream',
  '$collStats',
  '$indexStats',
  '$currentOp',
]);

function aggregate(command: Doc, ctx: CommandContext): Buffer | Doc {
  const target = command['aggregate'];
  let pipeline = docArray(command, 'pipeline');
  const cursorSpec = optionalDoc(command, 'cursor');
  if (command['explain'] === true) return explainAggregate(command, ctx);
  if (!cursorSpec) {
    throw new MongoCommandError(
      ErrorCode.FailedToParse,
      "The 'cursor' option is required, except for aggregate with the explain argument",
    );
  }
  validateStages(pipeline);
  const db = ctx.engine.existingDatabase(ctx.dbName);
  const collection = typeof target === 'string' ? db?.collection(target) : undefined;
  const collation = resolveCollation(command['collation'], collection);
  const firstMatch = pipeline[0]?.['$match'];
  let source: Iterable<Doc> = !collection
    ? []
    : isPlainObject(firstMatch)
      ? candidateDocs(collection, firstMatch)
      : collection.all();
  // mingo applies a collation to $sort only: a leading $match (countDocuments) is run here.
  if (collation && collection && isPlainObject(firstMatch)) {
    source = collatedMatches(collection.all(), firstMatch, collation);
    pipeline = pipeline.slice(1);
  }
  // mingo compares JS numbers only: it reads numeric views (see storage/numbers).
  pipeline = numericArgument(pipeline);
  const options = computeOptions({
    ...(collation ? { collation: collation.spec } : {}),
    collectionResolver: (name: string) => [...(db?.collection(name)?.all() ?? [])].map(cloneDoc),
    ...(isPlainObject(command['let']) ? { variables: command['let'] } : {}),
  });
  let results: Doc[];
  try {
    results = runTypedPipeline(pipeline, source, options);
  } catch (error) {
    throw toMongoError(error);
  }
  const ns = typeof target === 'string' ? `${ctx.dbName}.${target}` : `${ctx.dbName}.$cmd.aggregate`;
  const batchSize = typeof cursorSpec['batchSize'] === 'number' ? cursorSpec['batchSize'] : undefined;
  return ctx.cursors.firstBatch(ns, results, { batchSize });
}

function validateStages(pipeline: Doc[]): void {
  for (const stage of pipeline) {
    const keys = Object.keys(stage);
    if (keys.length !== 1) {
      throw new MongoCommandError(
        ErrorCode.UnrecognizedPipelineStage,
        'A pipeline stage specification object must contain exactly one field.',
      );
    }
    const name = keys[0];
    if (name === '$changeStream') {
      // What a standalone mongod answers: the driver and mongoose know this error.
      throw new MongoCommandError(
        ErrorCode.ChangeStreamNeedsReplicaSet,
        'The $changeStream stage is only supported on replica sets',
      );
    }
    if (UNSUPPORTED_STAGES.has(name)) {
      throw new MongoCommandError(
        ErrorCode.CommandNotSupported,
        `${name} is not supported by the embedded engine`,
      );
    }
  }
}

export const aggregateCommands: CommandTable = { aggregate };
