import { ErrorCode, MongoCommandError } from '../errors';
import type { Change, ChangeListener } from './change';
import { Database } from './database';

/** All databases of one server; `version` moves on every change, and a listener sees each one. */
export class Engine {
  private readonly databases = new Map<string, Database>();
  private changes = 0;
  private listener: ChangeListener | undefined;

  get version(): number {
    return this.changes;
  }

  /** Databases spring into existence on first use and are listed once they hold a collection. */
  database(name: string): Database {
    const existing = this.databases.get(name);
    if (existing) return existing;
    validateDatabaseName(name);
    const created = new Database(name, (change) => this.record(change));
    this.databases.set(name, created);
    return created;
  }

  existingDatabase(name: string): Database | undefined {
    return this.databases.get(name);
  }

  listDatabases(): Database[] {
    return [...this.databases.values()].filter((db) => !db.isEmpty);
  }

  dropDatabase(name: string): void {
    const database = this.databases.get(name);
    if (database && this.databases.delete(name)) this.record({ kind: 'dropDatabase', database });
  }

  /** One listener (the journal), called synchronously after each change is applied. */
  onChange(listener: ChangeListener | undefined): void {
    this.listener = listener;
  }

  private record(change: Change): void {
    this.changes += 1;
    this.listener?.(change);
  }
}

const INVALID_DB_CHARS = /[/\\. "$*<>:|?\0]/;

function validateDatabaseName(name: string): void {
  if (name.length === 0 || name.length > 63 || INVALID_DB_CHARS.test(name)) {
    throw new MongoCommandError(ErrorCode.InvalidNamespace, `Invalid database name: '${name}'`);
  }
}
