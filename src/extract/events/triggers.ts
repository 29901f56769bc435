/**
 * The trigger lexicon: words and phrases that report a political event, with their plain
 * kind and PLOVER type. Built from the PLOVER codebook definitions and the CAMEO -> PLOVER
 * table (CAMEO verb categories 03-20), not from any test sentence.
 *
 * Pattern syntax (see TriggerRule): `V:lemma` any verb form, `N:noun` singular or plural,
 * `a|b` literal words, `*` a gap of a few words. `V:a|b` is any form of either verb.
 */
import type { EventKind, PloverType, TriggerRefinement, TriggerRule } from './types.js';

type Opts = Omit<TriggerRule, 'pattern' | 'kind' | 'plover'>;

function r(pattern: string, kind: EventKind, plover: PloverType, opts: Opts = {}): TriggerRule {
  return { pattern, kind, plover, ...opts };
}

/** Words that make a use of force conventional military combat (FIGHT) rather than ASSAULT. */
const MILITARY = [
  'troop', 'army', 'armies', 'military', 'soldier', 'forces', 'jet', 'warplane', 'artillery', 'tank',
  'navy', 'naval', 'rebel', 'insurgent', 'gunship', 'helicopter', 'fighter', 'aircraft', 'missile',
  'mortar', 'rocket', 'shell', 'drone', 'predator', 'minefield', 'landmine', 'gunbattle', 'airstrike',
  'battalion', 'brigade', 'division', 'front', 'offensive', 'positions', 'guerrilla', 'guerilla',
];

const TO_FIGHT: TriggerRefinement = { words: MILITARY, inSentence: true, kind: 'fight', plover: 'FIGHT' };

/** Words that show trade or economic exchange (a deal or supply that is mutual, COOPERATE). */
const ECONOMIC = [
  'trade', 'econom', 'export', 'import', 'sale', 'sold', 'sell', 'purchas', 'buy', 'bought',
  'contract', 'commerc', 'market', 'crude', 'investment', 'invest', 'business', 'tariff',
];

const CASUALTY = [
  'kill', 'dead', 'death', 'wound', 'injur', 'casualt', 'destroy', 'damag', 'ripped', 'struck',
  'claimed', 'condemn', 'suicide', 'bomber', 'terror', 'militant', 'victim', 'toll', 'attack',
];

/** A use of "release"/"free" that is about publishing, not captives. */
export const PUBLISHING = [
  'statement', 'report', 'video', 'figure', 'data', 'result', 'detail', 'film', 'album', 'book',
  'photo', 'image', 'information', 'document', 'footage', 'list', 'version', 'update', 'funds', 'map',
  'page', 'transcript', 'record', 'tape', 'recording', 'letter', 'study', 'survey', 'poll', 'finding',
];

/** "meet the demands / targets": meeting a standard, not a person. */
const NOT_MEETING = [
  'demand', 'commitment', 'target', 'need', 'expectation', 'requirement', 'criteri', 'obligation',
  'standard', 'deadline', 'goal', 'challenge', 'threshold', 'condition', 'cost', 'quota', 'payment',
];

/** "fight terrorism / corruption / for rights": a campaign, not combat. */
const FIGHT_NOT = [
  'terrorism', 'corruption', 'poverty', 'crime', 'drugs', 'piracy', 'extremism', 'disease', 'pandemic',
  'inflation', 'climate', 'for', 'against', 'back', 'off', 'hunger', 'malaria', 'cancer', 'fire', 'fires',
  'the', 'this', 'it', 'illiteracy', 'racism', 'discrimination', 'smuggling', 'trafficking', 'misinformation',
];

const PEACEKEEPING: TriggerRefinement = { words: ['peacekeep', 'peace-keep', 'humanitarian', 'relief'], inSentence: true, kind: 'aid', plover: 'AID' };

const TO_SANCTION: TriggerRefinement = {
  words: ['inspector', 'observer', 'monitor', 'peacekeep', 'mission', 'personnel', 'staff', 'ambassador', 'envoy', 'diplomat', 'recognition', 'membership', 'treaty', 'agreement', 'accord', 'pact', 'talks', 'negotiation', 'support', 'aid', 'funding', 'organization', 'organisation', 'alliance', 'deal', 'convention'],
  window: 6,
  kind: 'sanction',
  plover: 'SANCTION',
};

