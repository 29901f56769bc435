/**
 * The corpus queries the server asks, in SQL over the read tables (corpus-rows.ts), shared by
 * the SQLite and the PostgreSQL store: each gives a dialect (how to run a statement with `?`
 * placeholders, its table names, a substring test and its full-text match). Every answer is a
 * page or a bounded list read through an index; nothing is kept between calls.
 */
import type { ClaimRecord, Discrepancy, Entity, Event, QuoteRecord } from '../corpus/types.js';
import type { DateEvidence } from '../core/types.js';
import type { DocumentListItem, EntityListItem, TimelineItem } from '../server/types.js';
import type {
  ClaimFilter, CorpusFacets, CorpusReader, CorpusSearchKind, CorpusSearchRow, CorpusStats, DocumentFilter, DocumentRecord, EntityFilter,
  EntityRecord, EventRecord, Page, PageRequest, QuoteFilter, QuoteItem, TimelineFilter,
} from './types.js';

type Row = Record<string, unknown>;

export interface ReadDialect {
  /** Run one statement; `?` placeholders in order. */
  all(sql: string, params: readonly unknown[]): Promise<Row[]>;
  /** A table's name as SQL (schema-qualified where needed). */
  t(name: string): string;
  /** SQL true when text column `col` contains the next parameter. */
  contains(col: string): string;
  /**
   * The full-text match over read_search (alias `s`): a FROM fragment and a WHERE fragment
   * taking one parameter, and the parameter for a search-box query.
   */
  searchFrom(): string;
  searchWhere(): string;
  searchParam(query: string): string;
  /**
   * How to name read_events `e` when the timeline is filtered by columns only (no entity
   * filter): SQLite is told to walk the covering timeline index in order (its planner would
   * look rows up by date or type instead); PostgreSQL's planner, with statistics, picks itself.
   */
  timelineScan?(table: string): string;
  /** The order of search rows within a kind (default `s.ord`). */
  searchOrder?(): string;
}

/** Neighbours an entity page lists, at most. */
export const MAX_NEIGHBOURS = 30;
/**
 * Neighbours are counted over an entity's first this many timeline events and documents:
 * exact for all but the few entities in more, bounded work for those (a country in 20,000
 * reports). A document names about ten entities, an event three, hence fewer documents.
 */
export const NEIGHBOUR_EVENTS = 2000;
export const NEIGHBOUR_DOCUMENTS = 500;

const json = <T>(v: unknown): T => JSON.parse(String(v)) as T;
const num = (v: unknown): number => Number(v ?? 0);
const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/** A WHERE clause under construction: SQL fragments joined by AND and their parameters in order. */
class Where {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];
  add(sql: string, ...params: unknown[]): this {
    this.parts.push(sql);
    this.params.push(...params);
    return this;
  }
  get sql(): string {
    return this.parts.length ? this.parts.join(' AND ') : '1 = 1';
  }
}

export class CorpusReadSql implements CorpusReader {
  constructor(private readonly d: ReadDialect) {}

  private t(name: string): string {
    return this.d.t(name);
  }

  /** Columns of the rows of a table with these ids (each once), read 500 ids a statement; `where` narrows them. */
  private async byIds(table: string, columns: string, ids: readonly string[], where?: string): Promise<Row[]> {
    const unique = [...new Set(ids)];
    const out: Row[] = [];
    for (let i = 0; i < unique.length; i += 500) {
      const part = unique.slice(i, i + 500);
      out.push(...(await this.d.all(`SELECT ${columns} FROM ${this.t(table)} WHERE ${where ? `${where} AND ` : ''}id IN (${marks(part.length)})`, part)));
    }
    return out;
  }

  /**
   * SQL selecting the ids of the entities filter values stand for: an exact id, else every
   * entity whose name or an alias contains the value (any case). Null when nothing matches.
   */
  private async entitySet(values: readonly string[]): Promise<{ sql: string; params: unknown[] } | null> {
    if (!values.length) return null;
    const exact = new Set((await this.d.all(`SELECT id FROM ${this.t('read_entities')} WHERE id IN (${marks(values.length)})`, values)).map((r) => String(r.id)));
    const names = values.filter((v) => !exact.has(v)).map((v) => v.toLowerCase());
    const ors = [...(exact.size ? [`id IN (${marks(exact.size)})`] : []), ...names.map(() => this.d.contains('names_key'))];
    return { sql: `SELECT id FROM ${this.t('read_entities')} WHERE ${ors.join(' OR ')}`, params: [...exact, ...names] };
  }

