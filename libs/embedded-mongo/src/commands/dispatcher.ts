import { encodeDocument } from '../wire/bson-io';
import { ErrorCode, MongoCommandError, toMongoError } from '../errors';
import type { Doc } from '../storage/document';
import type { Engine } from '../storage/engine';
import { adminCommands } from './admin';
import { aggregateCommands } from './aggregate';
import { collModCommands } from './coll-mod';
import type { CommandContext, CommandHandler } from './context';
import { cursorCommands } from './cursors';
import type { CursorStore } from './cursor-store';
import { findCommands } from './crud-find';
import { writeCommands } from './crud-write';
import { explain } from './explain';
import { findAndModifyCommands } from './find-and-modify';
import { handshakeCommands } from './handshake';
import { indexCommands } from './indexes';
import { ServerParameters } from './parameters';
import { ServerStats } from './server-status';

const handlers = new Map<string, CommandHandler>(
  Object.entries({
    ...handshakeCommands,
    ...adminCommands,
    ...collModCommands,
    ...findCommands,
    ...writeCommands,
    ...findAndModifyCommands,
    ...aggregateCommands,
    ...indexCommands,
    ...cursorCommands,
    explain,
  }),
);

const TRANSACTION_FIELDS = ['txnNumber', 'startTransaction', 'autocommit'];

// Commands that change data: refused while the journal cannot be written, and acknowledged
// only once the journal holds what they did (and everything they may have read).
const WRITE_COMMANDS = new Set([
  'insert',
  'update',
  'delete',
  'findAndModify',
  'findandmodify',
  'create',
  'collMod',
  'drop',
  'dropDatabase',
  'createIndexes',
  'dropIndexes',
  'deleteIndexes',
]);

/** Where a command's changes go before its reply is sent: the journal, when there is one. */
export interface WriteJournal {
  assertWritable(): void;
  /** Seals the changes of the command just run; for a write, what its reply waits for. */
  commit(isWrite: boolean): Promise<void> | undefined;
}

/** Runs one command document and returns the BSON reply; failures become `{ ok: 0, ... }`. */
export class CommandDispatcher {
  private readonly stats = new ServerStats();

  constructor(
    private readonly engine: Engine,
    private readonly cursors: CursorStore,
    private readonly journal?: WriteJournal,
    private readonly parameters = new ServerParameters(1000),
  ) {}

  /** The reply, or a promise of it when it must wait for the journal (never rejects). */
  execute(command: Doc, fallbackDb: string, connectionId: number): Buffer | Promise<Buffer> {
    const isWrite = WRITE_COMMANDS.has(Object.keys(command)[0] ?? '');
    let reply: Buffer;
    try {
      if (isWrite) this.journal?.assertWritable();
    } catch (error) {
      return encodeDocument(toMongoError(error).toReply());
    }
    try {
      const result = this.run(command, fallbackDb, connectionId);
      reply = Buffer.isBuffer(result) ? result : encodeDocument(result);
    } catch (error) {
      reply = encodeDocument(toMongoError(error).toReply());
    }
    const durable = this.journal?.commit(isWrite);
    if (!durable) return reply;
    return durable.then(
      () => reply,
      (error: unknown) => encodeDocument(toMongoError(error).toReply()),
    );
  }

  connectionClosed(connectionId: number): void {
    this.stats.connectionClosed(connectionId);
  }

  private run(command: Doc, fallbackDb: string, connectionId: number): Doc | Buffer {
    const name = Object.keys(command)[0];
    if (name !== undefined) this.stats.count(name, connectionId);
    const handler =
      name === 'serverStatus'
        ? this.serverStatus
        : name === undefined
          ? undefined
          : (handlers.get(name) ?? this.parameters.command(name));
    if (!handler || name === undefined) {
      throw new MongoCommandError(ErrorCode.CommandNotFound, `no such command: '${name ?? ''}'`);
    }
    // A standalone mongod refuses sessions with transaction numbers.
    if (TRANSACTION_FIELDS.some((field) => command[field] !== undefined)) {
      throw new MongoCommandError(
        ErrorCode.IllegalOperation,
        'Transaction numbers are only allowed on a replica set member or mongos',
      );
    }
    const dbName = typeof command['$db'] === 'string' ? command['$db'] : fallbackDb;
    const ctx: CommandContext = { engine: this.engine, cursors: this.cursors, dbName, connectionId };
    return handler(command, ctx);
  }

  private readonly serverStatus: CommandHandler = () => this.stats.status();
}
