/**
 * The library's messages (every page and highlight, tags, page notes), recording a page's metadata and key
 * facts when a highlight is made on it, and `search` for `globalThis.margin`.
 */
import { LibraryIndex, type LibraryFilters, type SearchHit } from '../core/library/search.ts';
import { textFragment } from '../core/anchoring/text-fragment.ts';
import { browser } from '../shared/browser.ts';
import { LIBRARY_PAGE } from '../shared/library-page.ts';
import { backgroundMessages, broadcast, receive } from '../shared/messaging.ts';
import { getAnnotation } from '../storage/annotations.ts';
import type { Annotation, LibraryPage } from '../shared/types.ts';
import type { MarginDatabase } from '../storage/db.ts';
import {
  listAllAnnotations,
  listPageRecords,
  listPages,
  listTagNames,
  listTags,
  readAnnotationChunk,
  readAnnotationsById,
  savePageRecord,
  setAnnotationTags,
  updatePage,
} from '../storage/library.ts';
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
  const annotations = await listAllAnnotations(db);
  const pages = await listPages(db, annotations);
  const index = new LibraryIndex<Annotation, LibraryPage>();
  index.setPages(pages);
  index.addAll(annotations);
  return index.search(query, filters).map((a) => index.hit(a));
}

/** How long a page opened from the library may take to load and anchor its highlights (ms), and how often to ask. */
const OPEN_WAIT_MS = 15_000;
const OPEN_POLL_MS = 150;
/** Once the page answers, how long its highlights may take to be anchored before the passage counts as lost (ms). */
const ANCHOR_WAIT_MS = 3_000;

const pause = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/**
 * Opens a highlight's page in a new tab at the passage: the text-fragment link scrolls the browser there
 * even before Margin runs, then Margin's own anchoring (which survives edits a text fragment does not)
 * scrolls to and flashes the highlight. Resolves with `found: false` for a passage the page no longer has.
 */
export async function openAtPassage(db: MarginDatabase, id: string): Promise<{ tabId: number; found: boolean }> {
  const annotation = await getAnnotation(db, id);
  if (!annotation) throw new Error('This highlight is no longer in Margin.');
  const tab = await browser.tabs.create({ url: textFragment(annotation.url, annotation.quote), active: true });
  const tabId = tab.id!;
  const until = Date.now() + OPEN_WAIT_MS;
  let answered = false;
  while (!answered && Date.now() < until) {
    answered = await askPage(tabId, 'page/ping', {}).catch(() => false);
    if (!answered) await pause(OPEN_POLL_MS);
  }
  if (!answered) return { tabId, found: false };
  // The content script anchors its notes as it starts: ask until the highlight is drawn, or give up.
  for (const anchorUntil = Date.now() + ANCHOR_WAIT_MS; Date.now() < anchorUntil; await pause(OPEN_POLL_MS)) {
    if (await askPage(tabId, 'page/scroll-to', { annotationId: id }).catch(() => false)) return { tabId, found: true };
  }
  return { tabId, found: false };
}

/** Opens the library in a tab (menus, the shortcut, `globalThis.margin`). */
export async function openLibrary(): Promise<number | undefined> {
  const tab = await browser.tabs.create({ url: browser.runtime.getURL(LIBRARY_PAGE) });
  return tab.id;
}

export function handleLibraryMessages(db: MarginDatabase): void {
  receive(
    backgroundMessages,
    {
      'library/pages': ({ url }) => listPageRecords(db, url),
      'library/annotations': (range) => readAnnotationChunk(db, range),
      'library/annotations-by-id': ({ ids }) => readAnnotationsById(db, ids),
      'library/tags': () => listTags(db),
      'library/tag-names': () => listTagNames(db),
      'library/open': ({ id }) => openAtPassage(db, id),
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
