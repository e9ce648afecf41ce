/**
 * The reader's header of an article: headline, standfirst, byline, date, lead image and caption, found
 * around the article's chosen roots wherever the page puts them (a `header` inside the article, a headline
 * before the article's container, a "hero" or "sidebar" wrapper, a byline in an aside, a picture before
 * the headline). Plain DOM reading, no layout: the caller keeps these parts visible and in the text.
 */
import type { ArticleSelection } from './types.ts';
import type { HeadIndex } from './head-index.ts';
import type { PageStats } from './analyze.ts';
import { headIndex, metaContent } from './head-index.ts';
import { F_NEGATIVE, hiddenByMarkup, markupFlags } from './hints.ts';
import { declaredTitles, findPageHeadline, precedes } from './header-headline.ts';
import {
  CAPTION_WORDS,
  HEADER_LIMITS as L,
  inAuthorBox,
  hasWord,
  isByline,
  isDate,
  isLeadImage,
  isStandfirst,
  linkLength,
  mayBePart,
  SKIP_TAGS,
  textLength,
  textUpTo,
  wordsOf,
} from './header-cues.ts';
import { isSiteNamePart, norm } from './title.ts';
import { findBodyStart, findBodyStartInStats } from './header-body-start.ts';

/** The parts of the reader's header that the page shows; null or empty where it shows none. */
export interface ReaderHeader {
  headline: Element | null;
  standfirst: Element | null;
  byline: Element[];
  date: Element[];
  /** The lead image: a `figure` (with its caption), a picture's wrapper, or the image itself. */
  image: Element | null;
  /** A caption next to the image, outside it. */
  caption: Element | null;
  /** The byline and date elements themselves (`byline` and `date` may be the lines that hold them). */
  bylineNames: Element[];
  dateStamps: Element[];
}

/** The element after `el` in document order, not entering `el` when `skipInside`; null past `within`. */
function nextInOrder(el: Element, within: Element, skipInside = false): Element | null {
  if (!skipInside && el.firstElementChild) return el.firstElementChild;
  for (let e: Element | null = el; e && e !== within; e = e.parentElement) {
    if (e.nextElementSibling) return e.nextElementSibling;
  }
  return null;
}

/** What detection already worked out, for the header step to reuse instead of reading the page again. */
export interface DetectorFindings {
  /** The headline detection found (a heading matching og:title or `<title>`, or the last H1 before the body). */
  headline?: Element | null;
  /** The measuring pass's numbers. */
  stats?: PageStats;
}

/** What the search knows about the article: its headline and where its body text starts. */
interface Frame {
  doc: Document;
  headline: Element | null;
  /** The first paragraph of the body (the header is what comes before it), or null. */
  bodyStart: Element | null;
  /** The chosen root that holds the body (the others may be header parts already). */
  main: Element | null;
  /**
   * Whether to look for the lead image and its caption: for the clean view, not when the headline is inside
   * the body's root, where pruning has already judged the pictures (a figure it drops there is more often a gallery or a
   * promotion than the lead picture; keeping them cost accuracy on both corpora).
   */
  pictures: boolean;
}

/** The highest ancestor of `el` (or `el`) that holds neither the headline nor the body. */
function cluster(el: Element, f: Frame): Element {
  let c = el;
  for (let a = el.parentElement; a && a !== f.doc.body && a !== f.doc.documentElement; a = a.parentElement) {
    if ((f.headline && a.contains(f.headline)) || (f.bodyStart && a.contains(f.bodyStart)) || (f.main && a.contains(f.main))) break;
    c = a;
  }
  return c;
}

/** The link `el` is in (or is), other than an anchor on the same page; walked by hand, `closest` is slow in linkedom. */
function linkAround(el: Element): Element | null {
  for (let a: Element | null = el; a; a = a.parentElement) {
    if (a.tagName.toUpperCase() === 'A') {
      const href = a.getAttribute('href');
      if (href && !href.startsWith('#')) return a;
    }
  }
  return null;
}

