/** How headlines (the web app's and the exports') say each event kind: a verb taking the recipient (past tense, and the plain form for planned events), and a noun for the happening. */
export const KIND_WORDS: Record<string, { verb: string; base: string; noun: string }> = {
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

export function wordsFor(kind: string): { verb: string; base: string; noun: string } {
  return KIND_WORDS[kind] ?? { verb: kind, base: kind, noun: kind.charAt(0).toUpperCase() + kind.slice(1) };
}
