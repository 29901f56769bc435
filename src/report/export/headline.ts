import type { Event } from '../../corpus/types.js';
import type { ExportIndex } from './data.js';

/** How to say each event kind: a past-tense verb taking the recipient, and a noun for the happening. */
const WORDS: Record<string, { verb: string; noun: string }> = {
  meet: { verb: 'met', noun: 'Meeting' },
  call: { verb: 'called', noun: 'Phone call' },
  visit: { verb: 'visited', noun: 'Visit' },
  travel: { verb: 'travelled to', noun: 'Trip' },
  sign: { verb: 'signed with', noun: 'Signing' },
  agree: { verb: 'agreed with', noun: 'Agreement' },
  offer: { verb: 'made an offer to', noun: 'Offer' },
  support: { verb: 'backed', noun: 'Support' },
  cooperate: { verb: 'cooperated with', noun: 'Cooperation' },
  supply: { verb: 'supplied', noun: 'Supply' },
  aid: { verb: 'aided', noun: 'Aid' },
  concede: { verb: 'made a concession to', noun: 'Concession' },
  withdraw: { verb: 'withdrew from', noun: 'Withdrawal' },
  release: { verb: 'released', noun: 'Release' },
  demand: { verb: 'made demands of', noun: 'Demand' },
  condemn: { verb: 'condemned', noun: 'Condemnation' },
  accuse: { verb: 'accused', noun: 'Accusation' },
  reject: { verb: 'rejected', noun: 'Rejection' },
  threaten: { verb: 'threatened', noun: 'Threat' },
  protest: { verb: 'protested against', noun: 'Protest' },
  coerce: { verb: 'moved against', noun: 'Coercion' },
  sanction: { verb: 'sanctioned', noun: 'Sanctions' },
  mobilize: { verb: 'mobilised against', noun: 'Mobilisation' },
  fight: { verb: 'fought', noun: 'Fighting' },
  attack: { verb: 'attacked', noun: 'Attack' },
  investigate: { verb: 'investigated', noun: 'Investigation' },
  statement: { verb: 'addressed', noun: 'Statement' },
};

function wordsFor(kind: string): { verb: string; noun: string } {
  return WORDS[kind] ?? { verb: kind, noun: kind.charAt(0).toUpperCase() + kind.slice(1) };
}

/** "A", "A and B", "A, B and 2 others". */
export function nameList(names: readonly string[], max = 2): string {
  if (names.length <= max) return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  const rest = names.length - max;
  return `${names.slice(0, max).join(', ')} and ${rest} other${rest === 1 ? '' : 's'}`;
}

/**
 * A short headline saying who did what to whom, from the event's kind and its participants'
 * parts, never cut from a sentence: "A met B in Oslo" (an actor and a recipient), "Meeting: A
 * and B" (participants without parts), "Condemnation by A" (an actor alone), "Planned: ..."
 * for a planned event.
 */
export function headline(event: Event, index: ExportIndex): string {
  const { verb, noun } = wordsFor(event.kind);
  const by = (role: string) => event.participants.filter((p) => index.roleOf(event, p) === role).map((p) => index.name(p)!);
  const source = by('source');
  const target = by('target');
  const others = by('participant');
  let text: string;
  if (source.length && target.length) text = `${nameList(source)} ${verb} ${nameList(target)}${others.length ? ` with ${nameList(others)}` : ''}`;
  else if (source.length) text = `${noun} by ${nameList(source)}${others.length ? ` with ${nameList(others)}` : ''}`;
  else if (event.participants.length) text = `${noun}: ${nameList([...target, ...others], 3)}`;
  else text = noun;
  if (event.location) text += ` in ${index.name(event.location)}`;
  return event.future ? `Planned: ${lowerFirstNoun(text, noun)}` : text;
}

/** "Meeting: A and B" -> "meeting: A and B" after "Planned: "; names stay as written. */
function lowerFirstNoun(text: string, noun: string): string {
  return text.startsWith(noun) ? noun.toLowerCase() + text.slice(noun.length) : text;
}
