/**
 * What Margin can do to a tab: the same functions back the toolbar popup, the shortcut, the context menus,
 * the side panel and `globalThis.margin` in the service worker's console.
 */
import { toMarkdown, exportFileName } from '../core/export/markdown.ts';
import type { CleanReport, KeyFact, PageState } from '../shared/types.ts';
import type { MarginDatabase } from '../storage/db.ts';
import { listAnnotations } from '../storage/annotations.ts';
import { readLibrary } from '../storage/library-io.ts';
import { readSettings } from '../storage/settings.ts';
import { askPage, tabUrl } from './tabs.ts';

export function clean(tabId: number): Promise<CleanReport> {
  return askPage(tabId, 'page/clean', {});
}

export function restore(tabId: number): Promise<CleanReport> {
  return askPage(tabId, 'page/restore', {});
}

export function toggle(tabId: number): Promise<CleanReport> {
  return askPage(tabId, 'page/toggle', {});
}

export function state(tabId: number): Promise<PageState> {
  return askPage(tabId, 'page/state', {});
}

export function facts(tabId: number): Promise<KeyFact[]> {
  return askPage(tabId, 'page/facts', {});
}

/** The page's highlights, notes and key facts as one Markdown document, and a file name for it. */
export async function exportMarkdown(db: MarginDatabase, tabId: number, now = new Date()): Promise<{ markdown: string; fileName: string }> {
  const [url, data] = await Promise.all([tabUrl(tabId), askPage(tabId, 'page/export-data', {})]);
  const [annotations, settings, [stored]] = await Promise.all([listAnnotations(db, url), readSettings(db), readLibrary(db, [url])]);
  const meta = { ...data.meta, url: data.meta.url ?? url };
  const meanings = settings.colorMeanings ?? {};
  const markdown = toMarkdown({
    meta,
    annotations: annotations.map((a) => ({
      id: a.id,
      quote: a.quote,
      note: a.note,
      color: a.color,
      colorMeaning: meanings[a.color],
      tags: a.tags,
      createdAt: a.createdAt,
    })),
    facts: data.facts,
    exportedAt: now,
    // The reader's own tags for the page, else the page's keywords.
    tags: stored?.record.tags.length ? stored.record.tags : meta.tags,
    pageNote: stored?.record.note,
    savedAt: stored?.record.savedAt,
  });
  return { markdown, fileName: exportFileName(meta, now) };
}
