import { existsSync } from 'node:fs';
import { DossierError } from '../core/errors.js';
import { isPostgresUrl, redactUrl } from './pg-url.js';
import { SqliteStore } from './sqlite.js';
import type { Store } from './types.js';

export { isPostgresUrl, redactUrl } from './pg-url.js';

export interface OpenStoreOptions {
  /** The store must already exist (a SQLite file, or the PostgreSQL schema); nothing is created. */
  mustExist?: boolean;
}

/**
 * Open the store `--db` names: a `postgres://` or `postgresql://` URL is a PostgreSQL store
 * (`?schema=name` picks the schema, default "dossier"); anything else is a SQLite file.
 */
export async function openStore(db: string, options: OpenStoreOptions = {}): Promise<Store> {
  if (isPostgresUrl(db)) {
    const { PostgresStore } = await import('./postgres.js');
    return PostgresStore.open(db, { create: !options.mustExist });
  }
  if (options.mustExist && !existsSync(db)) {
    throw new DossierError('E_NOT_FOUND', 'no store here; run "dossier ingest <files>" first or point --db at one', { input: db });
  }
  return new SqliteStore(db);
}

/** How to name a `--db` in messages: a URL without its password. */
export function shownDb(db: string): string {
  return isPostgresUrl(db) ? redactUrl(db) : db;
}
