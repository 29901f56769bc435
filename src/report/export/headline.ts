import type { Event } from '../../corpus/types.js';
import type { ExportIndex } from './data.js';
import { wordsFor } from '../../extract/events/kind-words.js';

/** "A", "A and B", "A, B and 2 others". */
export function nameList(names: readonly string[], max = 2): string {
  if (names.length <= max) return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  const rest = names.length - max;
  return `${names.slice(0, max).join(', ')} and ${rest} other${rest === 1 ? '' : 's'}`;
}

/**
 * A short headline saying who did what to whom, from the event's kind and its participants'
 * parts, never cut from a sentence: "A met B in Oslo" (an actor and a recipient), "Meeting: A
 * and B" (participants without parts), "Condemnation by A" (an actor alone); a planned event
 * reads "Planned: A to meet B", "Planned: meeting: A and B".
 */
export function headline(event: Event, index: ExportIndex): string {
  const words = wordsFor(event.kind);
  const { noun } = words;
  const verb = event.future ? `to ${words.base}` : words.verb;
  const by = (role: string) => event.participants.filter((p) => index.roleOf(event, p) === role).map((p) => index.name(p)!);
  const source = by('source');
  const target = by('target');
  const others = by('participant');
  let text: string;
  if (source.length && target.length) text = `${nameList(source)} ${verb} ${nameList(target)}${others.length ? ` with ${nameList(others)}` : ''}`;
  else if (source.length) text = `${noun} by ${nameList(source)}${others.length ? ` with ${nameList(others)}` : ''}`;
  else if (event.participants.length) text = `${noun}: ${nameList([...target, ...others], 3)}`;
  else text = noun;
  // The place, unless it is already a party ("visited Pakistan", not "... in Pakistan").
  if (event.location && !event.participants.includes(event.location)) text += ` in ${index.name(event.location)}`;
  return event.future ? `Planned: ${lowerFirstNoun(text, noun)}` : text;
}

/** "Meeting: A and B" -> "meeting: A and B" after "Planned: "; names stay as written. */
function lowerFirstNoun(text: string, noun: string): string {
  return text.startsWith(noun) ? noun.toLowerCase() + text.slice(noun.length) : text;
}
