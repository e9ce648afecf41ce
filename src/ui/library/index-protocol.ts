/** What the library page and its index Worker say to each other (structured-cloned, never sent outside the page). */
import type { HighlightStamp, LibraryAnswer, LibraryQuery } from '../../core/library/library-model.ts';
import type { Annotation, LibraryPage, PageRecord, TagCount } from '../../shared/types.ts';

/** From the page: data to hold (applied in order, in slices), or a query (answered at once). */
export type ToIndex =
  | { type: 'pages'; records: PageRecord[] }
  /** `announce`: tell the page at once when these are in (the first rows), whatever is read after them. */
  | { type: 'add'; annotations: Annotation[]; announce?: boolean }
  | { type: 'replace-page'; url: string; annotations: Annotation[] }
  | { type: 'begin-sync' }
  | { type: 'end-sync' }
  | { type: 'query'; id: number; query: LibraryQuery };

/**
 * From the Worker: a query's answer; what changed in the data (pages with counts, tags, highlights held);
 * or, while everything is read, only how many highlights are indexed so far.
 */
export type FromIndex =
  /** The rows as stamps (id, version): the Worker keeps no quote or note, the page fetches the rows it draws. */
  | { type: 'answer'; id: number; answer: LibraryAnswer<HighlightStamp, PageRecord> }
  | { type: 'progress'; size: number }
  /** Without `pages` the page keeps those it has (the first rows are drawn before thousands of pages). */
  | { type: 'state'; pages?: LibraryPage[]; tags: TagCount[]; size: number; idle: boolean }
  | { type: 'error'; message: string };
