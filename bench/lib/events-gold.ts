/**
 * The PLOVER gold standard records (../shared/bench/events/plover/PLOVER_GSR_CAMEO.txt): one
 * sentence each with its PLOVER event type and source / target actors with codes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface GoldActor {
  actorText: string;
  code: string;
}

export interface GoldEvent {
  id: string;
  event: string;
  text: string;
  date: string | null;
  source: GoldActor[];
  target: GoldActor[];
}

export function ploverDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return resolve(here, '../../../shared/bench/events/plover');
}

function actors(v: unknown): GoldActor[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter((a): a is { actorText?: unknown; code?: unknown } => typeof a === 'object' && a !== null)
    .map((a) => ({ actorText: String(a.actorText ?? ''), code: String(a.code ?? '') }));
}

/** The gold records without the DOCUMENT entry, or null when the file is absent. */
export function loadPloverGold(dir = ploverDir()): GoldEvent[] | null {
  const file = resolve(dir, 'PLOVER_GSR_CAMEO.txt');
  if (!existsSync(file)) return null;
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
  return raw
    .filter((r) => r.event !== 'DOCUMENT' && typeof r.text === 'string')
    .map((r) => ({
      id: String(r.id),
      event: String(r.event),
      text: String(r.text),
      date: typeof r.date === 'string' ? r.date : null,
      source: actors(r.source),
      target: actors(r.target),
    }));
}
