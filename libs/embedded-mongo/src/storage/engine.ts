import { ErrorCode, MongoCommandError } from '../errors';
import { Database } from './database';

/** All databases of one server; `version` moves on every change so snapshots know when to write. */
export class Engine {
  private readonly databases = new Map<string, Database>();
  private changes = 0;

  get version(): number {
    return this.changes;
  }

  /** Databases spring into existence on first use and are listed once they hold a collection. */
  database(name: string): Database {
    const existing = this.databases.get(name);
    if (existing) return existing;
    validateDatabaseName(name);
    const created = new Database(name, () => this.markChanged());
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
    if (this.databases.delete(name)) this.markChanged();
  }

  markChanged(): void {
    this.changes += 1;
  }
}

const INVALID_DB_CHARS = /[/\\. "$*<>:|?\0]/;

function validateDatabaseName(name: string): void {
  if (name.length === 0 || name.length > 63 || INVALID_DB_CHARS.test(name)) {
    throw new MongoCommandError(ErrorCode.InvalidNamespace, `Invalid database name: '${name}'`);
  }
}
