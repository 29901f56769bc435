import type { Article } from '../../core/types.js';
import { linkKey, resolveEntities } from '../../corpus/resolve.js';
import type { CorpusResult } from '../../corpus/types.js';

export type ParticipantRole = 'source' | 'target' | 'participant';

/** Event id -> entity id -> role. */
export type EventRoles = Map<string, Map<string, ParticipantRole>>;

/**
 * Each event participant's part in the event (the actor, the recipient, or just taking part),
 * read from the event mentions its cited sentences hold. The corpus keeps only who took part,
 * so the mentions are matched again: same document, same sentence, same kind. A participant
 * that is the actor in some reports and the recipient in others gets the part most reports
 * give it (the actor on a tie); one no mention gives a part is a participant.
 */
export function eventRoles(articles: readonly Article[], corpus: Pick<CorpusResult, 'events'>): EventRoles {
  const { links } = resolveEntities(articles);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const out: EventRoles = new Map();
  for (const event of corpus.events) {
    const counts = new Map<string, { source: number; target: number }>();
    const wanted = new Set(event.participants);
    for (const s of event.sources) {
      const a = byId.get(s.documentId);
      if (!a) continue;
      for (const m of a.events) {
        if (m.sentence.start !== s.start || m.sentence.end !== s.end || m.kind !== event.kind) continue;
        for (const p of m.participants) {
          const id = links.get(linkKey(a.id, p.entity));
          if (!id || !wanted.has(id) || p.role === 'participant') continue;
          const c = counts.get(id) ?? { source: 0, target: 0 };
          c[p.role]++;
          counts.set(id, c);
        }
      }
    }
    const roles = new Map<string, ParticipantRole>();
    for (const id of event.participants) {
      const c = counts.get(id);
      roles.set(id, !c ? 'participant' : c.source >= c.target ? 'source' : 'target');
    }
    out.set(event.id, roles);
  }
  return out;
}
