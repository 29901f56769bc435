import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { storeConformance } from './conformance.test-util.js';
import { SqliteStore } from './sqlite.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-conformance-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeConformance('SqliteStore (file)', async () => new SqliteStore(join(dir, `store-${n++}.db`)));
storeConformance('SqliteStore (:memory:)', async () => new SqliteStore(':memory:'));
