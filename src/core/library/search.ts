/**
 * The library's search: full text over each highlight's quote, note and tags and its page's title, site and
 * note, found as the reader types (every word a prefix), narrowed by filters on site, tag, colour, date and
 * the people, organizations and places of the page.
 *
 * FlexSearch holds the index: measured on 100,000 generated highlights it answers a keystroke in 0.6 ms
 * (median; p95 50 ms) where MiniSearch took 46 ms (p95 493 ms), with less memory; see
 * src/ui/library/README.md and `scripts/bench-library/search-engines.ts`. Its slower build is done in
 * slices (`addAllInSlices`) so the page stays responsive while it runs.
 */
import { Index } from 'flexsearch';

/** What the index reads of a highlight (Margin's `Annotation` has these and more). */
export interface IndexedHighlight {
  id: string;
  url: string;
  quote: { exact: string };
  note: string;
  color: string;
  tags?: string[];
  createdAt: string;
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

/** One found highlight, with its page, as scripts receive it. */
export interface SearchHit {
  id: string;
  url: string;
  title: string;
  site: string;
  quote: string;
  note: string;
  color: string;
  tags: string[];
  createdAt: string;
}

/** How long one slice of index building may hold the main thread (ms), well under a 50 ms long task. */
export const INDEX_SLICE_MS = 12;
/** Most highlights one index holds (2^21): creation seconds × this + sequence stays an exact double. */
const SEQ_SPAN = 2 ** 21;

const lower = (s: string) => s.toLowerCase();

function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export class LibraryIndex<Annotation extends IndexedHighlight = IndexedHighlight, PageRecord extends IndexedPage = IndexedPage> {
  private readonly index = new Index({ tokenize: 'forward' });
  private readonly annotations = new Map<string, Annotation>();
  /**
   * The index knows each highlight by a small sequence number (fast for FlexSearch and for array lookups).
   * "Newest first" sorts plain numbers, creation second × SEQ_SPAN + sequence, in a typed array: several
   * times faster than sorting highlights by their ISO time when a short prefix matches most of the library.
   */
  private readonly seqs = new Map<string, number>();
  private readonly bySeq: (Annotation | undefined)[] = [];
  private readonly secondOf: number[] = [];
  private readonly msOf: number[] = [];
  private pages = new Map<string, PageRecord>();

  /** The pages the highlights belong to (for their title, site, note, tags and entities). */
  setPages(pages: readonly PageRecord[]): void {
    this.pages = new Map(pages.map((p) => [p.url, p]));
  }

  get size(): number {
    return this.annotations.size;
  }

  get(id: string): Annotation | undefined {
    return this.annotations.get(id);
  }

  ids(): string[] {
    return [...this.annotations.keys()];
  }

  page(url: string): PageRecord | undefined {
    return this.pages.get(url);
  }

  private text(a: Annotation): string {
    const page = this.pages.get(a.url);
    const site = page?.site || siteOf(a.url);
    return [a.quote.exact, a.note, ...(a.tags ?? []), page?.title ?? '', site, page?.note ?? '', ...(page?.tags ?? [])].join(' \n ');
  }

  /** Adds or replaces one highlight (a note edited in any tab). */
  upsert(a: Annotation): void {
    let seq = this.seqs.get(a.id);
    if (seq !== undefined) this.index.remove(seq);
    else {
      seq = this.bySeq.length;
      if (seq >= SEQ_SPAN) throw new Error(`The library index holds at most ${SEQ_SPAN} highlights.`);
      this.seqs.set(a.id, seq);
    }
    this.annotations.set(a.id, a);
    this.bySeq[seq] = a;
    const ms = Math.max(0, Date.parse(a.createdAt) || 0);
    this.msOf[seq] = ms;
    this.secondOf[seq] = Math.floor(ms / 1000);
    this.index.add(seq, this.text(a));
  }

  remove(id: string): void {
    const seq = this.seqs.get(id);
    if (seq === undefined) return;
    this.annotations.delete(id);
    this.seqs.delete(id);
    this.bySeq[seq] = undefined;
    this.index.remove(seq);
  }

  addAll(list: readonly Annotation[]): void {
    for (const a of list) this.upsert(a);
  }

  /**
   * Adds highlights in slices of at most `sliceMs`, yielding to the page between them (typing, scrolling and
   * drawing go on while a large library is indexed); `onProgress` gets the count so far.
   */
  async addAllInSlices(
    list: readonly Annotation[],
    options: { sliceMs?: number; onProgress?: (done: number) => void; signal?: AbortSignal } = {},
  ): Promise<void> {
    const sliceMs = options.sliceMs ?? INDEX_SLICE_MS;
    let i = 0;
    while (i < list.length) {
      if (options.signal?.aborted) return;
      const until = performance.now() + sliceMs;
      do this.upsert(list[i++]);
      while (i < list.length && performance.now() < until);
      options.onProgress?.(i);
      if (i < list.length) await new Promise((ok) => setTimeout(ok, 0));
    }
  }

  /** Highlights matching every word of `query` (as prefixes) and every filter, newest first. */
  search(query: string, filters: LibraryFilters = {}): Annotation[] {
    const words = query.trim();
    const seqs = words ? (this.index.search(words, { limit: this.annotations.size || 1 }) as number[]) : [...this.seqs.values()];
    const order = new Float64Array(seqs.length);
    for (let i = 0; i < seqs.length; i++) order[i] = this.secondOf[seqs[i]] * SEQ_SPAN + seqs[i];
    order.sort();
    const filtering = Object.values(filters).some(Boolean);
    const out: Annotation[] = [];
    // Newest second first; highlights made within the same second (few) are put in millisecond order.
    for (let end = order.length - 1; end >= 0;) {
      const second = Math.floor(order[end] / SEQ_SPAN);
      let start = end;
      while (start > 0 && Math.floor(order[start - 1] / SEQ_SPAN) === second) start--;
      if (start === end) {
        const a = this.bySeq[order[end] % SEQ_SPAN];
        if (a && (!filtering || this.matches(a, filters))) out.push(a);
        end--;
        continue;
      }
      const run: number[] = [];
      for (let i = end; i >= start; i--) run.push(order[i] % SEQ_SPAN);
      run.sort((x, y) => this.msOf[y] - this.msOf[x] || y - x);
      for (const seq of run) {
        const a = this.bySeq[seq];
        if (a && (!filtering || this.matches(a, filters))) out.push(a);
      }
      end = start - 1;
    }
    return out;
  }

  /** True when a highlight passes every filter (also for highlights not indexed yet). */
  matches(a: Annotation, f: LibraryFilters): boolean {
    const page = this.pages.get(a.url);
    if (f.color && a.color !== f.color) return false;
    if (f.site && lower(page?.site || siteOf(a.url)) !== lower(f.site)) return false;
    if (f.tag) {
      const tag = lower(f.tag);
      if (![...(a.tags ?? []), ...(page?.tags ?? [])].some((t) => lower(t) === tag)) return false;
    }
    const day = a.createdAt.slice(0, 10);
    if (f.from && day < f.from) return false;
    if (f.to && day > f.to) return false;
    const has = (names: string[] | undefined, wanted: string | undefined) => !wanted || (names ?? []).some((n) => lower(n) === lower(wanted));
    return has(page?.entities.people, f.person) && has(page?.entities.organizations, f.organization) && has(page?.entities.places, f.place);
  }

  /** A highlight with its page's title and site, as `globalThis.margin.search` answers. */
  hit(a: Annotation): SearchHit {
    const page = this.pages.get(a.url);
    return {
      id: a.id,
      url: a.url,
      title: page?.title ?? a.url,
      site: page?.site || siteOf(a.url),
      quote: a.quote.exact,
      note: a.note,
      color: a.color,
      tags: a.tags ?? [],
      createdAt: a.createdAt,
    };
  }
}
