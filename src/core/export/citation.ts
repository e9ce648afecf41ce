/**
 * Citations of a page for reference managers: BibTeX (biblatex's `@online` entry: title, author,
 * organization for the site, date, url, urldate) and CSL-JSON (`type: "webpage"`, with `accessed`), which
 * Zotero, Pandoc and citeproc read. The access date is when the reader saved the page in Margin.
 */
import type { LibraryPage } from './library-types.ts';

/** A date as [year, month?, day?] when the text starts with an ISO date; null otherwise. */
function dateParts(text: string | undefined): number[] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(text ?? '');
  if (!m) return null;
  return [m[1], m[2], m[3]].filter((p): p is string => p !== undefined).map(Number);
}

const isoDate = (parts: number[]) => parts.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join('-');

/**
 * The authors of a byline: "Ana Ruiz and Tom Lee", "Ana Ruiz, Tom Lee & Sam Cho" → three names. A leading
 * "By" is dropped.
 */
export function bylineNames(byline: string | undefined): string[] {
  const text = (byline ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^by\s+/i, '');
  return text
    .split(/\s*(?:,|;|&|\band\b)\s*/i)
    .map((n) => n.trim())
    .filter(Boolean);
}

/** Words that make a byline an organization (a desk, an agency), never split into given and family names. */
const ORGANIZATION_WORDS = /\b(desk|staff|news|agency|press|reporters?|editors?|team|bureau|service|newsroom|correspondents?)\b/i;

/** A name is a person's when it has 2-4 words and none of them is an organization's. */
function isPerson(name: string): boolean {
  const words = name.split(' ');
  return words.length >= 2 && words.length <= 4 && !ORGANIZATION_WORDS.test(name);
}

// ---------------------------------------------------------------------------------------------- BibTeX

/** LaTeX's special characters, written so they print as themselves. */
const LATEX: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '#': '\\#',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escapes text for a BibTeX field (biber and bibtex8 read UTF-8, so letters stay as they are). */
export function bibtexEscape(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}#$%&_~^]/g, (ch) => LATEX[ch]);
}

/** A URL for the `url` field, which biblatex reads verbatim: only braces (which would end the field) encoded. */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\s]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** An author list: people as they are (BibTeX splits first and last names), organizations braced whole. */
function bibtexAuthors(byline: string | undefined): string {
  return bylineNames(byline)
    .map((name) => (isPerson(name) ? bibtexEscape(name) : `{${bibtexEscape(name)}}`))
    .join(' and ');
}

/** A citation key: site, year and the title's first long word, ASCII letters and digits only. */
export function citationKey(page: LibraryPage): string {
  const ascii = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .toLowerCase();
  let site = '';
  try {
    site = new URL(page.url).hostname.replace(/^www\./, '').split('.')[0];
  } catch {
    site = page.site ?? '';
  }
  const year = dateParts(page.published)?.[0] ?? dateParts(page.savedAt)?.[0] ?? '';
  const word = ascii(page.title)
    .split(/[^a-z0-9]+/)
    .find((w) => w.length > 3);
  return `${ascii(site).replace(/[^a-z0-9]/g, '')}${year}${word ?? ''}` || 'page';
}

/** A BibTeX `@online` entry for the page; `accessed` stands in when the page has no saved date. */
export function toBibtex(page: LibraryPage, accessed: Date, key = citationKey(page)): string {
  const fields: [string, string][] = [['title', `{${bibtexEscape(page.title || page.url)}}`]];
  const authors = bibtexAuthors(page.author);
  if (authors) fields.push(['author', authors]);
  if (page.site) fields.push(['organization', bibtexEscape(page.site)]);
  const published = dateParts(page.published);
  if (published) fields.push(['date', isoDate(published)], ['year', String(published[0])]);
  fields.push(['url', bibtexUrl(page.url)]);
  fields.push(['urldate', isoDate(dateParts(page.savedAt) ?? dateParts(accessed.toISOString())!)]);
  const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
  return `@online{${key},\n${body}\n}\n`;
}

// --------------------------------------------------------------------------------------------- CSL-JSON

/** A CSL name: family and given for a person, a literal for an organization. */
export type CslName = { family: string; given: string } | { literal: string };

export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  URL: string;
  author?: CslName[];
  'container-title'?: string;
  issued?: { 'date-parts': number[][] };
  accessed: { 'date-parts': number[][] };
}

function cslName(name: string): CslName {
  if (!isPerson(name)) return { literal: name };
  const words = name.split(' ');
  return { family: words[words.length - 1], given: words.slice(0, -1).join(' ') };
}

/** A CSL-JSON item of type "webpage" for the page. */
export function toCsl(page: LibraryPage, accessed: Date, key = citationKey(page)): CslItem {
  const item: CslItem = {
    id: key,
    type: 'webpage',
    title: page.title.replace(/\s+/g, ' ').trim() || page.url,
    URL: page.url,
    accessed: { 'date-parts': [dateParts(page.savedAt) ?? dateParts(accessed.toISOString())!] },
  };
  const authors = bylineNames(page.author).map(cslName);
  if (authors.length) item.author = authors;
  if (page.site) item['container-title'] = page.site;
  const published = dateParts(page.published);
  if (published) item.issued = { 'date-parts': [published] };
  return item;
}

/** Citations of several pages: BibTeX entries one after another; CSL-JSON as one array (what tools import). */
export function citations(pages: readonly LibraryPage[], format: 'bibtex' | 'csl-json', accessed: Date): string {
  // Keys must be unique in one file: a second "site2026title" becomes "site2026titleb", and so on.
  const used = new Map<string, number>();
  const keys = pages.map((p) => {
    const key = citationKey(p);
    const n = used.get(key) ?? 0;
    used.set(key, n + 1);
    return n === 0 ? key : `${key}${String.fromCharCode(97 + (n % 26))}${n >= 26 ? n : ''}`;
  });
  if (format === 'bibtex') return pages.map((p, i) => toBibtex(p, accessed, keys[i])).join('\n');
  return `${JSON.stringify(
    pages.map((p, i) => toCsl(p, accessed, keys[i])),
    null,
    2,
  )}\n`;
}
