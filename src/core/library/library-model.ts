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
import { LibraryIndex, type IndexedHighlight, type IndexedPage, type LibraryFilters } from './search.ts';
import { countTags, type TagCount } from './tags.ts';

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

/** True when `b` is the same or an older copy of `a` (a chunk read before an edit can arrive after it). */
const notNewer = (a: ModelHighlight, b: ModelHighlight) => b.version < a.version || (b.version === a.version && b.updatedAt <= a.updatedAt);

export class LibraryModel<A extends ModelHighlight = ModelHighlight, P extends ModelPage = ModelPage> {
  readonly index = new LibraryIndex<A, P>();
  private records: P[] = [];
  private readonly counts = new Map<string, { count: number; first: string }>();
  private readonly byUrl = new Map<string, Set<string>>();
  /** Ids seen since the current resynchronisation began (null when none runs). */
  private seen: Set<string> | null = null;

  get size(): number {
    return this.index.size;
  }

  /** True between `beginSync` and `endSync`: everything is being read (again). */
  get syncing(): boolean {
    return this.seen !== null;
  }

  /** Replaces the page records; re-indexes the highlights of pages whose record changed. */
  setPages(records: readonly P[]): void {
    const changed = records.filter((r) => this.index.page(r.url)?.updatedAt !== r.updatedAt).map((r) => r.url);
    this.records = [...records];
    this.index.setPages(records);
    for (const url of changed) for (const id of this.byUrl.get(url) ?? []) this.index.upsert(this.index.get(id)!);
  }

  /** Adds or refreshes highlights (a chunk read from the database); unchanged ones are left alone. */
  addMany(list: readonly A[]): void {
    for (const a of list) {
      this.seen?.add(a.id);
      const had = this.index.get(a.id);
      if (had && notNewer(had, a)) continue;
      if (had) this.forget(had);
      this.index.upsert(a);
      this.remember(a);
    }
  }

  /** One page's highlights as they are now (an edit, delete or tag from any tab). */
  replacePage(url: string, list: readonly A[]): void {
    const keep = new Set(list.map((a) => a.id));
    for (const id of [...(this.byUrl.get(url) ?? [])]) if (!keep.has(id)) this.remove(id);
    this.addMany(list);
  }

  remove(id: string): void {
    const had = this.index.get(id);
    if (!had) return;
    this.forget(had);
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
    const records = new Map(this.records.map((r) => [r.url, r]));
    for (const [url, { first }] of this.counts) if (!records.has(url)) records.set(url, bare(url, first));
    return [...records.values()]
      .map((r) => ({ ...r, count: this.counts.get(r.url)?.count ?? 0 }))
      .filter((p) => p.count > 0 || p.note !== '' || p.tags.length > 0)
      .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  /** Every tag on highlights and pages, most used first. */
  tags(): TagCount[] {
    const lists: (readonly string[] | undefined)[] = this.records.map((r) => r.tags);
    for (const ids of this.byUrl.values()) for (const id of ids) lists.push(this.index.get(id)?.tags);
    return countTags(lists);
  }

  /** The highlights matching a query, newest first: the first `limit` of them and how many there are. */
  query(q: LibraryQuery): LibraryAnswer<A, P> {
    let found = this.index.search(q.text, q.filters);
    if (q.url) found = found.filter((a) => a.url === q.url);
    const narrowed = q.text.trim() !== '' || Object.values(q.filters).some(Boolean);
    const rows = found.slice(0, q.limit);
    return {
      rows,
      pages: [...new Set(rows.map((a) => a.url))].map((url) => this.index.page(url)).filter((p): p is P => p !== undefined),
      total: found.length,
      urls: narrowed ? [...new Set(found.map((a) => a.url))] : null,
    };
  }

  private remember(a: A): void {
    let ids = this.byUrl.get(a.url);
    if (!ids) this.byUrl.set(a.url, (ids = new Set()));
    ids.add(a.id);
    const c = this.counts.get(a.url);
    if (c) {
      c.count++;
      if (a.createdAt < c.first) c.first = a.createdAt;
    } else this.counts.set(a.url, { count: 1, first: a.createdAt });
  }

  private forget(a: A): void {
    this.byUrl.get(a.url)?.delete(a.id);
    const c = this.counts.get(a.url);
    if (c && --c.count === 0) {
      this.counts.delete(a.url);
      this.byUrl.delete(a.url);
    }
  }
}
