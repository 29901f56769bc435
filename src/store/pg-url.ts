import { DossierError } from '../core/errors.js';
import { DEFAULT_PG_SCHEMA, isSchemaName } from './postgres-schema.js';

/** True when `--db` names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/** The URL with its password left out, for messages and logs. */
export function redactUrl(db: string): string {
  try {
    const url = new URL(db);
    if (!url.password) return db;
    url.password = '';
    return url.toString();
  } catch {
    // Not a parseable URL: drop whatever sits between "user:" and "@".
    return db.replace(/^([a-z]+:\/\/[^:/@]*):[^@]*@/i, '$1@');
  }
}

export interface PgTarget {
  /** What pg connects to (the URL without dossier's own `schema` parameter). */
  connectionString: string;
  /** The schema (namespace) holding this store's tables. */
  schema: string;
  /** The URL without the password, for messages. */
  shown: string;
}

/** Read `postgres://user:password@host:port/database?schema=name`. */
export function parsePgUrl(db: string): PgTarget {
  const shown = redactUrl(db);
  let url: URL;
  try {
    url = new URL(db);
  } catch {
    throw new DossierError('E_USAGE', 'is not a valid PostgreSQL URL; write postgres://user:password@host:port/database', { input: shown });
  }
  const schema = url.searchParams.get('schema') ?? DEFAULT_PG_SCHEMA;
  if (!isSchemaName(schema)) {
    throw new DossierError('E_USAGE', `schema "${schema}" is not a plain name; use lowercase letters, digits and _ (at most 63, not starting with a digit)`, { input: shown });
  }
  url.searchParams.delete('schema');
  return { connectionString: url.toString(), schema, shown };
}
