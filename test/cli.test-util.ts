/** The built CLI, run as a user runs it, for the end-to-end tests (run `npx tsc -p tsconfig.build.json` first). */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');
export const bin = join(root, 'bin', 'dossier.js');
export const examples = join(root, 'examples');

/** `dossier --db DB ...args`, waited for. */
export function dossier(db: string, ...args: string[]): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [bin, '--db', db, ...args], { encoding: 'utf8', cwd: root });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}
