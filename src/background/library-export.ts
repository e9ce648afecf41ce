/**
 * Exporting the library the way researchers' tools want it (a Markdown zip for Obsidian and Logseq, CSV,
 * BibTeX and CSL-JSON citations), one page's Markdown for the clipboard, and importing Hypothesis
 * annotations. The writers are in core/export; this module reads the database and answers the messages.
 */
import { citations } from '../core/export/citation.ts';
import { normalizeUrl } from '../core/url.ts';
import { libraryCsv } from '../core/export/csv.ts';
import { fromHypothesis, type HypothesisImportCounts } from '../core/export/hypothesis.ts';
import { libraryMarkdown, libraryMarkdownFiles } from '../core/export/library-markdown.ts';
import type { ColorMeanings, LibraryEntry, LibraryExportFile, LibraryExportFormat } from '../core/export/library-types.ts';
import { localDate } from '../core/export/file-name.ts';
import { zipFiles } from '../core/export/zip.ts';
import { browser } from '../shared/browser.ts';
import { backgroundMessages, broadcast, receive } from '../shared/messaging.ts';
import type { MarginDatabase } from '../storage/db.ts';
import { importHighlights, readLibrary, type StoredPage } from '../storage/library-io.ts';
import { readSettings } from '../storage/settings.ts';
import { siteLookup } from './site-lookup.ts';
import { notifyTabs } from './tabs.ts';

/** A stored page as the export writers take it. A record without a real title (only its key) has none. */
export function toEntry({ record, annotations }: StoredPage): LibraryEntry {
  return {
    page: {
      url: record.url,
      title: record.title === record.url ? '' : record.title,
      site: record.site || undefined,
      author: record.author,
      published: record.published,
      savedAt: record.savedAt,
      note: record.note,
      tags: record.tags,
      keyFacts: record.keyFacts.length
        ? record.keyFacts
        : [
            ...record.entities.people.map((text) => ({ type: 'PER' as const, text, count: 0 })),
            ...record.entities.organizations.map((text) => ({ type: 'ORG' as const, text, count: 0 })),
            ...record.entities.places.map((text) => ({ type: 'LOC' as const, text, count: 0 })),
          ],
    },
    highlights: annotations.map((a) => ({
      id: a.id,
      quote: a.quote,
      note: a.note,
      color: a.color,
      tags: a.tags ?? [],
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
    })),
  };
}

async function colorMeanings(db: MarginDatabase): Promise<ColorMeanings> {
  return (await readSettings(db)).colorMeanings ?? {};
}

/** Bytes as base64, in chunks (one `String.fromCharCode` call per byte would be slow, one call for all too large). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The library, or the pages `urls`, in `format`; the file is named by the export's date. */
export async function exportLibrary(db: MarginDatabase, format: LibraryExportFormat, urls?: string[], now = new Date()): Promise<LibraryExportFile> {
  const [pages, meanings] = await Promise.all([readLibrary(db, urls), colorMeanings(db)]);
  const entries = pages.map(toEntry);
  const stem = `margin-library-${localDate(now)}`;
  switch (format) {
    case 'markdown-zip':
      return { fileName: `${stem}.zip`, mimeType: 'application/zip', base64: toBase64(zipFiles(libraryMarkdownFiles(entries, meanings, now), now)) };
    case 'csv':
      return { fileName: `${stem}.csv`, mimeType: 'text/csv', text: libraryCsv(entries, meanings) };
    case 'bibtex':
      return {
        fileName: `${stem}.bib`,
        mimeType: 'application/x-bibtex',
        text: citations(
          entries.map((e) => e.page),
          'bibtex',
          now,
        ),
      };
    case 'csl-json':
      return {
        fileName: `${stem}.json`,
        mimeType: 'application/vnd.citationstyles.csl+json',
        text: citations(
          entries.map((e) => e.page),
          'csl-json',
          now,
        ),
      };
  }
}

/** One page's Markdown as the library export writes it (for the clipboard). */
export async function pageMarkdown(db: MarginDatabase, url: string, now = new Date()): Promise<string> {
  const [pages, meanings] = await Promise.all([readLibrary(db, [url]), colorMeanings(db)]);
  const page = pages[0] ?? {
    record: {
      url,
      title: '',
      site: '',
      savedAt: now.toISOString(),
      updatedAt: '',
      entities: { people: [], organizations: [], places: [] },
      keyFacts: [],
      note: '',
      tags: [],
    },
    annotations: [],
  };
  return libraryMarkdown(toEntry(page), meanings, now);
}

/** Imports a Hypothesis export's text; throws (importing nothing) when the file is malformed or foreign. */
export async function importHypothesis(db: MarginDatabase, text: string): Promise<HypothesisImportCounts> {
  const counts = await importHighlights(db, fromHypothesis(text));
  // Open tabs of the imported pages draw their new highlights; panels and the library refresh.
  const tabs = await browser.tabs.query({});
  for (const url of new Set(tabs.map((t) => t.url).filter((u): u is string => !!u?.startsWith('http'))))
    broadcast('changed/annotations', { url: normalizeUrl(url) });
  broadcast('changed/library', {});
  await notifyTabs((url) => url.startsWith('http'), 'page/annotations-changed');
  return counts;
}

export function handleLibraryExportMessages(db: MarginDatabase): void {
  receive(
    backgroundMessages,
    {
      'library/export': ({ format, urls }) => exportLibrary(db, format, urls),
      'page/markdown': ({ url }) => pageMarkdown(db, url),
      'import/hypothesis': ({ text }) => importHypothesis(db, text),
    },
    siteLookup(db),
  );
}
