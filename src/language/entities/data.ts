import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Read a JSON file from the repository's `data/gazetteer/` folder. The folder is found by
 * walking up from this module, so it works from `src/` (tsx, tests) and from `dist/src/`.
 */
export function readGazetteerJson<T>(file: string): T {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'data', 'gazetteer', file);
    if (existsSync(candidate)) return JSON.parse(readFileSync(candidate, 'utf8')) as T;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new Error(`data/gazetteer/${file} not found above ${fileURLToPath(import.meta.url)}; reinstall the package`);
}