/**
 * True when `el` sits in a small block of its own, not in a big box nor in a teaser of another story (a
 * link holding more than `el`, or a list of links).
 */
function inSmallBlock(el: Element, f: Frame): boolean {
  const link = linkAround(el);
  if (link && link !== el && textLength(link) > textLength(el) + 3) return false;
  const block = cluster(el, f);
  const text = textUpTo(block, L.clusterMaxText);
  if (text > L.clusterMaxText) return false;
  return !(block.querySelectorAll('li a[href], h2 a[href], h3 a[href]').length >= 2 && linkLength(block) > text / 2);
}

/** The element that holds the lead image and its caption: the figure, or a wrapper holding only it. */
function imageBlock(media: Element, f: Frame): Element {
  const figure = media.closest('figure');
  const top = cluster(media, f);
  if (figure && top.contains(figure)) return figure;
  let block = media;
  for (let a = media.parentElement; a && top.contains(a); a = a.parentElement) {
    if (textUpTo(a, L.captionMaxText) > L.captionMaxText || a.querySelectorAll('img').length > 1 || a.querySelector('a, button, nav, form')) break;
    block = a;
  }
  return block;
}

/** The page's summary (meta description), folded, to recognize the standfirst by its text. */
function pageDescription(head: HeadIndex): string {
  return norm(metaContent(head, 'og:description', 'description', 'twitter:description') ?? '');
}

/** The headline's wrapper: its ancestors that hold no body text and little text in all. */
function headerContainer(headline: Element, f: Frame): Element {
  let c = headline;
  for (let a = headline.parentElement; a && a !== f.doc.body && a !== f.doc.documentElement; a = a.parentElement) {
    if ((f.bodyStart && a.contains(f.bodyStart)) || (f.main && a.contains(f.main) && !f.main.contains(headline))) break;
    if (textUpTo(a, L.containerMaxText) > L.containerMaxText) break;
    c = a;
  }
  return c;
}

/**
 * A headline when no heading matches the declared title: an H1 in the roots, else the last one before them;
 * not one that is the site's name from the title (a blog's name above its posts).
 */
function fallbackHeadline(doc: Document, roots: readonly Element[], titles: readonly string[]): Element | null {
  let before: Element | null = null;
  const h1s = doc.body?.getElementsByTagName('h1') ?? [];
  for (let i = 0; i < h1s.length; i += 1) {
    const h = h1s[i];
    if (hiddenByMarkup(h) || textLength(h) === 0) continue;
    const text = norm(h.textContent ?? '');
    if (titles.some((t) => isSiteNamePart(text, t))) continue;
    if (roots.some((r) => r.contains(h))) return h;
    if (roots[0] && precedes(h, roots[0])) before = h;
  }
  return before;
}

function largest(elements: readonly Element[]): Element | null {
  let best: Element | null = null;
  let size = -1;
  for (const el of elements) {
    const n = textLength(el);
    if (n > size) [best, size] = [el, n];
  }
  return best;
}

/** Collects parts while walking: each kind once (byline and date may be several). */
class Found {
  standfirst: Element | null = null;
  byline: Element[] = [];
  date: Element[] = [];
  image: Element | null = null;
  caption: Element | null = null;

  all(): Element[] {
    return [this.standfirst, ...this.byline, ...this.date, this.image, this.caption].filter((e): e is Element => e !== null);
  }

  /** True when `el` is a part or inside one (nothing more to find there). */
  covers(el: Element): boolean {
    return this.all().some((p) => p.contains(el));
  }
}

/**
 * Looks at one element for a part; true when it became one (its subtree is then done). `inHeader` says the
 * element is in the headline's wrapper, where every block is small and belongs to the header.
 */
