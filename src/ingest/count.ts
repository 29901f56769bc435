import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * How many inputs a list of paths holds (files; JSONL records), for a progress bar.
 * Returns null when it cannot know in advance (stdin).
 */
export async function countInputs(specs: readonly string[]): Promise<number | null> {
  let n = 0;
  for (const spec of specs) {
    if (spec === '-') return null;
    n += await countPath(spec);
  }
  return n;
}

async function countPath(path: string): Promise<number> {
  let info;
  try {
    info = await stat(path);
  } catch {
    return 1;
  }
  if (info.isDirectory()) {
    let n = 0;
    for (const e of await readdir(path, { withFileTypes: true })) if (!e.name.startsWith('.')) n += await countPath(join(path, e.name));
    return n;
  }
  return /\.(jsonl|ndjson)$/i.test(path) ? countLines(path) : 1;
}

async function countLines(path: string): Promise<number> {
  let n = 0;
  let last = 10;
  for await (const chunk of createReadStream(path)) {
    const buf = chunk as Buffer;
    for (let i = 0; i < buf.length; i++) if (buf[i] === 10) n++;
    if (buf.length) last = buf[buf.length - 1]!;
  }
  return last === 10 ? n : n + 1;
}
