import { hostname } from 'node:os';
import type { Doc } from '../storage/document';
import { SERVER_VERSION } from './handshake';

// The counters mongod reports under `opcounters`, by the command that bumps each.
const OPCOUNTER_OF: Readonly<Record<string, keyof OpCounters>> = {
  insert: 'insert',
  find: 'query',
  update: 'update',
  findAndModify: 'command',
  delete: 'delete',
  getMore: 'getmore',
};

export interface OpCounters {
  insert: number;
  query: number;
  update: number;
  delete: number;
  getmore: number;
  command: number;
}

/** What serverStatus reports about the process; one per dispatcher (one per server). */
export class ServerStats {
  readonly startedAt = Date.now();
  readonly opcounters: OpCounters = { insert: 0, query: 0, update: 0, delete: 0, getmore: 0, command: 0 };
  private readonly connectionIds = new Set<number>();
  private totalConnections = 0;

  count(commandName: string, connectionId: number): void {
    this.opcounters[OPCOUNTER_OF[commandName] ?? 'command'] += 1;
    if (!this.connectionIds.has(connectionId)) {
      this.connectionIds.add(connectionId);
      this.totalConnections += 1;
    }
  }

  connectionClosed(connectionId: number): void {
    this.connectionIds.delete(connectionId);
  }

  /** The sections of mongod's serverStatus that monitoring tools and drivers' helpers read. */
  status(): Doc {
    const uptimeMillis = Date.now() - this.startedAt;
    const memory = process.memoryUsage();
    return {
      host: hostname(),
      version: SERVER_VERSION,
      process: 'mongod',
      pid: process.pid,
      uptime: Math.floor(uptimeMillis / 1000),
      uptimeMillis,
      uptimeEstimate: Math.floor(uptimeMillis / 1000),
      localTime: new Date(),
      connections: {
        current: this.connectionIds.size,
        available: 1_000_000 - this.connectionIds.size,
        totalCreated: this.totalConnections,
      },
      mem: {
        bits: 64,
        resident: Math.round(memory.rss / 1024 / 1024),
        virtual: Math.round(memory.rss / 1024 / 1024),
        supported: true,
      },
      opcounters: { ...this.opcounters },
      storageEngine: { name: 'embedded', supportsCommittedReads: false },
      ok: 1,
    };
  }
}
