/**
 * The parts of an article for the command line, separated as trafilatura and Readability give them: the
 * body's text apart from the title, standfirst, byline, date, lead image and site.
 */
import type { ArticleSelection, PageMetadata } from '../core/article/types.ts';
import { findReaderHeader, headerElements } from '../core/article/header-parts.ts';
import { readLeadImage, readMetadata, toIsoDate } from '../core/article/metadata.ts';

/** An article split into its header fields and its body (the selection without the header). */
export interface ArticleParts {
  title: string;
  /** The standfirst (dek, summary line under the headline) as the page shows it. */
  subtitle: string | null;
  byline: string | null;
  published: string | null;
  /** Address of the lead image: the page's declared image, else the one shown under the headline. */
  image: string | null;
  site: string | null;
  /** The lead image's caption, for the Markdown document. */
  caption: string | null;
  /** The kept subtrees without the header: the body, for its text or Markdown. */
  body: ArticleSelection;
}

function fold(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The text of an element with a space between elements ("<b>Jane</b><i>Editor</i>" → "Jane Editor"). */
function spacedText(el: Element): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out.push((c as Text).data);
      else if (c.nodeType === 1) {
        out.push(' ');
        walk(c);
        out.push(' ');
      }
    }
  };
  walk(el);
  return fold(out.join(''));
}

/** The names of a byline element: its name or author elements when it marks them, else its text without dates and controls. */
function namesIn(el: Element): string {
  const named = Array.from(el.querySelectorAll('[itemprop="author"], [rel="author"], [class*="name"], [class*="Name"]'));
  const outer = named.filter((n) => !named.some((o) => o !== n && o.contains(n)));
  if (outer.length > 0) return outer.map(spacedText).join(', ');
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('time, button, [class*="date"], [class*="time"]').forEach((n) => n.remove());
  return spacedText(copy);
}

/** A date written after the names ("Jane Doe on 3 March 2026", "Jane Doe | Updated 3 March"). */
const TRAILING_DATE = /\s*(?:[|·•,–—-]\s*)?(?:(?:on|updated|published|posted|am|le|el|il)\s+)?\d.*$/iu;

/** "By Jane Doe" → "Jane Doe". */
function bylineText(elements: readonly Element[]): string | null {
  const text = fold(elements.map(namesIn).join(', '))
    .replace(/^(by|von|par|por|door|di|av|af|przez|written by)\s+/i, '')
    .replace(TRAILING_DATE, '')
    .replace(/[\s|·•,–—-]+$/u, '');
  return text || null;
}

/** The date of the header's date elements, else one written in its byline. */
function dateOf(dates: readonly Element[], bylines: readonly Element[]): string | null {
  const inBylines = bylines.flatMap((b) => Array.from(b.querySelectorAll('time, [datetime], [class*="date"]')));
  for (const el of [...dates, ...inBylines]) {
    const timed = el.matches('time, [datetime], [content]') ? el : el.querySelector('time[datetime], [itemprop="datePublished"]');
    const iso =
      toIsoDate(timed?.getAttribute('datetime') ?? timed?.getAttribute('content')) ??
      toIsoDate(spacedText(el).replace(/^(published|updated|posted|created)( on)?:?\s*/i, ''));
    if (iso) return iso;
  }
  for (const el of bylines) {
    const written = /\d.*$/.exec(spacedText(el).replace(/^[^\d]*?(?=\d)/, ''))?.[0];
    const iso = toIsoDate(written);
    if (iso) return iso;
  }
  return null;
}

/** The image address an element shows (its own `src`, or its first image's). */
function shownImage(el: Element | null, base: string | null): string | null {
  const img = el?.matches('img') ? el : el?.querySelector('img');
  const src = img?.getAttribute('src') ?? img?.getAttribute('data-src');
  if (!src) return null;
  try {
    return base ? new URL(src, base).href : src;
  } catch {
    return src;
  }
}

/**
 * Splits the article of `selection` into header fields and body. Declared metadata wins over what the page
 * shows where both exist (it is cleaner); the page's own header fills the gaps.
 */
export function articleParts(doc: Document, selection: ArticleSelection, meta: PageMetadata): ArticleParts {
  const header = findReaderHeader(doc, selection);
  const parts = headerElements(header);
  const inHeader = (el: Element) => parts.includes(el);
  const body: ArticleSelection = {
    keep: selection.keep.filter((el) => !inHeader(el)),
    drop: [...selection.drop, ...parts.filter((p) => selection.keep.some((r) => r !== p && r.contains(p)))],
    method: selection.method,
  };
  // The page's own header fills what the page does not declare, before any first byline of the page.
  const shown = readMetadata(doc, meta.url ?? undefined, {
    headline: fold(header.headline?.textContent),
    byline: bylineText(header.bylineNames),
    published: dateOf(header.dateStamps, header.bylineNames),
  });
  return {
    title: shown.title,
    subtitle: fold(header.standfirst?.textContent) || null,
    byline: shown.byline,
    published: shown.published,
    image: readLeadImage(doc, meta.url) ?? shownImage(header.image, meta.url),
    site: meta.site,
    caption: fold((header.caption ?? header.image?.querySelector('figcaption'))?.textContent) || null,
    body,
  };
}