function classify(el: Element, f: Frame, found: Found, description: string, inHeader: boolean, onlyMeta: boolean): boolean {
  const words = wordsOf(el);
  // Most elements carry no sign of a header part: skip them before reading their text (a container's
  // text is its whole subtree's).
  if (!mayBePart(el, words, description !== '')) return false;
  // (No part is longer than a standfirst: longer text need not be counted to the end.)
  const text = textUpTo(el, L.standfirstMaxText);
  const small = () => inHeader || inSmallBlock(el, f);
  if (isByline(el, words, text) && small()) {
    found.byline.push(el);
    return true;
  }
  if (isDate(el, words, text) && small()) {
    found.date.push(el);
    return true;
  }
  if (onlyMeta) return false;
  // The standfirst is under the headline (a blog's tagline above it is not).
  if (!found.standfirst && isStandfirst(el, words, text, description) && (!f.headline || precedes(f.headline, el)) && !inAuthorBox(el) && small()) {
    found.standfirst = el;
    return true;
  }
  if (!f.pictures) return false;
  const tag = el.tagName.toUpperCase();
  if (!found.image && (tag === 'IMG' || tag === 'PICTURE' || tag === 'VIDEO') && !linkAround(el)) {
    const img = tag === 'PICTURE' ? (el.querySelector('img') ?? el) : el;
    if (isLeadImage(img) && small()) {
      found.image = imageBlock(el, f);
      return true;
    }
  }
  if (found.image && !found.caption && !found.image.contains(el) && text > 0 && text <= L.captionMaxText) {
    const follows =
      found.image.nextElementSibling === el ||
      (found.image.parentElement?.nextElementSibling === el && found.image.parentElement?.children.length === 1);
    if (follows && (tag === 'FIGCAPTION' || hasWord(words, CAPTION_WORDS))) {
      found.caption = el;
      return true;
    }
  }
  return false;
}

/** Walks from `start` in document order until the body starts (or out of `within`), classifying elements. */
function scan(start: Element, within: Element, f: Frame, found: Found, description: string, header: Element | null, onlyMeta = false): void {
  let seen = 0;
  for (let el: Element | null = start; el && seen < L.maxScan; seen += 1) {
    if (el === f.bodyStart) break;
    const tag = el.tagName.toUpperCase();
    const holdsArticle = (f.headline !== null && el.contains(f.headline)) || (f.bodyStart !== null && el.contains(f.bodyStart));
    let done = el === f.headline || SKIP_TAGS.has(tag) || hiddenByMarkup(el) || el.getAttribute('aria-hidden') === 'true' || found.covers(el);
    if (!done && !holdsArticle) done = classify(el, f, found, description, header?.contains(el) ?? false, onlyMeta);
    el = nextInOrder(el, within, done);
  }
}

/** Joins a byline and a date that share a small line ("By Jane Doe · 3 March") into that line. */
function joinLines(parts: Element[], f: Frame, others: Element[]): Element[] {
  const out: Element[] = [];
  for (const part of parts) {
    let line = part;
    for (let a = part.parentElement; a && a !== f.doc.body; a = a.parentElement) {
      if ((f.headline && a.contains(f.headline)) || (f.bodyStart && a.contains(f.bodyStart)) || others.some((o) => a.contains(o))) break;
      if (f.main && a.contains(f.main)) break;
      if (a.querySelector('button, svg, iframe, form, nav, ul, ol, img, picture')) break;
      // What the line holds besides the parts: separators and words ("By", "Updated"), no links nor furniture.
      if (
        Array.from(a.children).some(
          (c) => !parts.some((p) => c.contains(p)) && (c.querySelector('a[href]') || c.matches('a[href]') || (markupFlags(c) & F_NEGATIVE) !== 0),
        )
      )
        break;
      const inside = parts.filter((p) => a.contains(p)).reduce((n, p) => n + textLength(p), 0);
      const text = textUpTo(a, L.bylineMaxText + L.lineMaxExtra);
      // A line of spans ("Jane Doe | Updated: 3 March | Created: 2 March") is the meta line as a whole.
      const metaLine = text <= L.bylineMaxText && !a.querySelector('p, div, li, h1, h2, h3, h4, h5, h6, a[href]:not([rel="author"])');
      if (text - inside > L.lineMaxExtra && !metaLine) break;
      line = a;
    }
    if (!out.some((o) => o.contains(line))) {
      for (let i = out.length - 1; i >= 0; i -= 1) if (line.contains(out[i])) out.splice(i, 1);
      out.push(line);
    }
  }
  return out;
}

