/**
 * The library's search for scripts (`globalThis.margin.search`): the library's own index
 * (`highlight-index.ts`: every word a prefix, over each highlight's quote, note and tags and its page's
 * title, site, note and tags, narrowed by filters) with the highlights themselves beside it, so a search
 * answers with whole highlights. The library page's Worker uses the index alone (`library-model.ts`) and
 * asks for the highlights it draws.
 */
import { HighlightIndex, siteOf, type IndexedHighlight, type IndexedPage, type LibraryFilters } from './highlight-index.ts';

export type { IndexedHighlight, IndexedPage, LibraryFilters } from './highlight-index.ts';

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

export class LibraryIndex<Annotation extends IndexedHighlight = IndexedHighlight, PageRecord extends IndexedPage = IndexedPage> {
  private readonly index = new HighlightIndex<PageRecord>();
  private readonly annotations = new Map<string, Annotation>();

  /** The pages the highlights belong to (for their title, site, note, tags and entities). */
  setPages(pages: readonly PageRecord[]): void {
    this.index.setPages(pages);
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
    return this.index.page(url);
  }

  /** Adds or replaces one highlight (a note edited in any tab). */
  upsert(a: Annotation): void {
    this.annotations.set(a.id, a);
    this.index.upsert(a);
  }

  remove(id: string): void {
    this.annotations.delete(id);
    this.index.remove(id);
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
    return this.index.find(query, filters).seqs.map((seq) => this.annotations.get(this.index.idAt(seq))!);
  }

  /** A highlight with its page's title and site, as `globalThis.margin.search` answers. */
  hit(a: Annotation): SearchHit {
    const page = this.index.page(a.url);
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