  /** SQL selecting the documents a source filter stands for: exact ids, else publisher or source containing the value. */
  private async documentSet(values: readonly string[]): Promise<{ sql: string; params: unknown[] }> {
    const exact = new Set((await this.d.all(`SELECT id FROM ${this.t('read_documents')} WHERE id IN (${marks(values.length)})`, values)).map((r) => String(r.id)));
    const names = values.filter((v) => !exact.has(v)).map((v) => v.toLowerCase());
    const ors = [...(exact.size ? [`id IN (${marks(exact.size)})`] : []), ...names.map(() => `(${this.d.contains('publisher_key')} OR ${this.d.contains('source_key')})`)];
    return { sql: `SELECT id FROM ${this.t('read_documents')} WHERE ${ors.join(' OR ')}`, params: [...exact, ...names.flatMap((n) => [n, n])] };
  }

  /** The timeline filters as a WHERE over read_events `e` (timeline events only). */
  private async timelineWhere(q: TimelineFilter): Promise<Where | null> {
    const w = new Where().add('e.tl_pos IS NOT NULL');
    if (q.entity?.length) {
      const set = await this.entitySet(q.entity);
      if (!set) return null;
      w.add(`e.id IN (SELECT p.event_id FROM ${this.t('read_event_entities')} p WHERE p.role <> 'country' AND p.entity_id IN (${set.sql}))`, ...set.params);
    }
    if (q.type?.length) {
      const types = [...new Set(q.type.map((t) => t.toUpperCase()))];
      w.add(`(e.type_key IN (${marks(types.length)}) OR e.kind_key IN (${marks(types.length)}))`, ...types, ...types);
    }
    if (q.topic?.length) {
      const topics = [...new Set(q.topic.map((t) => `|${t.toLowerCase()}|`))];
      w.add(`(${topics.map(() => this.d.contains('e.topics_key')).join(' OR ')})`, ...topics);
    }
    if (q.source?.length) {
      const set = await this.documentSet(q.source);
      w.add(`e.id IN (SELECT pd.event_id FROM ${this.t('read_event_documents')} pd WHERE pd.document_id IN (${set.sql}))`, ...set.params);
    }
    if (q.q !== undefined && q.q.trim()) {
      w.add(`e.id IN (SELECT s.ref FROM ${this.d.searchFrom()} WHERE ${this.d.searchWhere()} AND s.kind = 'event')`, this.d.searchParam(q.q));
    }
    if (q.planned !== undefined) w.add('e.planned = ?', q.planned ? 1 : 0);
    if (q.from) w.add('e.date_end >= ?', q.from);
    // A date up to `to`, or inside it ("2023-10-05" is within to=2023-10): below `to` followed by '~'.
    if (q.to) w.add('e.date < ?', `${q.to}~`);
    if (q.undated === 'false' || q.from || q.to) w.add('e.date IS NOT NULL');
    if (q.undated === 'only') w.add('e.date IS NULL');
    if (q.top !== undefined) {
      const inner = new Where();
      inner.parts.push(...w.parts);
      inner.params.push(...w.params);
      w.add(`e.id IN (SELECT e.id FROM ${this.t('read_events')} e WHERE ${inner.sql} ORDER BY e.top_rank LIMIT ?)`, ...inner.params, q.top);
    }
    return w;
  }

