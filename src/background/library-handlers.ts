/**
 * The library's messages (every page and highlight, tags, page notes), recording a page's metadata and key
 * facts when a highlight is made on it, and `search` for `globalThis.margin`.
 */
import { LibraryIndex, type LibraryFilters, type SearchHit } from '../core/library/search.ts';
import { backgroundMessages, broadcast, receive } from '../shared/messaging.ts';
import type { Annotation, LibraryPage } from '../shared/types.ts';
import type { MarginDatabase } from '../storage/db.ts';
import { listAllAnnotations, listPages, listTags, savePageRecord, setAnnotationTags, updatePage } from '../storage/library.ts';
import { siteLookup } from './site-lookup.ts';
import { askPage } from './tabs.ts';

/**
 * Records what a page says about itself (title, author, date, key facts) after a highlight was saved on it.
 * Runs after the save and never fails it: a page that does not answer leaves a record with its address only.
 */
export async function recordPage(db: MarginDatabase, url: string, tabId: number | undefined): Promise<void> {
  try {
    const data = tabId === undefined ? {} : await askPage(tabId, 'page/export-data', {}).catch(() => ({}));
    await savePageRecord(db, url, data);
    broadcast('changed/library', { url });
  } catch (error) {
    console.warn('Margin: recording the page for the library', error);
  }
}

/** Highlights matching a query and filters, newest first: what the library finds, for scripts and tests. */
export async function searchLibrary(db: MarginDatabase, query: string, filters: LibraryFilters = {}): Promise<SearchHit[]> {
  const [pages, annotations] = await Promise.all([listPages(db), listAllAnnotations(db)]);
  const index = new LibraryIndex<Annotation, LibraryPage>();
  index.setPages(pages);
  index.addAll(annotations);
  return index.search(query, filters).map((a) => index.hit(a));
}

export function handleLibraryMessages(db: MarginDatabase): void {
  receive(
    backgroundMessages,
    {
      'library/pages': () => listPages(db),
      'library/annotations': () => listAllAnnotations(db),
      'library/tags': () => listTags(db),
      'library/page-update': async ({ url, note, tags }) => {
        const page = await updatePage(db, url, { note, tags });
        broadcast('changed/library', { url });
        return page;
      },
      'annotations/tags': async ({ id, tags }) => {
        const annotation = await setAnnotationTags(db, id, tags);
        if (annotation) broadcast('changed/annotations', { url: annotation.url });
        return annotation;
      },
    },
    siteLookup(db),
  );
}
