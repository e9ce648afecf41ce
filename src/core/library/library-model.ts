/**
 * Everything the library page asks of its data, held where the search index is (the library's Worker):
 * every highlight out of the Trash, every page record, the count of highlights per page, the tags in use,
 * and the answer to one query (text, filters, one page) as the first rows the page draws plus totals.
 *
 * It is filled in pieces — the newest highlights first, then the rest in chunks — and kept in step with
 * changes from any tab: one page's highlights replaced, the page records replaced (highlights of a page
 * whose record changed are re-indexed, since the index holds its title, site, note and tags), or a full
 * resynchronisation that drops what the database no longer has.
 */
import { HighlightIndex, type HighlightStamp, type IndexedHighlight, type IndexedPage, type LibraryFilters } from './highlight-index.ts';
import { countTags, type TagCount } from './tags.ts';

export type { HighlightStamp } from './highlight-index.ts';

/** A page record as stored (the fields the model reads; the rest travels along). */
export interface ModelPage extends IndexedPage {
  savedAt: string;
  updatedAt: string;
}

export interface ModelHighlight extends IndexedHighlight {
  version: number;
  updatedAt: string;
}

export interface LibraryQuery {
  text: string;
  filters: LibraryFilters;
  /** Only this page's highlights. */
  url?: string | null;
  /** How many rows to return (the rest is counted). */
  limit: number;
}

export interface LibraryAnswer<A, P = ModelPage> {
  /** The first `limit` matching highlights, newest first. */
  rows: A[];
  /** The records of the pages of `rows` (their titles show before the whole list of pages has come). */
  pages: P[];
  /** How many match. */
  total: number;
  /** The pages with a match, or null when nothing narrows the list (every page shows). */
  urls: string[] | null;
}

/** A part of the highlights as the database hands them to the library page, and how many there are in all. */
export interface HighlightChunk<A, P = ModelPage> {
  annotations: A[];
  /** With the newest few: the records of their pages (the first rows show before the whole list of pages). */
  pages?: P[];
  /** Where the next chunk starts (the key to pass as `after`), or null after the last. */
  next: string | null;
  /** How many there are in all (with the first chunk of all of them; null otherwise). */
  total: number | null;
}

/** True when `b` is the same or an older copy than the one held (a chunk read before an edit can arrive after it). */
const notNewer = (held: HighlightStamp, b: ModelHighlight) => {
  const updated = Date.parse(b.updatedAt) || 0;
  return b.version < held.version || (b.version === held.version && updated <= held.updated);
};

/**
 * The model keeps no highlight itself, only the index (`HighlightIndex`: ids, pages, times, colours, tags
 * and the words): a query answers with the stamps (id, version) of the rows to draw, and the page fetches
 * those highlights. `A` is the highlights' type as they arrive.
 */
export class LibraryModel<A extends ModelHighlight = ModelHighlight, P extends ModelPage = ModelPage> {
  readonly index = new HighlightIndex<P>();
  /** Ids seen since the current resynchronisation began (null when none runs). */
  private seen: Set<string> | null = null;

  get size(): number {
    return this.index.size;
  }

  /** True between `beginSync` and `endSync`: everything is being read (again). */
  get syncing(): boolean {
    return this.seen !== null;
  }

  /** Replaces the page records (a page's title, site, note and tags are searched with its highlights). */
  setPages(records: readonly P[]): void {
    this.index.setPages(records);
  }

  /** Adds or refreshes highlights (a chunk read from the database); unchanged ones are left alone. */
  addMany(list: readonly A[]): void {
    for (const a of list) {
      this.seen?.add(a.id);
      const held = this.index.stamp(a.id);
      if (held && notNewer(held, a)) continue;
      this.index.upsert(a);
    }
  }

  /** One page's highlights as they are now (an edit, delete or tag from any tab). */
  replacePage(url: string, list: readonly A[]): void {
    const keep = new Set(list.map((a) => a.id));
    for (const id of this.index.idsOn(url)) if (!keep.has(id)) this.remove(id);
    this.addMany(list);
  }

  remove(id: string): void {
    this.index.remove(id);
  }

  /** Starts reading everything again: highlights not seen by `endSync` are no longer in the database. */
  beginSync(): void {
    this.seen = new Set();
  }

  endSync(): void {
    const seen = this.seen;
    this.seen = null;
    if (seen) for (const id of this.index.ids()) if (!seen.has(id)) this.remove(id);
  }

  /**
   * Every page with highlights or a note or tags of the reader's, newest first, with its count; a page with
   * highlights but no record (made before the library) is listed by its key.
   */
  pages(bare: (url: string, savedAt: string) => P): (P & { count: number })[] {
    const records = new Map(this.index.pageRecords().map((r) => [r.url, { ...r, count: 0 }]));
    for (const { url, count, first } of this.index.pagesWithHighlights()) {
      const record = records.get(url);
      if (record) record.count = count;
      else records.set(url, { ...bare(url, new Date(first).toISOString()), count });
    }
    return [...records.values()].filter((p) => p.count > 0 || p.note !== '' || p.tags.length > 0).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  /** Every tag on highlights and pages, most used first. */
  tags(): TagCount[] {
    return countTags([...this.index.pageRecords().map((r) => r.tags), ...this.index.highlightTags()]);
  }

  /** The highlights matching a query, newest first: the stamps of the first `limit` of them and how many there are. */
  query(q: LibraryQuery): LibraryAnswer<HighlightStamp, P> {
    const found = this.index.find(q.text, q.filters, { url: q.url, limit: q.limit });
    const narrowed = q.text.trim() !== '' || Object.values(q.filters).some(Boolean);
    const rows = found.seqs.map((seq) => this.index.stampAt(seq));
    const rowUrls = new Set(found.seqs.map((seq) => this.index.urlAt(seq)));
    return {
      rows,
      pages: [...rowUrls].map((url) => this.index.page(url)).filter((p): p is P => p !== undefined),
      total: found.total,
      urls: narrowed ? found.urls : null,
    };
  }
}
