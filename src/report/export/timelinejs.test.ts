import { describe, expect, it } from 'vitest';
import { corpus, fixture } from './fixture.test-util.js';
import { timelineDate, toTimelineJs } from './timelinejs.js';

/**
 * TimelineJS3's JSON format (timeline.knightlab.com/docs/json-format.html): `events` is
 * required, each slide needs `start_date` with a `year` (month 1-12 and day 1-31 optional);
 * `text` {headline, text}, `group` and `unique_id` are optional strings, unique_id unique.
 */
function checkShape(t: unknown): string[] {
  const problems: string[] = [];
  const o = t as { title?: { text?: { headline?: unknown } }; events?: unknown[] };
  if (!Array.isArray(o.events)) return ['events is not an array'];
  if (o.title && typeof o.title.text?.headline !== 'string') problems.push('title without a text headline');
  const ids = new Set<string>();
  o.events.forEach((raw, i) => {
    const e = raw as { start_date?: Record<string, unknown>; text?: Record<string, unknown>; group?: unknown; unique_id?: unknown; display_date?: unknown };
    const d = e.start_date;
    if (!d || !Number.isInteger(d.year)) problems.push(`${i}: start_date.year missing`);
    if (d?.month !== undefined && !(Number.isInteger(d.month) && (d.month as number) >= 1 && (d.month as number) <= 12)) problems.push(`${i}: bad month`);
    if (d?.day !== undefined && !(Number.isInteger(d.day) && (d.day as number) >= 1 && (d.day as number) <= 31)) problems.push(`${i}: bad day`);
    if (d?.day !== undefined && d.month === undefined) problems.push(`${i}: day without month`);
    if (typeof e.text?.headline !== 'string' || !(e.text.headline as string).trim()) problems.push(`${i}: no headline`);
    if (typeof e.text?.text !== 'string') problems.push(`${i}: no text`);
    if (e.group !== undefined && typeof e.group !== 'string') problems.push(`${i}: group not a string`);
    if (e.display_date !== undefined && typeof e.display_date !== 'string') problems.push(`${i}: display_date not a string`);
    if (typeof e.unique_id !== 'string' || ids.has(e.unique_id)) problems.push(`${i}: unique_id missing or repeated`);
    else ids.add(e.unique_id);
  });
  return problems;
}

describe('timelinejs export', () => {
  const { timeline, undated } = toTimelineJs(fixture);
  const parsed = JSON.parse(JSON.stringify(timeline)) as typeof timeline;

  it('has the shape TimelineJS3 documents', () => {
    expect(checkShape(parsed)).toEqual([]);
    expect(checkShape({ events: [{ start_date: { month: 3 }, text: { headline: 'x', text: '' }, unique_id: 'a' }] })).toEqual(['0: start_date.year missing']);
  });

  it('places the three dated events at their dates and counts the undated one', () => {
    // The call (ev 4) has no date.
    expect(undated).toBe(1);
    expect(parsed.events.map((e) => [e.unique_id, e.start_date])).toEqual([
      ['ev-000000000001', { year: 2022, month: 3, day: 3 }],
      ['ev-000000000002', { year: 2022, month: 3 }],
      ['ev-000000000003', { year: 2022, month: 3, day: 5 }],
    ]);
  });

  it('builds headlines from kind and participants, not from the sentence', () => {
    expect(parsed.events.map((e) => e.text.headline)).toEqual(['Lena Marsh met Omar Castell in Oslo', 'Norway supplied Chile', 'Condemnation by Chile']);
    for (const [i, e] of parsed.events.entries()) expect(corpus.events[i]!.summary.startsWith(e.text.headline)).toBe(false);
    expect(parsed.events.map((e) => e.group)).toEqual(['meeting, call, visit', 'aid, supply', 'condemn, accuse']);
  });

  it('cites every source sentence, HTML-escaped, and marks an "on or before" date', () => {
    const meeting = parsed.events[0]!.text.text;
    expect(meeting.match(/<li>/g)).toHaveLength(2);
    expect(meeting).toContain('Ports, &quot;partners&quot; &amp; &lt;trade&gt;, 2022-03-04');
    const condemn = parsed.events[2]!.text.text;
    expect(condemn).toContain('On or before 2022-03-05');
    expect(condemn).toContain('a raid on a &lt;fishing&gt; depot');
    expect(parsed.events[0]!.text.text).not.toContain('On or before');
    expect(parsed.events.map((e) => e.display_date)).toEqual([undefined, undefined, 'on or before 2022-03-05']);
  });

  it('reads the three precisions of a date and nothing else', () => {
    expect(timelineDate('1999')).toEqual({ year: 1999 });
    expect(timelineDate('1999-12')).toEqual({ year: 1999, month: 12 });
    expect(timelineDate(null)).toBeNull();
    expect(timelineDate('spring 1999')).toBeNull();
  });
});
