/** Recognizing the page's headline: its declared title (OpenGraph, `<title>`) compared with headings. */
import type { HeadIndex } from './head-index.ts';
import { metaContent } from './head-index.ts';

/** Lower-cased text with whitespace folded, for comparing a heading with the page title. */
export function norm(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The page's own statement of its title, to recognize the headline among the page's headings. */
export function declaredTitle(doc: Document, head: HeadIndex): string {
  return norm(metaContent(head, 'og:title', 'twitter:title') || doc.title || '');
}

/** True when `heading` text and the declared title are the same headline (allowing a site-name suffix). */
export function matchesTitle(heading: string, title: string): boolean {
  if (heading.length < 4 || !title) return false;
  return title === heading || title.includes(heading) || (heading.includes(title) && title.length > 10);
}
