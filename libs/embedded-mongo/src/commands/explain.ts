import { ErrorCode, MongoCommandError } from '../errors';
import type { Collection } from '../storage/collection';
import { isPlainObject, type Doc } from '../storage/document';
import { readFilter } from '../storage/filter';
import { planQuery } from '../storage/query-planner';
import { findDocuments, resolveCollation } from '../storage/read-ops';
import { collectionArg, optionalDoc } from './arguments';
import type { CommandContext } from './context';
import { SERVER_VERSION } from './handshake';

const VERBOSITIES = new Set(['queryPlanner', 'executionStats', 'allPlansExecution']);

// The filter each explainable command carries, by command name.
const FILTER_OF: Readonly<Record<string, (command: Doc) => unknown>> = {
  find: (command) => command['filter'],
  count: (command) => command['query'],
  distinct: (command) => command['query'],
  findAndModify: (command) => command['query'],
  update: (command) => firstStatement(command, 'updates')?.['q'],
  delete: (command) => firstStatement(command, 'deletes')?.['q'],
  aggregate: (command) => {
    const pipeline = command['pipeline'];
    const first: unknown = Array.isArray(pipeline) ? pipeline[0] : undefined;
    return isPlainObject(first) ? first['$match'] : undefined;
  },
};

function firstStatement(command: Doc, field: string): Doc | undefined {
  const statements = command[field];
  const first: unknown = Array.isArray(statements) ? statements[0] : undefined;
  return isPlainObject(first) ? first : undefined;
}

/**
 * `explain` in mongod's shape: the plan the engine takes (an `_id` lookup, an index lookup or a
 * collection scan) and, beyond `queryPlanner`, how many documents it returned. Writes are
 * planned, never run.
 */
export function explain(command: Doc, ctx: CommandContext): Doc {
  const inner = optionalDoc(command, 'explain');
  if (!inner)
    throw new MongoCommandError(ErrorCode.FailedToParse, 'explain command requires a nested object');
  const verbosity = command['verbosity'] ?? 'allPlansExecution';
  if (typeof verbosity !== 'string' || !VERBOSITIES.has(verbosity)) {
    throw new MongoCommandError(
      ErrorCode.BadValue,
      `verbosity string must be one of {'queryPlanner', 'executionStats', 'allPlansExecution'}`,
    );
  }
  const name = Object.keys(inner)[0] ?? '';
  const filterOf = FILTER_OF[name === 'findandmodify' ? 'findAndModify' : name];
  if (!filterOf) {
    throw new MongoCommandError(ErrorCode.IllegalOperation, `Explain for command ${name} is not supported`);
  }
  return explainReply({ ...inner, $db: ctx.dbName }, name, readFilter(filterOf(inner)), verbosity, ctx);
}

/** What `aggregate` with `explain: true` answers: its pipeline behind a `$cursor` stage. */
export function explainAggregate(command: Doc, ctx: CommandContext): Doc {
  const reply = explainReply(
    command,
    'aggregate',
    readFilter(FILTER_OF['aggregate']?.(command)),
    'queryPlanner',
    ctx,
  );
  const { queryPlanner, ...rest } = reply;
  const pipeline = Array.isArray(command['pipeline']) ? (command['pipeline'] as unknown[]) : [];
  return { ...rest, stages: [{ $cursor: { queryPlanner } }, ...pipeline] };
}

function explainReply(inner: Doc, name: string, filter: Doc, verbosity: string, ctx: CommandContext): Doc {
  const collectionName = collectionArg(inner, Object.keys(inner)[0] ?? name);
  const collection = ctx.engine.existingDatabase(ctx.dbName)?.collection(collectionName);
  const namespace = `${ctx.dbName}.${collectionName}`;
  const winningPlan = describePlan(collection, filter);
  const reply: Doc = {
    explainVersion: '1',
    queryPlanner: { namespace, indexFilterSet: false, parsedQuery: filter, winningPlan, rejectedPlans: [] },
  };
  if (verbosity !== 'queryPlanner') {
    const started = performance.now();
    const docs = findDocuments(collection, {
      filter,
      collation: resolveCollation(inner['collation'], collection),
    });
    const nReturned = name === 'find' || name === 'aggregate' ? docs.length : 0;
    reply['executionStats'] = {
      executionSuccess: true,
      nReturned,
      executionTimeMillis: Math.round(performance.now() - started),
      totalKeysExamined: winningPlan['stage'] === 'COLLSCAN' ? 0 : docs.length,
      totalDocsExamined: collection && winningPlan['stage'] === 'COLLSCAN' ? collection.size : docs.length,
      executionStages: { ...winningPlan, nReturned },
      allPlansExecution: [],
    };
  }
  return {
    ...reply,
    command: inner,
    serverInfo: { host: 'localhost', port: 0, version: SERVER_VERSION, gitVersion: 'embedded' },
    ok: 1,
  };
}

function describePlan(collection: Collection | undefined, filter: Doc): Doc {
  if (!collection) return { stage: 'EOF' };
  const plan = planQuery(collection, filter);
  if (plan.index === '_id_') return { stage: 'IDHACK' };
  if (plan.index === undefined) return { stage: 'COLLSCAN', filter, direction: 'forward' };
  const spec = collection.indexSpecs().find((index) => index['name'] === plan.index);
  return {
    stage: 'FETCH',
    ...(Object.keys(plan.residual).length > 0 ? { filter: plan.residual } : {}),
    inputStage: { stage: 'IXSCAN', indexName: plan.index, keyPattern: spec?.['key'], direction: 'forward' },
  };
}
