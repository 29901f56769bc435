import { DossierError } from '../core/errors.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/types.js';

export interface GlobalOptions {
  db: string;
  quiet?: boolean;
  debug?: boolean;
}

export interface CommandContext {
  options: GlobalOptions;
  /** Null for commands that do not use a store (clean, annotate). */
  store: Store | null;
  out: (text: string) => void;
  err: (text: string) => void;
}

/**
 * "write" creates the store when missing; "read" insists it exists (the SQLite file, or the
 * PostgreSQL schema for a postgres:// --db); "none" opens nothing.
 */
export type StoreNeed = 'write' | 'read' | 'none';

/** Open what a command needs, run it, always close the store. */
export async function runCommand(options: GlobalOptions, command: (ctx: CommandContext) => Promise<void>, need: StoreNeed = 'read'): Promise<void> {
  const store = need === 'none' ? null : await openStore(options.db, { mustExist: need === 'read' });
  const ctx: CommandContext = {
    options,
    store,
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
  };
  try {
    await command(ctx);
  } finally {
    await store?.close();
  }
}

export function storeOf(ctx: CommandContext): Store {
  if (!ctx.store) throw new DossierError('E_USAGE', 'this command has no store open');
  return ctx.store;
}
