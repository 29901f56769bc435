import type { Event } from '../../corpus/types.js';
import type { ExportIndex } from './data.js';

/** How to say each event kind: a verb taking the recipient (past tense, and the plain form for planned events), and a noun for the happening. */
const WORDS: Record<string, { verb: string; base: string; noun: string }> = {
  meet: { verb: 'met', base: 'meet', noun: 'Meeting' },
  call: { verb: 'called', base: 'call', noun: 'Phone call' },
  visit: { verb: 'visited', base: 'visit', noun: 'Visit' },
  travel: { verb: 'travelled to', base: 'travel to', noun: 'Trip' },
  sign: { verb: 'signed with', base: 'sign with', noun: 'Signing' },
  agree: { verb: 'agreed with', base: 'agree with', noun: 'Agreement' },
  offer: { verb: 'made an offer to', base: 'make an offer to', noun: 'Offer' },
  support: { verb: 'backed', base: 'back', noun: 'Support' },
  cooperate: { verb: 'cooperated with', base: 'cooperate with', noun: 'Cooperation' },
  supply: { verb: 'supplied', base: 'supply', noun: 'Supply' },
  aid: { verb: 'aided', base: 'aid', noun: 'Aid' },
  concede: { verb: 'made a concession to', base: 'make a concession to', noun: 'Concession' },
  withdraw: { verb: 'withdrew from', base: 'withdraw from', noun: 'Withdrawal' },
  release: { verb: 'released', base: 'release', noun: 'Release' },
  demand: { verb: 'made demands of', base: 'make demands of', noun: 'Demand' },
  condemn: { verb: 'condemned', base: 'condemn', noun: 'Condemnation' },
  accuse: { verb: 'accused', base: 'accuse', noun: 'Accusation' },
  reject: { verb: 'rejected', base: 'reject', noun: 'Rejection' },
  threaten: { verb: 'threatened', base: 'threaten', noun: 'Threat' },
  protest: { verb: 'protested against', base: 'protest against', noun: 'Protest' },
  coerce: { verb: 'moved against', base: 'move against', noun: 'Coercion' },
  sanction: { verb: 'sanctioned', base: 'sanction', noun: 'Sanctions' },
  mobilize: { verb: 'mobilised against', base: 'mobilise against', noun: 'Mobilisation' },
  fight: { verb: 'fought', base: 'fight', noun: 'Fighting' },
  attack: { verb: 'attacked', base: 'attack', noun: 'Attack' },
  investigate: { verb: 'investigated', base: 'investigate', noun: 'Investigation' },
  statement: { verb: 'addressed', base: 'address', noun: 'Statement' },
};

function wordsFor(kind: string): { verb: string; base: string; noun: string } {
  return WORDS[kind] ?? { verb: kind, base: kind, noun: kind.charAt(0).toUpperCase() + kind.slice(1) };
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
