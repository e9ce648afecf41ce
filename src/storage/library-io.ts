/**
 * The library read whole for export (pages with their highlights), and highlights brought in from another
 * tool (Hypothesis) written as ordinary annotations, so they re-attach when their pages are opened.
 */
import type { HypothesisFile, HypothesisImportCounts } from '../core/export/hypothesis.ts';
import type { Annotation, PageRecord } from '../shared/types.ts';
import type { MarginDatabase } from './db.ts';
import { guardWrite } from './errors.ts';
import { bareRecord } from './library.ts';

/** A page and its highlights out of the Trash, in page order. */
export interface StoredPage {
  record: PageRecord;
  annotations: Annotation[];
}

const byPageOrder = (a: Annotation, b: Annotation) => a.position.start - b.position.start || a.createdAt.localeCompare(b.createdAt);

/**
 * Every page with highlights or a page note (or only the pages `urls`), newest saved first, each with its
 * highlights in page order. Read in one transaction, so an export is one consistent moment.
 */
export async function readLibrary(db: MarginDatabase, urls?: readonly string[]): Promise<StoredPage[]> {
  return db.transaction('r', db.annotations, db.pages, async () => {
    const rows = urls
      ? await db.annotations
          .where('url')
          .anyOf([...urls])
          .toArray()
      : await db.annotations.toArray();
    const records = urls ? (await db.pages.bulkGet([...urls])).filter((r): r is PageRecord => !!r) : await db.pages.toArray();
    const pages = new Map<string, StoredPage>(records.map((record) => [record.url, { record, annotations: [] }]));
    for (const a of rows) {
      if (a.deletedAt) continue;
      let page = pages.get(a.url);
      if (!page) pages.set(a.url, (page = { record: bareRecord(a.url, a.createdAt), annotations: [] }));
      page.annotations.push(a);
    }
    return [...pages.values()]
      .filter((p) => p.annotations.length > 0 || p.record.note.trim() !== '' || (urls?.includes(p.record.url) ?? false))
      .map((p) => ({ ...p, annotations: p.annotations.sort(byPageOrder) }))
      .sort((a, b) => b.record.savedAt.localeCompare(a.record.savedAt));
  });
}

/**
 * Writes a checked Hypothesis file's highlights as annotations (yellow, version 1). An id already here is
 * left as it is, so importing the same file twice adds nothing. A page without a record gets one with the
 * title Hypothesis recorded, so the library names it before it is opened.
 */
export async function importHighlights(db: MarginDatabase, file: HypothesisFile): Promise<HypothesisImportCounts> {
  const counts: HypothesisImportCounts = {
    highlights: file.highlights.length,
    added: 0,
    unchanged: 0,
    pageNotes: file.pageNotes,
    replies: file.replies,
  };
  return guardWrite(() =>
    db.transaction('rw', db.annotations, db.pages, async () => {
      const stored = await db.annotations.bulkGet(file.highlights.map((h) => h.id));
      const added: Annotation[] = [];
      file.highlights.forEach((h, i) => {
        if (stored[i]) {
          counts.unchanged++;
          return;
        }
        added.push({
          id: h.id,
          url: h.url,
          quote: h.quote,
          position: h.position,
          color: 'yellow',
          note: h.note,
          tags: [...new Set(h.tags)],
          createdAt: h.createdAt,
          updatedAt: h.updatedAt,
          version: 1,
        });
      });
      await db.annotations.bulkAdd(added);
      counts.added = added.length;

      const firstByPage = new Map<string, { savedAt: string; title?: string }>();
      for (const h of file.highlights) {
        const seen = firstByPage.get(h.url);
        if (!seen || h.createdAt < seen.savedAt) firstByPage.set(h.url, { savedAt: h.createdAt, title: h.title ?? seen?.title });
        else if (!seen.title && h.title) seen.title = h.title;
      }
      const urls = [...firstByPage.keys()];
      const records = await db.pages.bulkGet(urls);
      const missing = urls.filter((_, i) => !records[i]).map((url) => bareRecord(url, firstByPage.get(url)!.savedAt, firstByPage.get(url)!.title));
      await db.pages.bulkPut(missing);
      return counts;
    }),
  );
}
