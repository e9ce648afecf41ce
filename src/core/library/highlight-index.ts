/**
 * The library's search index in little memory: for each highlight only what search, filters, order and
 * counts read (its id, page, time, colour, tags, version), never its quote or note. Which highlights have
 * which word is FlexSearch's job: an `Index` of whole words (`strict`), with `fastupdate` so a changed or
 * removed highlight leaves it at once. What FlexSearch cannot do in that memory stays here: a query word
 * matches every word it begins (found as the reader types), so it is expanded over the sorted vocabulary
 * and FlexSearch's whole-word answers are joined; highlights come newest first; filters read the fields
 * above. A page's title, site, note and tags are indexed once per page (a second `Index`), not in each of
 * its highlights.
 *
 * Why not FlexSearch's own prefix search: measured on 100,000 generated highlights (quote + note, Node 20,
 * `scripts/bench-library/index-memory.ts`), its `forward` tokenizer (every prefix of every word stored)
 * took 99-155 MB; whole words take a fraction of that. FlexSearch's `Encoder` turns text into words (case,
 * accents, repeated letters) for both indexes and the queries, so they agree on spelling.
 */
import { Encoder, Index } from 'flexsearch';
import { Column, ints } from './columns.ts';

/** What the index reads of a highlight (Margin's `Annotation` has these and more). */
export interface IndexedHighlight {
  id: string;
  url: string;
  quote: { exact: string };
  note: string;
  color: string;
  tags?: string[];
  createdAt: string;
  /** Which copy of a highlight is newer (a chunk read before an edit can arrive after it). */
  version?: number;
  updatedAt?: string;
}

/** Which copy of a highlight the index holds: the page draws that copy, or a newer one. */
export interface HighlightStamp {
  id: string;
  version: number;
  /** `updatedAt` in milliseconds. */
  updated: number;
}

/** What the index reads of a page (Margin's `PageRecord` has these and more). */
export interface IndexedPage {
  url: string;
  title: string;
  site: string;
  note: string;
  tags: string[];
  entities: { people: string[]; organizations: string[]; places: string[] };
}

/** Filters the library offers beside the text; each set one must hold. Dates are days (YYYY-MM-DD), inclusive. */
export interface LibraryFilters {
  site?: string;
  tag?: string;
  color?: string;
  from?: string;
  to?: string;
  person?: string;
  organization?: string;
  place?: string;
}

/** One answer: the first `limit` matches (numbers, newest first), how many match, and their pages' keys. */
export interface FoundHighlights {
  seqs: number[];
  total: number;
  urls: string[];
}

/** Most words of a query that count (the match counter is one byte per highlight). */
const MAX_QUERY_WORDS = 200;
/** Drop words no longer indexed from the vocabulary once this many highlights or pages were removed. */
const PRUNE_AFTER = 2000;
/** Every id FlexSearch holds for a word (its default answers 100). */
const ALL = { limit: 2 ** 31 - 1 };
/**
 * FlexSearch options: whole words; `fastupdate` keeps, per id, where its words are, so removing one
 * touches only its own lists (without it, every list is scanned); one score slot, as order is by time.
 */
const WHOLE_WORDS = { tokenize: 'strict', fastupdate: true, resolution: 1 } as const;
const DAY_MS = 86_400_000;
const NONE: readonly string[] = [];

const lower = (s: string) => s.toLowerCase();