  async timelinePage(q: TimelineFilter): Promise<Page<TimelineItem>> {
    const w = await this.timelineWhere(q);
    if (!w) return { total: 0, offset: q.offset, limit: q.limit, items: [] };
    const scan = !q.entity?.length && this.d.timelineScan ? this.d.timelineScan(this.t('read_events')) : `${this.t('read_events')} e`;
    let ids = `SELECT e.id FROM ${scan} WHERE ${w.sql}`;
    let params = w.params;
    if (q.dates !== undefined || q.perDate !== undefined) {
      // Summarised as buildTimeline's summarise does: each date's events by newsworthiness
      // (score_rank), a date's score its best 5 events' scores decaying 1/rank; the N best
      // dates, K events each.
      const ranked = `SELECT e.id, e.date, e.news_score, ROW_NUMBER() OVER (PARTITION BY e.date ORDER BY e.score_rank) AS rn FROM ${this.t('read_events')} e WHERE ${w.sql} AND e.date IS NOT NULL`;
      const dates = `SELECT r.date FROM r GROUP BY r.date ORDER BY sum(CASE WHEN r.rn <= 5 THEN r.news_score / r.rn ELSE 0 END) DESC, r.date${q.dates !== undefined ? ' LIMIT ?' : ''}`;
      ids = `WITH r AS (${ranked}), best AS (${dates}) SELECT r.id FROM r WHERE r.date IN (SELECT date FROM best)${q.perDate !== undefined ? ' AND r.rn <= ?' : ''}`;
      params = [...w.params, ...(q.dates !== undefined ? [q.dates] : []), ...(q.perDate !== undefined ? [q.perDate] : [])];
      const picked = (await this.d.all(ids, params)).map((r) => String(r.id));
      if (!picked.length) return { total: 0, offset: q.offset, limit: q.limit, items: [] };
      const rows = await this.d.all(`SELECT item FROM ${this.t('read_events')} WHERE id IN (${marks(picked.length)}) ORDER BY tl_pos LIMIT ? OFFSET ?`, [...picked, q.limit, q.offset]);
      return { total: picked.length, offset: q.offset, limit: q.limit, items: rows.map((r) => json<TimelineItem>(r.item)) };
    }
    const [count, rows] = await Promise.all([
      this.d.all(`SELECT count(*) AS n FROM (${ids}) x`, params),
      this.d.all(`SELECT e.item FROM ${scan} WHERE ${w.sql} ORDER BY e.tl_pos LIMIT ? OFFSET ?`, [...params, q.limit, q.offset]),
    ]);
    return { total: num(count[0]?.n), offset: q.offset, limit: q.limit, items: rows.map((r) => json<TimelineItem>(r.item)) };
  }

  async eventById(id: string): Promise<EventRecord | null> {
    const rows = await this.d.all(
      `SELECT c.data, e.item, e.tl_pos FROM ${this.t('read_events')} e JOIN ${this.t('corpus_events')} c ON c.id = e.id WHERE e.id = ?`,
      [id],
    );
    const row = rows[0];
    if (!row) return null;
    const disagreements = (await this.d.all(`SELECT item FROM ${this.t('read_discrepancies')} WHERE ref = ? ORDER BY seq`, [id])).map((r) => json<Discrepancy>(r.item));
    return { event: json<Event>(row.data), item: json<TimelineItem>(row.item), listed: row.tl_pos !== null && row.tl_pos !== undefined, disagreements };
  }

  async entityList(q: EntityFilter): Promise<Page<EntityListItem>> {
    const w = new Where();
    if (q.type) w.add('type = ?', q.type);
    if (q.q !== undefined) {
      const set = await this.entitySet([q.q]);
      if (set) w.add(`id IN (${set.sql})`, ...set.params);
    }
    const [count, rows] = await Promise.all([
      this.d.all(`SELECT count(*) AS n FROM ${this.t('read_entities')} WHERE ${w.sql}`, w.params),
      this.d.all(`SELECT item FROM ${this.t('read_entities')} WHERE ${w.sql} ORDER BY rank LIMIT ? OFFSET ?`, [...w.params, q.limit, q.offset]),
    ]);
    return { total: num(count[0]?.n), offset: q.offset, limit: q.limit, items: rows.map((r) => json<EntityListItem>(r.item)) };
  }

