/**
 * Trigger words that name no happening, read from the shared syntax:
 * - a noun that only modifies a noun naming a measure, place, rule or record ("a strike fund",
 *   "the kidnapping rate", "protest zones"): the head noun is what the phrase is about;
 * - the formula of anonymity ("who declined to be named", "refused to be identified");
 * - "released" of a document ("a report released on Monday", "the footage was released"):
 *   publishing, not freeing anyone;
 * - "those killed", "those arrested": the people, not the act.
 */
import type { SyntaxClause } from '../../core/types.js';
import { looksPast } from './inflect.js';
import type { TriggerMatch } from './match.js';
import type { SentenceView } from '../../language/syntax/sentence-view.js';
import { PUBLISHING } from './triggers.js';

/**
 * Heads that name a measure, a place, a rule or a record of an act, not the act: "the kidnapping
 * rate", "protest zones", "an arrest warrant", "a strike fund". Other heads ("a bomb attack", "an
 * aid convoy", "a mediation effort") leave the modifier its event.
 */
const NOT_ACT_HEADS = new Set([
  'rate', 'rates', 'level', 'levels', 'figure', 'figures', 'statistics', 'index', 'area', 'areas',
  'zone', 'zones', 'site', 'sites', 'region', 'regions', 'route', 'routes', 'law', 'laws', 'bill',
  'bills', 'rule', 'rules', 'ban', 'warrant', 'warrants', 'fund', 'funds', 'record', 'records',
  'history', 'capability', 'capabilities', 'threat', 'risk', 'risks', 'season', 'industry',
]);
/** "a press release", "a news release": a document. */
const PRESS = new Set(['press', 'news', 'media']);
const ANONYMITY = new Set(['named', 'identified', 'quoted']);
const QUANTITY_NOUNS = new Set(['thousands', 'hundreds', 'dozens', 'millions', 'scores', 'reams', 'hours', 'pages', 'copies', 'parts']);

const isDocument = (w: string | undefined): boolean => w !== undefined && PUBLISHING.some((p) => w.startsWith(p));

/** The head noun of what a "release" trigger releases, when the syntax shows it. */
function releasedThing(view: SentenceView, clause: SyntaxClause | undefined, t: TriggerMatch): string | undefined {
  const { words } = view;
  const prev = words[t.first - 1];
  // "a map released before ...": a participle right after the noun it describes.
  if (prev && prev.pos === 'NOUN' && (view.mentionAt[t.first - 1] ?? -1) < 0 && looksPast(words[t.first]!.lower)) {
    // "a map of the districts released": the noun the "of" phrase hangs on.
    for (let k = t.first - 2; k >= Math.max(1, t.first - 5); k--) {
      const w = words[k]!;
      if (w.lower === 'of') return words[k - 1]?.pos === 'NOUN' ? words[k - 1]!.lower : prev.lower;
      if (w.pos !== 'NOUN' && w.pos !== 'ADJ' && w.pos !== 'DET' && w.pos !== 'VERB') break;
    }
    return prev.lower;
  }
  if (!clause?.verb) return undefined;
  const headStart = clause.verb.head.start;
  if (headStart !== words[t.headWord]!.start) return undefined;
  const phrase = clause.verb.voice === 'passive' ? clause.subject : clause.objects[0];
  if (!phrase) return undefined;
  const at = words.findIndex((w) => w.start === phrase.head.start);
  if (at < 0) return undefined;
  const head = words[at]!.lower;
  // "released thousands of pages": what is counted.
  if (QUANTITY_NOUNS.has(head) && words[at + 1]?.lower === 'of') {
    for (let k = at + 2; k < Math.min(words.length, at + 6); k++) if (words[k]!.pos === 'NOUN' && words[k + 1]?.pos !== 'NOUN') return words[k]!.lower;
  }
  return head;
}

/** Why trigger `t` names no happening, or null when it may. */
export function notAHappening(view: SentenceView, clause: SyntaxClause | undefined, t: TriggerMatch, triggerWords: ReadonlySet<number>): string | null {
  const { words } = view;
  const next = words[t.last + 1];
  if (
    !t.verbal && t.first === t.last && next && next.pos === 'NOUN' && (view.mentionAt[t.last + 1] ?? -1) < 0 && words[t.first]!.pos === 'NOUN' &&
    !triggerWords.has(t.last + 1) && NOT_ACT_HEADS.has(next.lower)
  ) {
    return 'noun-modifier';
  }
  const to = words[t.last]!.lower === 'to' ? t.last : t.last + 1;
  if (/^(declin|refus)/.test(words[t.first]!.lower) && words[to]?.lower === 'to' && words[to + 1]?.lower === 'be' && ANONYMITY.has(words[to + 2]?.lower ?? '')) {
    return 'anonymity';
  }
  if (t.kind === 'release' && (isDocument(releasedThing(view, clause, t)) || PRESS.has(words[t.first - 1]?.lower ?? ''))) return 'publishing';
  if (words[t.first - 1]?.lower === 'those' && t.first === t.last && looksPast(words[t.first]!.lower)) return 'people-not-act';
  return null;
}