export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export class HighlightIndex<Page extends IndexedPage = IndexedPage> {
  private readonly encoder = new Encoder({ cache: 20_000 });
  // Per highlight number ("seq"): a changed highlight gets a new one, the old is dead until swept.
  private readonly idOf: (string | undefined)[] = [];
  private readonly seqOf = new Map<string, number>();
  private readonly pageOf = ints();
  private readonly msOf = new Column(new Float64Array(0));
  private readonly updatedOf = new Column(new Float64Array(0));
  private readonly versionOf = ints();
  private readonly colorOf = new Column(new Uint8Array(0));
  private readonly tagsOf: (readonly string[])[] = [];
  private readonly alive = new Column(new Uint8Array(0));
  private readonly colors: string[] = [];
  // Whole words: which highlights (by number) and which pages (by number) have each.
  private readonly highlightWords = new Index({ ...WHOLE_WORDS, encoder: this.encoder });
  private readonly pageWords = new Index({ ...WHOLE_WORDS, encoder: this.encoder });
  /** Every word indexed (some perhaps no longer, until pruned), and the same sorted when asked. */
  private readonly words = new Set<string>();
  private vocabulary: string[] | null = null;
  private removed = 0;
  // Pages by number: key, record, the highlights on it.
  private readonly pageNo = new Map<string, number>();
  private readonly urls: string[] = [];
  private readonly records: (Page | undefined)[] = [];
  private readonly onPage: Set<number>[] = [];
  /** Every live highlight, newest first (rebuilt after changes, when asked). */
  private order: Int32Array | null = null;
  private marks = new Uint8Array(0);

  get size(): number {
    return this.seqOf.size;
  }

  has(id: string): boolean {
    return this.seqOf.has(id);
  }

  ids(): string[] {
    return [...this.seqOf.keys()];
  }

  idAt(seq: number): string {
    return this.idOf[seq]!;
  }

  urlAt(seq: number): string {
    return this.urls[this.pageOf.data[seq]];
  }

  page(url: string): Page | undefined {
    const no = this.pageNo.get(url);
    return no === undefined ? undefined : this.records[no];
  }

  /** Which copy of a highlight is held (undefined when none is). */
  stamp(id: string): HighlightStamp | undefined {
    const seq = this.seqOf.get(id);
    return seq === undefined ? undefined : this.stampAt(seq);
  }

  stampAt(seq: number): HighlightStamp {
    return { id: this.idOf[seq]!, version: this.versionOf.data[seq], updated: this.updatedOf.data[seq] };
  }

  /** The ids of the highlights on a page. */
  idsOn(url: string): string[] {
    const no = this.pageNo.get(url);
    return no === undefined ? [] : [...this.onPage[no]].map((seq) => this.idOf[seq]!);
  }

  /** Every page with highlights: its key, how many, and when its first was made (ms). */
  *pagesWithHighlights(): Generator<{ url: string; count: number; first: number }> {
    for (let no = 0; no < this.urls.length; no++) {
      if (!this.onPage[no].size) continue;
      let first = Infinity;
      for (const seq of this.onPage[no]) first = Math.min(first, this.msOf.data[seq]);
      yield { url: this.urls[no], count: this.onPage[no].size, first };
    }
  }

  /** The tags of every highlight (lists without tags are left out). */
  *highlightTags(): Generator<readonly string[]> {
    for (const tags of this.tagsOf) if (tags.length) yield tags;
  }

  /** Every page record held. */
  pageRecords(): Page[] {
    return this.records.filter((r): r is Page => r !== undefined);
  }

  /** The pages the highlights belong to (their title, site, note and tags are searched; entities filter). */
  setPages(pages: readonly Page[]): void {
    const given = new Set<number>();
    for (const p of pages) {
      const no = this.pageNumber(p.url);
      given.add(no);
      const had = this.records[no];
      this.records[no] = p;
      if (!had || had.title !== p.title || had.site !== p.site || had.note !== p.note || had.tags.join('\n') !== p.tags.join('\n'))
        this.indexPage(no);
    }
    for (let no = 0; no < this.records.length; no++)
      if (this.records[no] && !given.has(no)) {
        this.records[no] = undefined;
        this.indexPage(no);
      }
  }

  /** Adds or replaces one highlight. */
  upsert(a: IndexedHighlight): void {
    this.remove(a.id);
    const seq = this.idOf.length;
    this.idOf.push(a.id);
    this.seqOf.set(a.id, seq);
    const page = this.pageNumber(a.url);
    this.pageOf.push(page);
    this.onPage[page].add(seq);
    this.msOf.push(Math.max(0, Date.parse(a.createdAt) || 0));
    this.updatedOf.push(Date.parse(a.updatedAt ?? '') || 0);
    this.versionOf.push(a.version ?? 0);
    let color = this.colors.indexOf(a.color);
    if (color < 0) color = this.colors.push(a.color) - 1;
    this.colorOf.push(color);
    this.tagsOf.push(a.tags?.length ? a.tags : NONE);
    this.alive.push(1);
    const text = [a.quote.exact, a.note, ...(a.tags ?? [])].join(' \n ');
    this.highlightWords.add(seq, text);
    this.learn(text);
    this.order = null;
  }

  remove(id: string): void {
    const seq = this.seqOf.get(id);
    if (seq === undefined) return;
    this.seqOf.delete(id);
    this.idOf[seq] = undefined;
    this.alive.data[seq] = 0;
    this.onPage[this.pageOf.data[seq]].delete(seq);
    this.tagsOf[seq] = NONE;
    this.highlightWords.remove(seq);
    this.order = null;
    this.countRemoval();
  }

  /**
   * The highlights matching every word of `text` (each a prefix of a word of the highlight or its page)
   * and every filter, newest first: the first `limit`, the count, and the pages they are on.
   */
  find(text: string, filters: LibraryFilters = {}, options: { url?: string | null; limit?: number } = {}): FoundHighlights {
    const order = this.newestFirst();
    const queryWords = this.wordsIn(text).slice(0, MAX_QUERY_WORDS);
    const marks = this.mark(queryWords);
    const pageOk = this.pagesPassing(filters, options.url);
    const limit = options.limit ?? Infinity;
    const color = filters.color ? this.colors.indexOf(filters.color) : -1;
    const tag = filters.tag && lower(filters.tag);
    const from = filters.from ? Date.parse(filters.from) : -Infinity;
    const to = filters.to ? Date.parse(filters.to) + DAY_MS : Infinity;
    const pages = new Uint8Array(this.urls.length);
    const seqs: number[] = [];
    let total = 0;
    for (let i = 0; i < order.length; i++) {
      const seq = order[i];
      if (marks && marks[seq] !== queryWords.length) continue;
      const page = this.pageOf.data[seq];
      if (pageOk && !pageOk[page]) continue;
      if (filters.color && this.colorOf.data[seq] !== color) continue;
      const ms = this.msOf.data[seq];
      if (ms < from || ms >= to) continue;
      if (tag && pageOk?.[page] !== 2 && !this.tagsOf[seq].some((t) => lower(t) === tag)) continue;
      if (seqs.length < limit) seqs.push(seq);
      total++;
      pages[page] = 1;
    }
    const urls: string[] = [];
    for (let no = 0; no < pages.length; no++) if (pages[no]) urls.push(this.urls[no]);
    return { seqs, total, urls };
  }

  /** The words of a text as the index keeps them (lower case, no accents, repeated letters once), each once. */
  private wordsIn(text: string): string[] {
    return [...new Set(this.encoder.encode(text))].filter((w) => w !== '');
  }

  private pageNumber(url: string): number {
    let no = this.pageNo.get(url);
    if (no === undefined) {
      no = this.urls.push(url) - 1;
      this.pageNo.set(url, no);
      this.onPage[no] = new Set();
      this.indexPage(no);
    }
    return no;
  }

  /** (Re-)indexes a page's own text: its record's title, site, note and tags, or its key's host. */
  private indexPage(no: number): void {
    const r = this.records[no];
    const text = [r?.title ?? '', r?.site || siteOf(this.urls[no]), r?.note ?? '', ...(r?.tags ?? [])].join(' \n ');
    if (this.pageWords.contain(no)) {
      this.pageWords.remove(no);
      this.countRemoval();
    }
    this.pageWords.add(no, text);
    this.learn(text);
  }

  /** Adds a text's words to the vocabulary. */
  private learn(text: string): void {
    for (const word of this.wordsIn(text))
      if (!this.words.has(word)) {
        this.words.add(word);
        this.vocabulary = null;
      }
  }

  /** After many removals, drops the words no highlight or page has any more (FlexSearch's lists too). */
  private countRemoval(): void {
    if (++this.removed < PRUNE_AFTER) return;
    this.removed = 0;
    this.highlightWords.cleanup();
    this.pageWords.cleanup();
    for (const word of this.words)
      if (!this.highlightWords.search(word, { limit: 1 }).length && !this.pageWords.search(word, { limit: 1 }).length) {
        this.words.delete(word);
        this.vocabulary = null;
      }
  }

  /**
   * Counts, per highlight, the query words matched in order (a highlight reaches word w only when it
   * matched every word before it), so a highlight matches when its count is the number of words.
   * Null for no words (everything matches).
   */
  private mark(queryWords: string[]): Uint8Array | null {
    if (!queryWords.length) return null;
    if (this.marks.length < this.idOf.length) this.marks = new Uint8Array(this.idOf.length * 1.25 + 64);
    const marks = this.marks;
    marks.fill(0);
    const vocabulary = this.sortedVocabulary();
    queryWords.forEach((query, w) => {
      for (const word of wordsStartingWith(vocabulary, query)) {
        for (const seq of this.highlightWords.search(word, ALL) as number[]) if (marks[seq] === w) marks[seq] = w + 1;
        for (const no of this.pageWords.search(word, ALL) as number[]) for (const seq of this.onPage[no]) if (marks[seq] === w) marks[seq] = w + 1;
      }
    });
    return marks;
  }

  /**
   * For the page-level filters (site, entities, one page) and tag: per page 0 (fails), 1 (passes) or 2
   * (passes, and its own tags hold the tag, so its highlights need not). Null when none is set.
   */
  private pagesPassing(f: LibraryFilters, url?: string | null): Uint8Array | null {
    if (!f.site && !f.tag && !f.person && !f.organization && !f.place && !url) return null;
    const ok = new Uint8Array(this.urls.length);
    const has = (names: string[] | undefined, wanted: string | undefined) => !wanted || (names ?? []).some((n) => lower(n) === lower(wanted));
    for (let no = 0; no < ok.length; no++) {
      const r = this.records[no];
      if (url && this.urls[no] !== url) continue;
      if (f.site && lower(r?.site || siteOf(this.urls[no])) !== lower(f.site)) continue;
      const e = r?.entities;
      if (!has(e?.people, f.person) || !has(e?.organizations, f.organization) || !has(e?.places, f.place)) continue;
      ok[no] = f.tag && (r?.tags ?? []).some((t) => lower(t) === lower(f.tag!)) ? 2 : 1;
    }
    return ok;
  }

  private sortedVocabulary(): string[] {
    this.vocabulary ??= [...this.words].sort();
    return this.vocabulary;
  }

  private newestFirst(): Int32Array {
    if (this.order) return this.order;
    const order = new Int32Array(this.seqOf.size);
    let n = 0;
    for (let seq = 0; seq < this.idOf.length; seq++) if (this.alive.data[seq]) order[n++] = seq;
    const ms = this.msOf.data;
    order.sort((a, b) => ms[b] - ms[a] || b - a);
    return (this.order = order);
  }
}

/** The words of a sorted vocabulary that begin with `prefix` (binary search to the first, then in order). */
export function wordsStartingWith(sorted: readonly string[], prefix: string): string[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < sorted.length && sorted[i].startsWith(prefix); i++) out.push(sorted[i]);
  return out;
}
