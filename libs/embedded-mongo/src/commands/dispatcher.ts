import { encodeDocument } from '../wire/bson-io';
import { ErrorCode, MongoCommandError, toMongoError } from '../errors';
import type { Doc } from '../storage/document';
import type { Engine } from '../storage/engine';
import { adminCommands } from './admin';
import { aggregateCommands } from './aggregate';
import type { CommandContext, CommandHandler } from './context';
import { cursorCommands } from './cursors';
import type { CursorStore } from './cursor-store';
import { findCommands } from './crud-find';
import { writeCommands } from './crud-write';
import { explain } from './explain';
import { findAndModifyCommands } from './find-and-modify';
import { handshakeCommands } from './handshake';
import { indexCommands } from './indexes';
import { ServerStats } from './server-status';

const handlers = new Map<string, CommandHandler>(
  Object.entries({
    ...handshakeCommands,
    ...adminCommands,
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

/** Runs one command document and returns the BSON reply; failures become `{ ok: 0, ... }`. */
export class CommandDispatcher {
  private readonly stats = new ServerStats();

  constructor(
    private readonly engine: Engine,
    private readonly cursors: CursorStore,
  ) {}

  execute(command: Doc, fallbackDb: string, connectionId: number): Buffer {
    try {
      const reply = this.run(command, fallbackDb, connectionId);
      return Buffer.isBuffer(reply) ? reply : encodeDocument(reply);
    } catch (error) {
      return encodeDocument(toMongoError(error).toReply());
    }
  }

  connectionClosed(connectionId: number): void {
    this.stats.connectionClosed(connectionId);
  }

  private run(command: Doc, fallbackDb: string, connectionId: number): Doc | Buffer {
    const name = Object.keys(command)[0];
    if (name !== undefined) this.stats.count(name, connectionId);
    const handler =
      name === 'serverStatus' ? this.serverStatus : name === undefined ? undefined : handlers.get(name);
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
