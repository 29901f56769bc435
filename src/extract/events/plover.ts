/**
 * PLOVER event types with their plain-language names and quad categories, from the
 * PLOVER README and structured codebook (../bench/events/plover, ../ngec).
 */
import type { PloverType } from './types.js';

export interface PloverInfo {
  type: PloverType;
  /** Short plain-language name for display. */
  name: string;
  quad: 'verbal cooperation' | 'material cooperation' | 'verbal conflict' | 'material conflict';
  /** The codebook definition, abridged. */
  definition: string;
}

export const PLOVER: readonly PloverInfo[] = [
  { type: 'AGREE', name: 'agree, offer, promise', quad: 'verbal cooperation', definition: 'Agree to, offer, promise or otherwise indicate willingness or commitment to cooperate; invitations to visit.' },
  { type: 'CONSULT', name: 'meeting, call, visit', quad: 'verbal cooperation', definition: 'All consultations and meetings, visits and hosting visits, meetings at a neutral place, consultation by phone.' },
  { type: 'SUPPORT', name: 'verbal support, signing', quad: 'verbal cooperation', definition: 'Verbal support, approval, praise; ratifying, signing or finalising an agreement.' },
  { type: 'CONCEDE', name: 'verbal concession', quad: 'verbal cooperation', definition: 'Verbal concessions with no immediate material consequence: promised easing, declared ceasefires.' },
  { type: 'COOPERATE', name: 'material cooperation', quad: 'material cooperation', definition: 'Initiate, resume or expand mutual material cooperation: economic exchange, joint exercises, judicial and intelligence cooperation.' },
  { type: 'AID', name: 'aid, supply', quad: 'material cooperation', definition: 'Material aid whose benefits accrue to the recipient: money, arms, humanitarian aid, asylum.' },
  { type: 'RETREAT', name: 'withdrawal, release', quad: 'material cooperation', definition: 'Material concessions with immediate effect: withdraw forces, release captives, lift sanctions, resign.' },
  { type: 'INVESTIGATE', name: 'investigation', quad: 'material cooperation', definition: 'Investigations, commissions, inquiries.' },
  { type: 'DEMAND', name: 'demand, request', quad: 'verbal conflict', definition: 'Requests, demands and orders.' },
  { type: 'DISAPPROVE', name: 'condemn, accuse', quad: 'verbal conflict', definition: 'Disapproval, criticism, condemnation, accusations, lawsuits.' },
  { type: 'REJECT', name: 'reject, refuse', quad: 'verbal conflict', definition: 'All rejections and refusals.' },
  { type: 'THREATEN', name: 'threat', quad: 'verbal conflict', definition: 'Threats and coercive warnings with serious potential repercussions.' },
  { type: 'SANCTION', name: 'sanction, cut ties', quad: 'verbal conflict', definition: 'Reductions in existing relations: sanctions, expulsions, withdrawal from organisations, halting aid or talks.' },
  { type: 'PROTEST', name: 'protest', quad: 'material conflict', definition: 'Civilian demonstrations, riots, strikes, boycotts, obstruction.' },
  { type: 'MOBILIZE', name: 'military mobilisation', quad: 'material conflict', definition: 'Military or police deployments, alerts and weapons tests short of the use of force.' },
  { type: 'COERCE', name: 'arrest, ban, seize', quad: 'material conflict', definition: 'Repression and coercion short of violence: arrests, bans, seizures, curfews, deportations.' },
  { type: 'FIGHT', name: 'armed clash', quad: 'material conflict', definition: 'Conventional military force: battles, clashes, shelling, air strikes.' },
  { type: 'ASSAULT', name: 'attack, bombing', quad: 'material conflict', definition: 'Deliberate violence: bombings, killings, abductions, assassinations, massacres.' },
];

export const PLOVER_TYPES: readonly PloverType[] = PLOVER.map((p) => p.type);

export function ploverInfo(type: string): PloverInfo | undefined {
  return PLOVER.find((p) => p.type === type);
}