  async entityNames(ids: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const r of await this.byIds('read_entities', 'id, name', ids)) out.set(String(r.id), String(r.name));
    return out;
  }

  async pickEntity(value: string): Promise<Entity | null> {
    const set = await this.entitySet([value]);
    if (!set) return null;
    const rows = await this.d.all(`SELECT c.data FROM ${this.t('read_entities')} e JOIN ${this.t('corpus_entities')} c ON c.id = e.id WHERE e.id IN (${set.sql}) ORDER BY e.rank LIMIT 1`, set.params);
    return rows[0] ? json<Entity>(rows[0].data) : null;
  }

  async entityById(id: string, page: PageRequest): Promise<EntityRecord | null> {
    const rows = await this.d.all(`SELECT data FROM ${this.t('corpus_entities')} WHERE id = ?`, [id]);
    if (!rows[0]) return null;
    const entity = json<Entity>(rows[0].data);
    const ev = this.t('read_event_entities');
    const ed = this.t('read_entity_documents');
    const [evCount, events, docCount, documents, quotes, claims, byEvents, byDocuments] = await Promise.all([
      this.d.all(`SELECT count(*) AS n FROM ${ev} WHERE entity_id = ? AND role <> 'country' AND tl_pos IS NOT NULL`, [id]),
      this.d.all(
        `SELECT e.item FROM ${ev} p JOIN ${this.t('read_events')} e ON e.id = p.event_id WHERE p.entity_id = ? AND p.role <> 'country' AND p.tl_pos IS NOT NULL ORDER BY p.tl_pos LIMIT ? OFFSET ?`,
        [id, page.limit, page.offset],
      ),
      this.d.all(`SELECT count(*) AS n FROM ${ed} p JOIN ${this.t('read_documents')} d ON d.id = p.document_id WHERE p.entity_id = ?`, [id]),
      this.d.all(`SELECT d.item FROM ${ed} p JOIN ${this.t('read_documents')} d ON d.id = p.document_id WHERE p.entity_id = ? ORDER BY p.doc_ord LIMIT ? OFFSET ?`, [id, page.limit, page.offset]),
      this.d.all(`SELECT item FROM ${this.t('read_quotes')} WHERE speaker = ? ORDER BY seq LIMIT ?`, [id, page.limit]),
      this.d.all(`SELECT item FROM ${this.t('read_claims')} WHERE claimant = ? ORDER BY seq LIMIT ?`, [id, page.limit]),
      // Entities sharing timeline events (as participant or place) and documents with this one.
      this.d.all(
        `SELECT o.entity_id AS id, count(DISTINCT o.event_id) AS n
         FROM (SELECT event_id FROM ${ev} WHERE entity_id = ? AND role <> 'country' AND tl_pos IS NOT NULL ORDER BY tl_pos LIMIT ${NEIGHBOUR_EVENTS}) p
         JOIN ${ev} o ON o.event_id = p.event_id WHERE o.role <> 'country' AND o.entity_id <> ? GROUP BY o.entity_id`,
        [id, id],
      ),
      this.d.all(
        `SELECT o.entity_id AS id, count(*) AS n FROM ${ed} p JOIN ${ed} o ON o.document_id = p.document_id
         WHERE p.entity_id = ? AND p.doc_ord < ${NEIGHBOUR_DOCUMENTS} AND o.entity_id <> ? GROUP BY o.entity_id`,
        [id, id],
      ),
    ]);
    const co = new Map<string, { events: number; documents: number }>();
    for (const r of byEvents) co.set(String(r.id), { events: num(r.n), documents: 0 });
    for (const r of byDocuments) {
      const c = co.get(String(r.id)) ?? { events: 0, documents: 0 };
      c.documents = num(r.n);
      co.set(String(r.id), c);
    }
    // The strongest first: a shared event counts twice a shared document.
    const strength = (c: { events: number; documents: number }): number => 2 * c.events + c.documents;
    const stronger = (a: { events: number; documents: number }, b: { events: number; documents: number }): number => strength(b) - strength(a) || b.events - a.events;
    const top = [...co.entries()].sort((a, b) => stronger(a[1], b[1]));
    // Names break ties: read the names of all candidates tied with the last one kept.
    const cutoff = top[Math.min(MAX_NEIGHBOURS, top.length) - 1];
    const candidates = cutoff ? top.filter(([, c]) => stronger(c, cutoff[1]) <= 0) : [];
    const info = new Map<string, { name: string; type: Entity['type'] }>();
    for (const r of await this.byIds('read_entities', 'id, name, type', candidates.map(([k]) => k))) info.set(String(r.id), { name: String(r.name), type: String(r.type) as Entity['type'] });
    const coOccurring = candidates
      .filter(([k]) => info.has(k))
      .map(([k, c]) => ({ id: k, name: info.get(k)!.name, type: info.get(k)!.type, ...c }))
      .sort((a, b) => stronger(a, b) || a.name.localeCompare(b.name))
      .slice(0, MAX_NEIGHBOURS);
    return {
      entity,
      events: { total: num(evCount[0]?.n), offset: page.offset, limit: page.limit, items: events.map((r) => json<TimelineItem>(r.item)) },
      documents: { total: num(docCount[0]?.n), offset: page.offset, limit: page.limit, items: documents.map((r) => json<DocumentListItem>(r.item)) },
      quotes: quotes.map((r) => json<QuoteRecord>(r.item)),
      claims: claims.map((r) => json<ClaimRecord>(r.item)),
      coOccurring,
    };
  }

  async relationshipEvents(a: Entity, b: Entity): Promise<TimelineItem[]> {
    const ev = this.t('read_event_entities');
    const rows = await this.d.all(
      `SELECT e.item FROM ${this.t('read_events')} e WHERE e.tl_pos IS NOT NULL
       AND e.id IN (SELECT event_id FROM ${ev} WHERE entity_id = ?) AND e.id IN (SELECT event_id FROM ${ev} WHERE entity_id = ?) ORDER BY e.tl_pos`,
      [a.id, b.id],
    );
    return rows.map((r) => json<TimelineItem>(r.item));
  }

  async documentPage(q: DocumentFilter): Promise<Page<DocumentListItem>> {
    const w = new Where();
    if (q.q) {
      const s = q.q.toLowerCase();
      w.add(`(${this.d.contains('title_key')} OR ${this.d.contains('source_key')})`, s, s);
    }
    if (q.publisher) w.add(this.d.contains('publisher_key'), q.publisher.toLowerCase());
    if (q.from) w.add('published >= ?', q.from);
    if (q.to) w.add('published < ?', `${q.to}~`);
    const [count, rows] = await Promise.all([
      this.d.all(`SELECT count(*) AS n FROM ${this.t('read_documents')} WHERE ${w.sql}`, w.params),
      this.d.all(`SELECT item FROM ${this.t('read_documents')} WHERE ${w.sql} ORDER BY ord LIMIT ? OFFSET ?`, [...w.params, q.limit, q.offset]),
    ]);
    return { total: num(count[0]?.n), offset: q.offset, limit: q.limit, items: rows.map((r) => json<DocumentListItem>(r.item)) };
  }

  async documentById(id: string): Promise<DocumentRecord | null> {
    const rows = await this.d.all(`SELECT item, published_evidence FROM ${this.t('read_documents')} WHERE id = ?`, [id]);
    if (!rows[0]) return null;
    const [events, entities] = await Promise.all([
      this.d.all(
        `SELECT c.data, e.item FROM ${this.t('read_event_documents')} p JOIN ${this.t('read_events')} e ON e.id = p.event_id JOIN ${this.t('corpus_events')} c ON c.id = e.id
         WHERE p.document_id = ? AND p.tl_pos IS NOT NULL ORDER BY e.tl_pos`,
        [id],
      ),
      this.d.all(`SELECT e.id, e.name, e.type, e.names_key FROM ${this.t('read_entity_documents')} p JOIN ${this.t('read_entities')} e ON e.id = p.entity_id WHERE p.document_id = ? ORDER BY e.ord`, [id]),
    ]);
    return {
      item: json<DocumentListItem>(rows[0].item),
      published: json<DateEvidence>(rows[0].published_evidence),
      events: events.map((r) => ({ event: json<Event>(r.data), item: json<TimelineItem>(r.item) })),
      entities: entities.map((r) => ({ id: String(r.id), name: String(r.name), type: String(r.type) as Entity['type'], names: String(r.names_key).split('\n') })),
    };
  }

  async labels(documentIds: readonly string[], eventIds: readonly string[]): Promise<{ documents: Map<string, DocumentListItem>; events: Map<string, string> }> {
    const documents = new Map<string, DocumentListItem>();
    const events = new Map<string, string>();
    for (const r of await this.byIds('read_documents', 'id, item', documentIds)) documents.set(String(r.id), json<DocumentListItem>(r.item));
    for (const r of await this.byIds('read_events', 'id, item', eventIds, 'tl_pos IS NOT NULL')) events.set(String(r.id), json<TimelineItem>(r.item).headline);
    return { documents, events };
  }

  async quotePage(q: QuoteFilter): Promise<Page<QuoteItem>> {
    const w = new Where();
    if (q.speaker !== undefined) {
      const set = await this.entitySet([q.speaker]);
      w.add(set ? `speaker IN (${set.sql})` : '1 = 0', ...(set?.params ?? []));
    }
    if (q.document !== undefined) w.add('document_id = ?', q.document);
    if (q.q) w.add(this.d.contains('text_key'), q.q.toLowerCase());
    const [count, rows] = await Promise.all([
      this.d.all(`SELECT count(*) AS n FROM ${this.t('read_quotes')} WHERE ${w.sql}`, w.params),
      this.d.all(
        `SELECT q.item, e.name FROM (SELECT seq, speaker, item FROM ${this.t('read_quotes')} WHERE ${w.sql} ORDER BY seq LIMIT ? OFFSET ?) q
         LEFT JOIN ${this.t('read_entities')} e ON e.id = q.speaker ORDER BY q.seq`,
        [...w.params, q.limit, q.offset],
      ),
    ]);
    const items = rows.map((r) => {
      const quote = json<QuoteRecord>(r.item);
      return { ...quote, speakerName: quote.speaker ? (r.name === null || r.name === undefined ? quote.speaker : String(r.name)) : null };
    });
    return { total: num(count[0]?.n), offset: q.offset, limit: q.limit, items };
  }

  async claimPage(q: ClaimFilter): Promise<Page<ClaimRecord>> {
    const w = new Where();
    if (q.subject) w.add(this.d.contains('subject_key'), q.subject.toLowerCase());
    if (q.claimant !== undefined) {
      const set = await this.entitySet([q.claimant]);
      w.add(set ? `claimant IN (${set.sql})` : '1 = 0', ...(set?.params ?? []));
    }
    if (q.document !== undefined) w.add('document_id = ?', q.document);
    return this.page('read_claims', w, q);
  }

  async discrepancyPage(q: PageRequest): Promise<Page<Discrepancy>> {
    return this.page('read_discrepancies', new Where(), q);
  }

  private async page<T>(name: string, w: Where, q: PageRequest): Promise<Page<T>> {
    const [count, rows] = await Promise.all([
      this.d.all(`SELECT count(*) AS n FROM ${this.t(name)} WHERE ${w.sql}`, w.params),
      this.d.all(`SELECT item FROM ${this.t(name)} WHERE ${w.sql} ORDER BY seq LIMIT ? OFFSET ?`, [...w.params, q.limit, q.offset]),
    ]);
    return { total: num(count[0]?.n), offset: q.offset, limit: q.limit, items: rows.map((r) => json<T>(r.item)) };
  }

  async searchCounts(query: string): Promise<Record<CorpusSearchKind, number>> {
    const out: Record<CorpusSearchKind, number> = { entity: 0, event: 0, quote: 0 };
    const rows = await this.d.all(`SELECT s.kind, count(*) AS n FROM ${this.d.searchFrom()} WHERE ${this.d.searchWhere()} GROUP BY s.kind`, [this.d.searchParam(query)]);
    for (const r of rows) out[String(r.kind) as CorpusSearchKind] = num(r.n);
    return out;
  }

  async searchCorpus(query: string, kind: CorpusSearchKind, offset: number, limit: number): Promise<CorpusSearchRow[]> {
    const rows = await this.d.all(
      `SELECT s.ref, s.title, s.hay, s.span_start, s.span_end FROM ${this.d.searchFrom()} WHERE ${this.d.searchWhere()} AND s.kind = ? ORDER BY ${this.d.searchOrder?.() ?? 's.ord'} LIMIT ? OFFSET ?`,
      [this.d.searchParam(query), kind, limit, offset],
    );
    return rows.map((r) => ({ id: String(r.ref), title: String(r.title), text: String(r.hay), start: r.span_start === null ? null : num(r.span_start), end: r.span_end === null ? null : num(r.span_end) }));
  }

  async corpusStats(): Promise<CorpusStats> {
    const c = (name: string, where = ''): string => `(SELECT count(*) FROM ${this.t(name)}${where ? ` WHERE ${where}` : ''})`;
    const rows = await this.d.all(
      `SELECT ${c('read_documents')} AS documents, ${c('read_entities')} AS entities, ${c('read_events')} AS events, ${c('read_events', 'tl_pos IS NOT NULL')} AS timeline,
              ${c('read_events', 'tl_pos IS NOT NULL AND date IS NULL')} AS undated, ${c('read_quotes')} AS quotes, ${c('read_claims')} AS claims, ${c('read_discrepancies')} AS discrepancies`,
      [],
    );
    const r = rows[0] ?? {};
    return {
      documents: num(r.documents), entities: num(r.entities), events: num(r.events), timeline: num(r.timeline), undated: num(r.undated),
      quotes: num(r.quotes), claims: num(r.claims), discrepancies: num(r.discrepancies),
    };
  }

  async facets(): Promise<CorpusFacets> {
    const byCount = (a: { value: string; count: number }, b: { value: string; count: number }): number => b.count - a.count || a.value.localeCompare(b.value);
    const counted = (rows: Row[]): { value: string; count: number }[] => rows.map((r) => ({ value: String(r.value), count: num(r.n) })).sort(byCount);
    const [types, topicRows, publishers, entities] = await Promise.all([
      this.d.all(`SELECT type AS value, count(*) AS n FROM ${this.t('read_events')} WHERE tl_pos IS NOT NULL GROUP BY type`, []),
      this.d.all(`SELECT topics AS value, count(*) AS n FROM ${this.t('read_events')} WHERE tl_pos IS NOT NULL GROUP BY topics`, []),
      this.d.all(`SELECT publisher AS value, count(*) AS n FROM ${this.t('read_documents')} WHERE publisher IS NOT NULL AND publisher <> '' GROUP BY publisher`, []),
      this.d.all(
        `SELECT p.entity_id AS value, count(*) AS n FROM ${this.t('read_event_entities')} p JOIN ${this.t('read_events')} e ON e.id = p.event_id
         WHERE p.tl_pos IS NOT NULL AND p.role = 'participant' GROUP BY p.entity_id`,
        [],
      ),
    ]);
    // Each distinct topic list once, its topics counted as often as events carry them.
    const topics = new Map<string, number>();
    for (const r of topicRows) for (const t of String(r.value).split('\n').filter(Boolean)) topics.set(t, (topics.get(t) ?? 0) + num(r.n));
    const top = counted(entities).slice(0, 200);
    const names = await this.entityNames(top.map((x) => x.value));
    return {
      types: counted(types),
      topics: [...topics.entries()].map(([value, count]) => ({ value, count })).sort(byCount),
      publishers: counted(publishers),
      entities: top.map((x) => ({ ...x, name: names.get(x.value) ?? x.value })),
    };
  }
}

/** The reader's methods, bound, to put on a store (the stores declare `interface X extends CorpusReader`). */
export function attachReader(target: object, reader: CorpusReadSql): void {
  for (const name of Object.getOwnPropertyNames(CorpusReadSql.prototype)) {
    if (name === 'constructor' || name.startsWith('_')) continue;
    const fn = (reader as unknown as Record<string, unknown>)[name];
    if (typeof fn === 'function') Object.defineProperty(target, name, { value: fn.bind(reader), enumerable: false, configurable: true });
  }
}
