/**
 * The library as CSV, one row per highlight, for spreadsheets and reference tools. RFC 4180: CRLF between
 * records, a field in double quotes when it holds a quote, comma or line break, quotes doubled inside. A
 * UTF-8 byte order mark first, so Excel reads accents and non-Latin text right.
 *
 * A cell that starts with `=`, `+`, `-`, `@` (or a tab or carriage return) would run as a formula when the
 * file is opened in a spreadsheet — and quotes and notes come from web pages. Such cells get a leading `'`,
 * which spreadsheets show as text (OWASP's advice for CSV injection).
 */
import { textFragment } from '../anchoring/text-fragment.ts';
import type { ColorMeanings, LibraryEntry } from './library-types.ts';

/** The columns, in order. */
export const CSV_COLUMNS = [
  'page_title',
  'page_url',
  'site',
  'author',
  'published',
  'quote',
  'note',
  'color',
  'color_meaning',
  'tags',
  'page_tags',
  'created',
  'updated',
  'link',
  'id',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, guarded against formulas and quoted when RFC 4180 requires it. */
export function csvField(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** One record from raw values. */
export function csvRow(values: readonly string[]): string {
  return values.map(csvField).join(',');
}

/** Every highlight of `entries` as one CSV text (header first). */
export function libraryCsv(entries: readonly LibraryEntry[], meanings: ColorMeanings): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const { page, highlights } of entries) {
    for (const h of highlights) {
      const row: Record<(typeof CSV_COLUMNS)[number], string> = {
        page_title: page.title,
        page_url: page.url,
        site: page.site ?? '',
        author: page.author ?? '',
        published: page.published ?? '',
        quote: h.quote.exact.replace(/\s+/g, ' ').trim(),
        note: h.note,
        color: h.color,
        color_meaning: meanings[h.color] ?? '',
        tags: h.tags.join('; '),
        page_tags: page.tags.join('; '),
        created: h.createdAt,
        updated: h.updatedAt,
        link: textFragment(page.url, h.quote),
        id: h.id,
      };
      rows.push(csvRow(CSV_COLUMNS.map((c) => row[c])));
    }
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
