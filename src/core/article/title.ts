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

/**
 * Separators between the parts of a declared title ("Headline | Section | Site", "Blog name: Post title"):
 * a dash, bar or other mark with spaces around it, or a colon followed by a space.
 */
export const TITLE_PARTS = /\s+[|\-–—»:·]\s+|:\s+/;

/**
 * True when a heading's text (folded) is a part of the declared title other than its longest, the
 * headline: the site's or blog's name, which many pages print as their H1 above every post.
 */
export function isSiteNamePart(heading: string, title: string): boolean {
  if (heading.length < 2 || heading === title) return false;
  const parts = title.split(TITLE_PARTS);
  if (parts.length < 2) return false;
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return heading !== longest && parts.includes(heading);
}
