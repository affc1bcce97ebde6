import { Long } from 'bson';
import { badValue } from '../errors';
import { toBigInt, type Doc } from '../storage/document';
import { namespace, optionalNumber } from './arguments';
import type { CommandContext, CommandTable } from './context';

function getMore(command: Doc, ctx: CommandContext): Buffer {
  const id = toBigInt(command['getMore']);
  if (id === undefined) throw badValue('getMore must be an int64 cursor id');
  const collection = command['collection'];
  if (typeof collection !== 'string') throw badValue('getMore requires a collection name');
  const batchSize = optionalNumber(command, 'batchSize');
  return ctx.cursors.nextBatch(
    id,
    namespace(ctx, collection),
    batchSize && batchSize > 0 ? batchSize : undefined,
  );
}

function killCursors(command: Doc, ctx: CommandContext): Doc {
  const collection = command['killCursors'];
  if (typeof collection !== 'string') throw badValue('killCursors requires a collection name');
  const ns = namespace(ctx, collection);
  const ids = command['cursors'];
  if (!Array.isArray(ids)) throw badValue('killCursors requires a cursors array');
  const cursorsKilled: unknown[] = [];
  const cursorsNotFound: unknown[] = [];
  for (const raw of ids) {
    const id = toBigInt(raw);
    if (id === undefined) continue;
    (ctx.cursors.kill(id, ns) ? cursorsKilled : cursorsNotFound).push(Long.fromBigInt(id));
  }
  return { cursorsKilled, cursorsNotFound, cursorsAlive: [], cursorsUnknown: [], ok: 1 };
}

export const cursorCommands: CommandTable = { getMore, killCursors };
