/**
 * The library's Markdown export: one file per page, named so that exporting again replaces the same files
 * in a vault instead of adding copies. Each file is the page's export (`toMarkdown`) with the page's note
 * and tags, the meaning of each highlight's colour and a stable block id per highlight.
 */
import { siteOf } from '../url.ts';
import { shortHash } from './block-id.ts';
import { cleanTitle } from './file-name.ts';
import type { ColorMeanings, LibraryEntry } from './library-types.ts';
import { toMarkdown } from './markdown.ts';

/** The site part of a file name: the page's host (without www), or its site name when it has no host. */
function siteLabel(entry: LibraryEntry): string {
  try {
    const host = new URL(entry.page.url).hostname;
    if (host) return siteOf(host);
  } catch {
    /* not a URL: fall back to the site name */
  }
  return cleanTitle(entry.page.site ?? '') || 'pages';
}

/**
 * The page's file in the zip: `<site>/<Title> <hash>.md`. The hash is of the page key, so two pages with
 * one title stay apart and the name does not depend on when the export ran.
 */
export function libraryFileName(entry: LibraryEntry): string {
  const title = cleanTitle(entry.page.title) || cleanTitle(entry.page.site ?? '') || 'Untitled';
  return `${siteLabel(entry)}/${title} ${shortHash(entry.page.url)}.md`;
}

/** One page's Markdown file, for Obsidian and Logseq. */
export function libraryMarkdown(entry: LibraryEntry, meanings: ColorMeanings, exportedAt: Date): string {
  const { page } = entry;
  return toMarkdown({
    meta: {
      title: page.title,
      byline: page.author ?? null,
      published: page.published ?? null,
      site: page.site ?? null,
      lang: null,
      url: page.url,
      description: null,
      tags: page.tags,
    },
    annotations: entry.highlights.map((h) => ({
      id: h.id,
      quote: h.quote,
      note: h.note,
      color: h.color,
      colorMeaning: meanings[h.color],
      createdAt: h.createdAt,
      tags: h.tags,
    })),
    facts: page.keyFacts,
    exportedAt,
    tags: page.tags,
    pageNote: page.note,
    savedAt: page.savedAt,
  });
}

/** Every page's file: name and text, in the entries' order. Names are unique (the page key's hash). */
export function libraryMarkdownFiles(entries: readonly LibraryEntry[], meanings: ColorMeanings, exportedAt: Date): { name: string; text: string }[] {
  return entries.map((entry) => ({ name: libraryFileName(entry), text: libraryMarkdown(entry, meanings, exportedAt) }));
}
