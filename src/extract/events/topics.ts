/**
 * Topics of an event from a keyword lexicon over its sentence. Each topic lists lowercase word
 * stems (prefix match on words; stems of four letters or fewer match the whole word or its plural, so
 * "gas" does not match "Gaza"). The list:
 * energy, trade, defence, counter-terrorism, security, afghanistan, health, diplomacy,
 * food, nuclear, human-rights, migration, infrastructure, finance.
 */

export const TOPIC_LEXICON: Readonly<Record<string, readonly string[]>> = {
  energy: ['energy', 'oil', 'gas', 'crude', 'pipeline', 'lng', 'lpg', 'electricity', 'power plant', 'fuel', 'petroleum', 'refiner', 'coal'],
  trade: ['trade', 'export', 'import', 'tariff', 'market', 'investment', 'investor', 'economic', 'econom', 'commerce', 'commercial', 'business'],
  defence: ['defence', 'defense', 'military', 'army', 'armed forces', 'weapon', 'arms', 'troop', 'drill', 'exercises', 'naval', 'navy', 'missile', 'warship', 'hardware'],
  'counter-terrorism': ['terror', 'counter-terror', 'counterterror', 'militant', 'extremis', 'insurgen', 'jihad', 'daesh', 'isil', 'isis', 'al-qaeda', 'suicide'],
  security: ['security', 'stability', 'piracy', 'border', 'peace', 'insecurity', 'violence'],
  afghanistan: ['afghanistan', 'afghan', 'taliban', 'kabul'],
  health: ['health', 'vaccine', 'covid', 'pandemic', 'medicine', 'medical', 'hospital', 'disease', 'doses', 'sputnik v'],
  diplomacy: ['diplomat', 'bilateral', 'embassy', 'ambassador', 'envoy', 'summit', 'relations', 'ties', 'foreign minister', 'foreign ministry'],
  food: ['wheat', 'cereal', 'grain', 'food', 'fertili', 'rice', 'agricultur'],
  nuclear: ['nuclear', 'uranium', 'atomic', 'rosatom'],
  'human-rights': ['human rights', 'rights', 'freedom', 'prisoner', 'detainee', 'refugee', 'asylum', 'torture'],
  infrastructure: ['infrastructure', 'railway', 'road', 'ports', 'seaport', 'corridor', 'construction', 'connectivity'],
  finance: ['loan', 'debt', 'credit', 'bank', 'imf', 'bailout', 'budget', 'currency'],
};

/** Topics whose keywords occur in `text` (a sentence), in lexicon order. */
export function findTopics(text: string): string[] {
  const lower = text.toLowerCase();
  const words = lower.match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu) ?? [];
  const out: string[] = [];
  for (const [topic, stems] of Object.entries(TOPIC_LEXICON)) {
    const hit = stems.some((s) =>
      s.includes(' ')
        ? lower.includes(s)
        : s.length <= 4
          ? words.some((w) => w === s || w === `${s}s` || w === `${s}es`)
          : words.some((w) => w.startsWith(s) || (s.includes('-') && w.includes(s))),
    );
    if (hit) out.push(topic);
  }
  return out;
}
