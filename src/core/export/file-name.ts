/**
 * File names for exported notes: readable in a vault's file list, sortable by date, and valid on Windows,
 * macOS, Linux, Obsidian (which also forbids `#^[]|` in linkable names) and Logseq (`/` makes namespaces).
 */
import type { PageMetadata } from '../article/types.ts';

/** Longest title part, so that the whole path stays well under common limits. */
const MAX_TITLE_LENGTH = 80;

/** `YYYY-MM-DD` in local time: the reader's calendar day, not UTC's. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Removes characters no file system or note app accepts, keeping the title readable. */
export function cleanTitle(title: string): string {
  let t = title
    .normalize('NFC')
    // A colon reads naturally as a dash: "Fed: rates hold" → "Fed - rates hold".
    .replace(/\s*:\s*/g, ' - ')
    .replace(/[\\/*?"<>|#^[\]\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (t.length > MAX_TITLE_LENGTH) {
    const cut = t.slice(0, MAX_TITLE_LENGTH);
    const space = cut.lastIndexOf(' ');
    t = (space > MAX_TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).trim();
  }
  // Leading dots hide files; trailing dots and spaces are stripped by Windows.
  return t.replace(/^[.\s-]+/, '').replace(/[.\s-]+$/, '');
}

/**
 * A file name for the export of a page: `YYYY-MM-DD Title.md`.
 * @param meta the page's metadata; the title (or else the site, or "Untitled") names the file.
 * @param date the export date, in the reader's local time.
 */
export function exportFileName(meta: PageMetadata, date: Date): string {
  const title = cleanTitle(meta.title ?? '') || cleanTitle(meta.site ?? '') || 'Untitled';
  return `${localDate(date)} ${title}.md`;
}