/**
 * Finds the reader's header of the article whose roots `selection` chose.
 * @param head the page's head index, when the caller has one.
 * @param picturesInBody whether to name the lead image and caption when the headline is inside the body's
 *   root. The clean view says no (pruning there has judged the pictures already); a reader of the parts
 *   (the command line's `image` field) wants them named wherever they are.
 */
export function findReaderHeader(
  doc: Document,
  selection: ArticleSelection,
  head: HeadIndex = headIndex(doc),
  known: DetectorFindings = {},
  picturesInBody = true,
): ReaderHeader {
  const roots = selection.keep;
  const headline = findPageHeadline(doc, roots, head) ?? fallbackHeadline(doc, roots, declaredTitles(doc, head));
  // (Detection's headline is not reused: where it differs from the heading that matches the declared title
  // best, the page's headline went unprotected; measured on both corpora.)
  const inBody = headline !== null && roots.some((r) => r !== headline && r.contains(headline));
  const dropped = new Set(selection.drop);
  const measured = known.stats && findBodyStartInStats(roots, headline, dropped, known.stats);
  const bodyStart = measured !== undefined ? measured : findBodyStart(roots, headline, dropped);
  const main = (bodyStart && roots.find((r) => r.contains(bodyStart))) ?? largest(roots);
  const frame: Frame = { doc, headline, bodyStart, main, pictures: picturesInBody || !inBody };
  const found = new Found();
  const description = pageDescription(head);
  if (headline) {
    const header = headerContainer(headline, frame);
    // The header runs from the headline's wrapper to the body's first paragraph; when the body comes
    // first in the markup (a column of its own before the headline's), only the wrapper is the header.
    const bodyFirst = frame.bodyStart !== null && precedes(frame.bodyStart, header);
    scan(header, bodyFirst ? header : doc.body, frame, found, description, header);
  }
  // The top of the body's container, before its first paragraph: a picture above the headline, a meta
  // line between, or the whole header when the headline's column comes after the body's.
  if (main && frame.bodyStart) scan(main, main, frame, found, description, null);
  // A byline or date in a small block beside the body (a column of meta next to the text).
  if (found.byline.length === 0 || found.date.length === 0) {
    // Only blocks before the body: those after it are its comments, author box and notes, whose
    // "Posted by" lines are not the article's.
    let x: Element | null = main;
    for (let level = 0; x && x !== doc.body && level < L.sideLevels; level += 1, x = x.parentElement) {
      for (let sibling = x.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
        if ((headline && sibling.contains(headline)) || (markupFlags(sibling) & F_NEGATIVE) !== 0) continue;
        if (textUpTo(sibling, L.clusterMaxText) > L.clusterMaxText) continue;
        scan(sibling, sibling, frame, found, description, sibling, true);
      }
    }
  }
  const others = [headline, found.standfirst, found.image, found.caption].filter((e): e is Element => e !== null);
  const lines = joinLines([...found.byline, ...found.date], frame, others);
  return {
    headline,
    standfirst: found.standfirst,
    byline: lines.filter((l) => found.byline.some((b) => l.contains(b))),
    date: lines.filter((l) => !found.byline.some((b) => l.contains(b))),
    image: found.image,
    caption: found.caption,
    bylineNames: found.byline,
    dateStamps: found.date,
  };
}

/** Every element of the header, in document order. */
export function headerElements(header: ReaderHeader): Element[] {
  const all = [header.headline, header.standfirst, ...header.byline, ...header.date, header.image, header.caption].filter(
    (e): e is Element => e !== null,
  );
  return [...new Set(all)].sort((a, b) => (a === b ? 0 : precedes(a, b) ? -1 : 1));
}
