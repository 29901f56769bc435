/**
 * The peer: chrono-node's casual parser alone, its results turned into TIMEX3-style values
 * at the granularity it knows (known day or weekday -> day, known month -> month, known
 * year only -> year), resolved against the same anchor (forward dates off, as in news).
 */
import * as chrono from 'chrono-node';
import type { Prediction } from './time-score.js';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function chronoPredictions(text: string, anchor: string | null): Prediction[] {
  const ref = anchor ? new Date(`${anchor}T12:00:00Z`) : new Date(Date.UTC(2009, 11, 19, 12));
  const out: Prediction[] = [];
  for (const r of chrono.casual.parse(text, { instant: ref, timezone: 0 })) {
    const c = r.start;
    const y = c.get('year');
    const m = c.get('month');
    const d = c.get('day');
    let value: string | null = null;
    if (y !== null && m !== null && d !== null && (c.isCertain('day') || c.isCertain('weekday'))) value = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
    else if (y !== null && m !== null && c.isCertain('month')) value = `${pad(y, 4)}-${pad(m)}`;
    else if (y !== null && c.isCertain('year')) value = pad(y, 4);
    else if (y !== null && m !== null && d !== null) value = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
    out.push({ start: r.index, end: r.index + r.text.length, value });
  }
  return out;
}
