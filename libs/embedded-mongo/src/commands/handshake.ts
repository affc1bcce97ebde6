import { MAX_BSON_OBJECT_SIZE, type Doc } from '../storage/document';
import { MAX_MESSAGE_SIZE_BYTES } from '../wire/constants';
import type { CommandContext, CommandTable } from './context';

export const SERVER_VERSION = '7.0.0-embedded';
const MAX_WIRE_VERSION = 21;
const MAX_WRITE_BATCH_SIZE = 100_000;

// No setName and no "isdbgrid": drivers see a standalone, so they never send txnNumber
// for retryable writes and never attempt transactions on their own.
function helloReply(command: Doc, ctx: CommandContext, legacy: boolean): Doc {
  return {
    ...(command['helloOk'] === true ? { helloOk: true } : {}),
    ...(legacy ? { ismaster: true } : { isWritablePrimary: true }),
    maxBsonObjectSize: MAX_BSON_OBJECT_SIZE,
    maxMessageSizeBytes: MAX_MESSAGE_SIZE_BYTES,
    maxWriteBatchSize: MAX_WRITE_BATCH_SIZE,
    localTime: new Date(),
    logicalSessionTimeoutMinutes: 30,
    connectionId: ctx.connectionId,
    minWireVersion: 0,
    maxWireVersion: MAX_WIRE_VERSION,
    readOnly: false,
    ok: 1,
  };
}

function buildInfo(): Doc {
  return {
    version: SERVER_VERSION,
    gitVersion: 'embedded',
    versionArray: [7, 0, 0, 0],
    bits: 64,
    debug: false,
    maxBsonObjectSize: MAX_BSON_OBJECT_SIZE,
    storageEngines: ['embedded'],
    javascriptEngine: 'none',
    modules: [],
    ok: 1,
  };
}

export const handshakeCommands: CommandTable = {
  hello: (command, ctx) => helloReply(command, ctx, false),
  isMaster: (command, ctx) => helloReply(command, ctx, true),
  ismaster: (command, ctx) => helloReply(command, ctx, true),
  ping: () => ({ ok: 1 }),
  buildInfo,
  buildinfo: buildInfo,
  endSessions: () => ({ ok: 1 }),
  refreshSessions: () => ({ ok: 1 }),
  connectionStatus: () => ({ authInfo: { authenticatedUsers: [], authenticatedUserRoles: [] }, ok: 1 }),
};
