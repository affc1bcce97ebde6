import type { Doc } from '../storage/document';
import type { Engine } from '../storage/engine';
import type { CursorStore } from './cursor-store';

export interface CommandContext {
  engine: Engine;
  cursors: CursorStore;
  /** From `$db` (OP_MSG) or the namespace of an OP_QUERY. */
  dbName: string;
  connectionId: number;
}

/** A reply document, or one already encoded as BSON (cursor replies). */
export type CommandReply = Doc | Buffer;

export type CommandHandler = (command: Doc, ctx: CommandContext) => CommandReply;

export type CommandTable = Readonly<Record<string, CommandHandler>>;