const AID_GOODS = 'aid|assistance|loan|loans|grant|grants|weapons|arms|equipment|food|medicine|medicines|vaccine|vaccines|doses|asylum|credit|money|funds|relief|supplies|ammunition|hardware|wheat|grain|fuel|help|support|financing|funding';

export const TRIGGER_RULES: readonly TriggerRule[] = [
  // ---- CONSULT (CAMEO 04): meetings, talks, visits, calls
  r('V:meet', 'meet', 'CONSULT', { notNear: NOT_MEETING }),
  r('V:meet with', 'meet', 'CONSULT', { priority: 25 }),
  r('N:meeting', 'meet', 'CONSULT'),
  r('V:hold|have * talks|meeting|meetings|discussions|consultations|negotiations|summit|conversation', 'meet', 'CONSULT', { priority: 40 }),
  r('talks', 'meet', 'CONSULT'),
  r('V:negotiate', 'meet', 'CONSULT', { notBefore: ['table', 'tables', 'position', 'positions', 'team', 'skills'] }),
  r('N:negotiation', 'meet', 'CONSULT'),
  r('V:consult', 'meet', 'CONSULT'),
  r('N:consultation', 'meet', 'CONSULT'),
  r('V:confer with', 'meet', 'CONSULT'),
  r('N:summit', 'meet', 'CONSULT', { priority: 5 }),
  r('V:discuss', 'meet', 'CONSULT', { priority: 5 }),
  r('V:exchange views|opinions|ideas', 'meet', 'CONSULT'),
  r('V:mediate', 'meet', 'CONSULT'),
  r('N:mediation', 'meet', 'CONSULT'),
  r('V:host', 'meet', 'CONSULT', { needsObject: true }),
  r('V:receive', 'meet', 'CONSULT', { needsObject: 'person' }),
  r('V:welcome', 'meet', 'CONSULT', { needsObject: 'person', priority: 12 }),
  r('warm N:welcome', 'meet', 'CONSULT', { priority: 25 }),
  r('V:receive|admit|accept|allow|permit * inspectors|observers|monitors|mission|peacekeepers|peacekeeping', 'concede', 'RETREAT', { priority: 36 }),
  r('V:visit', 'visit', 'CONSULT'),
  r('N:visit', 'visit', 'CONSULT'),
  r('N:trip', 'visit', 'CONSULT', { needsContext: ['to', 'visit'] }),
  r('V:arrive', 'travel', 'CONSULT'),
  r('N:arrival', 'travel', 'CONSULT'),
  r('V:travel', 'travel', 'CONSULT'),
  r('V:fly to', 'travel', 'CONSULT'),
  r('V:call', 'call', 'CONSULT', {
    needsObject: true,
    notBefore: ['for', 'off', 'on', 'upon', 'it', 'out', 'up', 'in', 'back', 'into', 'a', 'an', 'the', 'them', 'him', 'her', 'itself', 'themselves', 'what', 'this', 'that'],
    notAfter: ['so', 'be', 'is', 'are', 'was', 'were', 'been', 'being', ',', 'also', 'often', 'officially', 'locally', 'sometimes', 'now'],
    verbOnly: true,
    notAfterObject: ['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', '"', '“', "'", '‘'],
  }),
  r('V:telephone|phone|ring', 'call', 'CONSULT', { needsObject: true }),
  r('telephone|phone|video N:call', 'call', 'CONSULT', { priority: 30 }),
  r('telephone|phone|telephonic|video|virtual N:conversation', 'call', 'CONSULT', { priority: 30 }),
  r('V:speak * phone|telephone', 'call', 'CONSULT', { priority: 35 }),

  // ---- AGREE (CAMEO 03): agreements in principle, offers, promises, invitations
  r('V:agree', 'agree', 'AGREE', {
    refine: [{ words: ['with'], window: 1, kind: 'support', plover: 'SUPPORT' }],
  }),
  r('V:reach * agreement|accord|deal|understanding|consensus|compromise', 'agree', 'AGREE', {
    priority: 40,
    refine: [{ words: ECONOMIC, inSentence: true, kind: 'cooperate', plover: 'COOPERATE' }],
  }),
  r('deal|agreement|accord struck', 'agree', 'AGREE', {
    priority: 40,
    refine: [{ words: ECONOMIC, inSentence: true, kind: 'cooperate', plover: 'COOPERATE' }],
  }),
  r('V:strike * deal|agreement|accord|bargain', 'agree', 'AGREE', {
    priority: 40,
    refine: [{ words: ECONOMIC, inSentence: true, kind: 'cooperate', plover: 'COOPERATE' }],
  }),
  r('V:offer', 'offer', 'AGREE', { refine: [{ words: ['condolence', 'sympath', 'congratulat', 'prayer', 'praise'], window: 3, kind: 'support', plover: 'SUPPORT' }] }),
  r('V:promise', 'offer', 'AGREE'),
  r('V:pledge', 'offer', 'AGREE'),
  r('V:vow', 'offer', 'AGREE'),
  r('V:invite', 'offer', 'AGREE'),
  r('N:invitation', 'offer', 'AGREE'),
  r('V:accept', 'agree', 'AGREE'),
  r('V:express * willingness|readiness|desire|intention', 'offer', 'AGREE', { priority: 40 }),
  r('V:consent', 'agree', 'AGREE'),

  // ---- SUPPORT (CAMEO 05): verbal support, praise, signing, recognition
  r('V:sign', 'sign', 'SUPPORT', { notBefore: ['up', 'off'] }),
  r('V:ratify', 'sign', 'SUPPORT'),
  r('V:praise', 'support', 'SUPPORT'),
  r('V:hail', 'support', 'SUPPORT', { notBefore: ['from'] }),
  r('V:commend', 'support', 'SUPPORT'),
  r('V:welcome', 'support', 'SUPPORT'),
  r('V:endorse', 'support', 'SUPPORT'),
  r('V:approve', 'support', 'SUPPORT'),
  r('V:applaud', 'support', 'SUPPORT'),
  r('V:congratulate', 'support', 'SUPPORT'),
  r('V:apologize|apologise', 'support', 'SUPPORT'),
  r('V:forgive', 'support', 'SUPPORT'),
  r('V:thank', 'support', 'SUPPORT'),
  r('V:support', 'support', 'SUPPORT', { needsObject: true }),
  r('V:back', 'support', 'SUPPORT', { needsObject: true, notBefore: ['to', 'from', 'down', 'off', 'away', 'home', 'in'] }),
  r('V:recognize|recognise', 'support', 'SUPPORT', { needsObject: 'group' }),
  r('V:establish|restore|normalize|normalise * relations|ties', 'support', 'SUPPORT', { priority: 40 }),
  r('V:boost|enhance|expand|strengthen|deepen|improve|upgrade|resume * ties|relations|relationship', 'support', 'SUPPORT', { priority: 35 }),
  r('V:express * support|solidarity|gratitude|appreciation|satisfaction', 'support', 'SUPPORT', { priority: 40 }),
  r('V:defend', 'support', 'SUPPORT', { needsObject: true }),

  // ---- COOPERATE (CAMEO 06): material cooperation, economic exchange, joint exercises
  r('V:cooperate|collaborate', 'cooperate', 'COOPERATE'),
  r('V:boost|enhance|expand|increase|strengthen|deepen|improve|resume|intensify * cooperation|trade|exchanges|investment|coordination|collaboration', 'cooperate', 'COOPERATE', { priority: 35 }),
  r('joint * N:exercise|N:drill|maneuvers|manoeuvres|N:patrol|N:operation', 'cooperate', 'COOPERATE', { priority: 35 }),
  r('V:extradite', 'cooperate', 'COOPERATE'),
  r('N:extradition', 'cooperate', 'COOPERATE'),
  r('V:share * intelligence|information|technology|data|expertise|evidence|experience|know-how|knowledge', 'cooperate', 'COOPERATE', { priority: 35 }),
  r('V:invest', 'cooperate', 'COOPERATE'),

  // ---- AID (CAMEO 07): material aid, supply, delivery
  r('V:supply', 'supply', 'AID', { verbOnly: true, refine: [{ words: ECONOMIC, inSentence: true, plover: 'COOPERATE' }] }),
  r('supplies of|to', 'supply', 'AID', { refine: [{ words: ECONOMIC, inSentence: true, plover: 'COOPERATE' }] }),
  r('V:deliver', 'supply', 'AID', {
    notBefore: ['on', 'a', 'speech', 'remarks', 'address', 'verdict', 'message', 'lecture'],
    refine: [{ words: ECONOMIC, inSentence: true, plover: 'COOPERATE' }],
  }),
  r('N:delivery', 'supply', 'AID', { refine: [{ words: ECONOMIC, inSentence: true, plover: 'COOPERATE' }] }),
  r('N:shipment', 'supply', 'AID', { refine: [{ words: ECONOMIC, inSentence: true, plover: 'COOPERATE' }] }),
  r('V:ship', 'supply', 'AID', { notBefore: ['out', 'off'], refine: [{ words: ECONOMIC, inSentence: true, plover: 'COOPERATE' }] }),
  r(`V:provide|give|send|grant|donate|extend|airlift|dispatch|contribute|deliver|hand ** ${AID_GOODS}`, 'aid', 'AID', { priority: 35 }),
  r('V:provide', 'aid', 'AID', { priority: 5, notBefore: ['for', 'that'], notNear: ['detail', 'information', 'evidence', 'insight', 'proof', 'cover', 'answer', 'explanation', 'clue', 'update', 'opportunit', 'service', 'framework', 'basis', 'platform', 'way'] }),
  r('V:contribute', 'aid', 'AID', { notBefore: ['to'] }),
  r('V:hand over', 'release', 'RETREAT', { refine: [{ words: AID_GOODS.split('|'), window: 6, kind: 'aid', plover: 'AID' }] }),
  r('V:evacuate', 'withdraw', 'RETREAT', { refine: [{ words: ['wounded', 'injured', 'civilian', 'refugee', 'resident', 'citizen', 'national', 'people', 'sick', 'children', 'survivor', 'victim', 'foreigner', 'worker', 'tourist'], window: 4, kind: 'aid', plover: 'AID' }] }),
  r('V:aid', 'aid', 'AID', { needsObject: true }),
  r('V:rescue', 'aid', 'AID'),

  // ---- CONCEDE (CAMEO 081-083, verbal) and RETREAT (084-087, material)
  r('V:declare|announce|implement|observe * ceasefire|truce|cease-fire', 'withdraw', 'RETREAT', { priority: 40 }),
  r('V:accept|accede * demand|demands|request|requests|conditions|terms|ultimatum', 'concede', 'CONCEDE', { priority: 40 }),
  r('committed|commit|commits|commitment to', 'agree', 'AGREE', { priority: 25 }),
  r('V:accede', 'concede', 'CONCEDE'),
  r('V:concede', 'concede', 'CONCEDE'),
  r('V:yield to', 'concede', 'CONCEDE'),
  r('V:ease|relax|lift|loosen * sanctions|embargo|blockade|siege', 'concede', 'RETREAT', { priority: 40 }),
  r('V:ease|relax|lift|loosen|cancel|scrap|shorten|remove * restrictions|ban|curfew|emergency|law|controls|measures|rules|limits', 'concede', 'CONCEDE', { priority: 40 }),
  r('V:allow|permit * inspectors|observers|access|peacekeepers|monitors|aid|investigators|journalists', 'concede', 'RETREAT', { priority: 30 }),
  r('V:withdraw', 'withdraw', 'RETREAT', { refine: [TO_SANCTION] }),
  r('N:withdrawal', 'withdraw', 'RETREAT', { refine: [TO_SANCTION] }),
  r('V:pull out|back', 'withdraw', 'RETREAT', { refine: [TO_SANCTION] }),
  r('pullback|pullout|pull-out|pull-back', 'withdraw', 'RETREAT'),
  r('V:release', 'release', 'RETREAT', { notNear: PUBLISHING }),
  r('V:free', 'release', 'RETREAT', { needsObject: false, notNear: PUBLISHING, notAfter: ['a', 'the', 'and', 'of', 'be', 'duty', 'tax'] }),
  r('V:return * territory|land|lands|property|bodies|remains|prisoners|hostages|detainees', 'release', 'RETREAT', { priority: 30 }),
  r('V:resign', 'withdraw', 'RETREAT'),
  r('V:disarm|demobilize|demobilise', 'withdraw', 'RETREAT'),
  r('V:surrender', 'withdraw', 'RETREAT'),

  // ---- DEMAND (CAMEO 10)
  r('V:demand', 'demand', 'DEMAND', { verbOnly: true }),
  r('V:urge', 'demand', 'DEMAND'),
  r('V:call for|on|upon', 'demand', 'DEMAND', { priority: 30 }),
  r('N:call for|to|on', 'demand', 'DEMAND', { priority: 30 }),
  r('V:ask', 'demand', 'DEMAND', { notBefore: ['about', 'whether', 'if', 'why', 'how', 'what', 'when', 'who'] }),
  r('V:request', 'demand', 'DEMAND'),
  r('N:request', 'demand', 'DEMAND'),
  r('V:insist', 'demand', 'DEMAND'),
  r('N:demand that|for', 'demand', 'DEMAND', { priority: 25 }),
  r('V:pressure|pressurize|pressurise', 'demand', 'DEMAND', { verbOnly: true }),
  r('V:push * for', 'demand', 'DEMAND', { priority: 25 }),
  r('V:press for', 'demand', 'DEMAND'),
  r('V:appeal', 'demand', 'DEMAND', { verbOnly: true }),
  r('N:appeal for|to|from', 'demand', 'DEMAND', { priority: 25 }),
  r('V:seek', 'demand', 'DEMAND', { notBefore: ['to'] }),
  r('V:order', 'demand', 'DEMAND', { needsObject: true, notAfter: ['in', 'law', 'world', 'public'] }),

  // ---- DISAPPROVE (CAMEO 11)
  r('V:condemn', 'condemn', 'DISAPPROVE'),
  r('V:denounce', 'condemn', 'DISAPPROVE'),
  r('V:criticize|criticise', 'condemn', 'DISAPPROVE'),
  r('N:criticism', 'condemn', 'DISAPPROVE'),
  r('N:condemnation', 'condemn', 'DISAPPROVE'),
  r('V:decry|deplore|censure|rebuke|reprimand|chide|lambaste|castigate', 'condemn', 'DISAPPROVE'),
  r('V:slam|blast', 'condemn', 'DISAPPROVE', { needsObject: true, verbOnly: true }),
  r('V:disapprove', 'condemn', 'DISAPPROVE'),
  r('V:object to', 'condemn', 'DISAPPROVE'),
  r('V:complain', 'condemn', 'DISAPPROVE'),
  r('V:lodge|file|register * protest|complaint|objection', 'condemn', 'DISAPPROVE', { priority: 40 }),
  r('V:accuse', 'accuse', 'DISAPPROVE'),
  r('V:blame', 'accuse', 'DISAPPROVE'),
  r('V:allege that', 'accuse', 'DISAPPROVE'),
  r('N:accusation|allegation', 'accuse', 'DISAPPROVE'),
  r('V:charge', 'accuse', 'DISAPPROVE', { verbOnly: true, needsContext: ['with'], notAfter: ['in', 'free', 'of'] }),
  r('V:sue', 'accuse', 'DISAPPROVE'),
  r('V:indict', 'accuse', 'DISAPPROVE'),
  r('N:indictment', 'accuse', 'DISAPPROVE'),
  r('N:lawsuit', 'accuse', 'DISAPPROVE'),

  // ---- REJECT (CAMEO 12)
  r('V:reject', 'reject', 'REJECT'),
  r('N:rejection', 'reject', 'REJECT'),
  r('V:refuse', 'reject', 'REJECT'),
  r('N:refusal', 'reject', 'REJECT'),
  r('V:decline to', 'reject', 'REJECT'),
  r('V:deny', 'reject', 'REJECT'),
  r('V:rebuff|spurn|repudiate', 'reject', 'REJECT'),
  r('V:dismiss', 'reject', 'REJECT', { notBefore: ['from'], notNear: ['minister', 'official', 'officer', 'general', 'employee', 'staff', 'worker', 'chief', 'head', 'coach'] }),
  r('V:renege|backtrack', 'reject', 'REJECT'),
  r('V:back out', 'reject', 'REJECT'),
  r('V:veto', 'reject', 'REJECT'),
  r('V:defy', 'reject', 'REJECT'),
  r('V:violate|flout|breach * ban|law|laws|resolution|resolutions|agreement|accord|embargo|sanctions|rules|order|norms|constitution', 'reject', 'REJECT', { priority: 36 }),
  r('V:violate|breach * ceasefire|truce|cease-fire', 'fight', 'FIGHT', { priority: 37 }),
  r('V:oppose', 'reject', 'REJECT'),
  r('V:turn down', 'reject', 'REJECT'),

  // ---- THREATEN (CAMEO 13)
  r('V:threaten', 'threaten', 'THREATEN'),
  r('V:warn', 'threaten', 'THREATEN', { priority: 5 }),
  r('V:issue|make * threat|threats|ultimatum|warning', 'threaten', 'THREATEN', { priority: 40 }),
  r('N:ultimatum', 'threaten', 'THREATEN'),

  // ---- PROTEST (CAMEO 14)
  r('V:protest', 'protest', 'PROTEST', { refine: [{ words: ['to'], window: 1, kind: 'condemn', plover: 'DISAPPROVE' }] }),
  r('N:rally', 'protest', 'PROTEST', { notBefore: ['behind', 'around'] }),
  r('V:block|blockade|barricade|obstruct * road|roads|street|streets|bridge|highway|highways|traffic|transport|railway|entrance|access|route', 'protest', 'PROTEST', { priority: 36 }),
  r('V:stop|shun|halt|refuse|down * work', 'protest', 'PROTEST', { priority: 30 }),
  r('V:go|stage|hold|call|begin|launch|start * N:strike|walkout|walkouts|N:stoppage', 'protest', 'PROTEST', { priority: 36 }),
  r('N:strike', 'protest', 'PROTEST', { needsContext: ['worker', 'union', 'employee', 'teacher', 'doctor', 'labour', 'labor', 'staff', 'pay', 'wage', 'salar', 'miner', 'driver', 'student', 'nurse', 'pilot'] }),
  r('V:call off * N:strike|N:protest|N:boycott|N:demonstration|N:rally|N:march', 'concede', 'CONCEDE', { priority: 40 }),
  r('N:protest', 'protest', 'PROTEST'),
  r('V:demonstrate', 'protest', 'PROTEST', { notBefore: ['that', 'its', 'their', 'his', 'her', 'how', 'the', 'a', 'an', 'this', 'what'], notNear: ['resolve', 'commitment', 'abilit', 'capacit', 'strength', 'power', 'willingness'] }),
  r('N:demonstration', 'protest', 'PROTEST', { notNear: ['of'] }),
  r('V:rally', 'protest', 'PROTEST', { verbOnly: true, notBefore: ['behind', 'around', 'support', 'to', 'in'] }),
  r('V:march', 'protest', 'PROTEST', { verbOnly: true }),
  r('hunger|general N:strike', 'protest', 'PROTEST', { priority: 30 }),
  r('V:go|stage * on N:strike', 'protest', 'PROTEST', { priority: 35 }),
  r('V:boycott', 'protest', 'PROTEST'),
  r('N:boycott', 'protest', 'PROTEST'),
  r('V:riot', 'protest', 'PROTEST'),
  r('N:riot', 'protest', 'PROTEST', { notBefore: ['police', 'gear', 'squad', 'squads', 'shields', 'control', 'act', 'troops', 'officers', 'units'] }),
  r('sit-in|sit-ins', 'protest', 'PROTEST'),
  r('V:picket', 'protest', 'PROTEST'),

  // ---- MOBILIZE (CAMEO 15)
  r('V:deploy', 'mobilize', 'MOBILIZE', { refine: [PEACEKEEPING] }),
  r('N:deployment', 'mobilize', 'MOBILIZE', { refine: [PEACEKEEPING] }),
  r('V:mobilize|mobilise', 'mobilize', 'MOBILIZE'),
  r('N:mobilization|mobilisation', 'mobilize', 'MOBILIZE'),
  r('V:mass * troops|forces|soldiers|tanks', 'mobilize', 'MOBILIZE', { priority: 35 }),
  r('V:send|dispatch|move * troops|forces|soldiers|warships|reinforcements|tanks|battalion|battalions', 'mobilize', 'MOBILIZE', { priority: 36, refine: [PEACEKEEPING] }),
  r('V:send|dispatch * inspectors|investigators|monitors|observers|experts|fact-finding|mission', 'investigate', 'INVESTIGATE', { priority: 37 }),
  r('V:strengthen|reinforce|boost|increase|bolster * forces|troops|presence|army|military|garrison', 'mobilize', 'MOBILIZE', { priority: 37 }),
  r('on|high|maximum * alert', 'mobilize', 'MOBILIZE', { priority: 30 }),
  r('N:patrol', 'mobilize', 'MOBILIZE', { needsContext: ['police', 'troop', 'soldier', 'army', 'military', 'forces', 'paramilitar', 'naval', 'navy', 'warship'] }),
  r('V:station * troops|forces|soldiers|missiles', 'mobilize', 'MOBILIZE', { priority: 35 }),
  r('V:put|place|raise * alert', 'mobilize', 'MOBILIZE', { priority: 35 }),
  r('V:test-fire', 'mobilize', 'MOBILIZE'),
  r('V:test|launch * missile|missiles|rocket|rockets|weapon|weapons|bomb|device', 'mobilize', 'MOBILIZE', { priority: 30 }),
  r('military * N:exercise|N:drill|maneuvers|manoeuvres', 'mobilize', 'MOBILIZE', { priority: 30 }),
  r('V:reinforce', 'mobilize', 'MOBILIZE'),

  // ---- SANCTION (CAMEO 16): reduce relations
  r('V:impose * sanctions|tariffs|tariff|embargo|duties|duty|penalties|levies', 'sanction', 'SANCTION', { priority: 40 }),
  r('V:sanction', 'sanction', 'SANCTION', { verbOnly: true }),
  r('V:cut|sever|break|suspend|downgrade|freeze * ties|relations', 'sanction', 'SANCTION', { priority: 40 }),
  r('V:suspend|halt|cut|freeze|stop|end|cancel|prohibit|reduce|curtail|withhold|ban ** aid|talks|negotiations|trade|cooperation|assistance|funding|imports|exports|flights|links|contacts|dialogue|loans|mediation|supplies|visit|trip|meeting|summit|program|programme|relations|ties', 'sanction', 'SANCTION', { priority: 38 }),
  r('N:suspension', 'sanction', 'SANCTION'),
  r('V:recall * ambassador|envoy|diplomats', 'sanction', 'SANCTION', { priority: 40 }),
  r('V:expel', 'sanction', 'SANCTION'),
  r('N:expulsion', 'sanction', 'SANCTION'),
  r('V:close|shut * border|borders|embassy|consulate|airspace|crossing|crossings', 'sanction', 'SANCTION', { priority: 38 }),

  // ---- COERCE (CAMEO 17)
  r('V:arrest', 'coerce', 'COERCE'),
  r('N:arrest', 'coerce', 'COERCE'),
  r('V:detain', 'coerce', 'COERCE'),
  r('N:detention', 'coerce', 'COERCE'),
  r('V:apprehend|nab', 'coerce', 'COERCE'),
  r('V:take * into custody', 'coerce', 'COERCE', { priority: 35 }),
  r('V:jail|imprison', 'coerce', 'COERCE'),
  r('V:seize|confiscate', 'coerce', 'COERCE'),
  r('V:raid', 'coerce', 'COERCE'),
  r('N:raid', 'coerce', 'COERCE'),
  r('V:ban', 'coerce', 'COERCE', { verbOnly: true }),
  r('V:outlaw', 'coerce', 'COERCE'),
  r('V:deport', 'coerce', 'COERCE'),
  r('V:censor', 'coerce', 'COERCE'),
  r('V:impose|declare * curfew|martial|emergency|restrictions|ban|blockade|lockdown', 'coerce', 'COERCE', { priority: 41 }),
  r('V:blockade', 'coerce', 'COERCE'),
  r('V:extend|tighten * curfew|ban|restrictions|emergency|blockade|lockdown|siege', 'coerce', 'COERCE', { priority: 38 }),
  r('V:force * out', 'coerce', 'COERCE', { priority: 25 }),
  r('N:blockade', 'coerce', 'COERCE'),
  r('V:crack down', 'coerce', 'COERCE'),
  r('N:crackdown', 'coerce', 'COERCE'),
  r('V:hack', 'coerce', 'COERCE'),
  r('N:cyberattack|cyber-attack', 'coerce', 'COERCE', { priority: 30 }),
  r('cyber N:attack|warfare', 'coerce', 'COERCE', { priority: 30 }),
  r('V:occupy', 'coerce', 'COERCE', { verbOnly: true }),
  r('V:evict', 'coerce', 'COERCE'),

  // ---- ASSAULT (CAMEO 18, 20) and FIGHT (CAMEO 19)
  r('V:attack', 'attack', 'ASSAULT', { refine: [{ words: MILITARY, inSentence: true, kind: 'fight', plover: 'FIGHT' }] }),
  r('N:attack', 'attack', 'ASSAULT', { priority: 5, refine: [{ words: MILITARY, inSentence: true, kind: 'fight', plover: 'FIGHT' }] }),
  r('V:kill', 'attack', 'ASSAULT', { priority: 5, refine: [TO_FIGHT] }),
  r('V:bomb', 'attack', 'ASSAULT', { refine: [TO_FIGHT] }),
  r('N:bombing', 'attack', 'ASSAULT', { needsContext: CASUALTY, refine: [TO_FIGHT] }),
  r('N:blast|explosion', 'attack', 'ASSAULT', { needsContext: CASUALTY, refine: [TO_FIGHT] }),
  r('suicide|car|roadside * N:bombing|N:attack|N:bomber|N:bomb', 'attack', 'ASSAULT', { priority: 35 }),
  r('V:assassinate', 'attack', 'ASSAULT'),
  r('N:assassination', 'attack', 'ASSAULT'),
  r('V:kidnap|abduct|hijack', 'attack', 'ASSAULT'),
  r('N:kidnapping|abduction|hijacking', 'attack', 'ASSAULT'),
  r('V:torture', 'attack', 'ASSAULT'),
  r('V:execute', 'attack', 'ASSAULT', { notNear: ['plan', 'order', 'strategy', 'project', 'program', 'programme', 'contract', 'deal', 'warrant', 'task', 'policy'] }),
  r('N:massacre', 'attack', 'ASSAULT'),
  // Codebook ASSAULT modes "destroy" (demolish property in a conflict) and "cleansing".
  r('V:destroy|demolish|bulldoze|torch|raze', 'attack', 'ASSAULT', { needsObject: false, notNear: ['evidence', 'document', 'record', 'file', 'hope', 'career', 'reputation', 'chance'] }),
  r('V:set fire|ablaze', 'attack', 'ASSAULT', { priority: 25 }),
  r('V:blow up', 'attack', 'ASSAULT', { priority: 25 }),
  r('ethnic N:cleansing', 'attack', 'ASSAULT', { priority: 30 }),
  r('V:massacre', 'attack', 'ASSAULT'),
  r('V:shoot', 'attack', 'ASSAULT', { notBefore: ['down'] }),
  r('V:stab|behead|murder|lynch|slaughter|slay', 'attack', 'ASSAULT'),
  r('N:murder|slaying|killing', 'attack', 'ASSAULT', { priority: 5 }),
  r('V:gun down', 'attack', 'ASSAULT', { priority: 25 }),
  r('V:open fire', 'attack', 'ASSAULT', { priority: 30, refine: [{ words: MILITARY, inSentence: true, kind: 'fight', plover: 'FIGHT' }] }),
  r('V:ambush', 'attack', 'ASSAULT', { refine: [{ words: MILITARY, inSentence: true, kind: 'fight', plover: 'FIGHT' }] }),
  r('V:clash', 'fight', 'FIGHT'),
  r('N:clash', 'fight', 'FIGHT'),
  r('V:fight', 'fight', 'FIGHT', { notBefore: FIGHT_NOT }),
  r('fighting', 'fight', 'FIGHT', { notBefore: FIGHT_NOT }),
  r('N:battle', 'fight', 'FIGHT'),
  r('V:battle', 'fight', 'FIGHT'),
  r('N:skirmish|firefight|gunbattle|gunfight', 'fight', 'FIGHT'),
  r('V:shell|bombard|strafe', 'fight', 'FIGHT'),
  r('N:shelling|bombardment', 'fight', 'FIGHT'),
  r('N:airstrike|air-strike', 'fight', 'FIGHT'),
  r('air N:strike|N:raid', 'fight', 'FIGHT', { priority: 30 }),
  r('V:invade', 'fight', 'FIGHT'),
  r('N:invasion', 'fight', 'FIGHT'),
  r('V:launch * N:offensive|N:assault|N:incursion', 'fight', 'FIGHT', { priority: 35 }),
  r('V:exchange * fire', 'fight', 'FIGHT', { priority: 35 }),
  r('V:fire * rockets|missiles|shells|mortars|artillery', 'fight', 'FIGHT', { priority: 35 }),
  r('V:capture|recapture|retake|overrun', 'fight', 'FIGHT', { needsContext: MILITARY }),
  r('V:launch * fire|attacks|strikes|raids', 'fight', 'FIGHT', { priority: 35 }),

  // ---- INVESTIGATE (CAMEO 09)
  r('V:investigate', 'investigate', 'INVESTIGATE'),
  r('N:investigation', 'investigate', 'INVESTIGATE'),
  r('V:probe', 'investigate', 'INVESTIGATE', { verbOnly: true }),
  r('N:probe', 'investigate', 'INVESTIGATE'),
  r('N:inquiry|enquiry', 'investigate', 'INVESTIGATE'),
  r('N:hearing into', 'investigate', 'INVESTIGATE', { priority: 25 }),
  r('V:open|launch|order * investigation|investigations|inquiry|probe|hearing|case', 'investigate', 'INVESTIGATE', { priority: 36 }),
  r('V:look into', 'investigate', 'INVESTIGATE'),
  r('V:inspect', 'investigate', 'INVESTIGATE'),
  r('N:inspection', 'investigate', 'INVESTIGATE'),
];
