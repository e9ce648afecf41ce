/**
 * The page's headline as the reader sees it: the heading whose text is the title the page declares
 * (JSON-LD `headline`, `og:title`, `twitter:title`, `<title>`), wherever it sits in the markup.
 */
import type { HeadIndex } from './head-index.ts';
import { headIndex, metaContent } from './head-index.ts';
import { readJsonLd, ldText } from './jsonld.ts';
import { hiddenByMarkup } from './hints.ts';
import { isSiteNamePart, norm, TITLE_PARTS } from './title.ts';

/** Candidates for the headline besides H1 to H3: elements the markup calls the headline. */
const NAMED_HEADLINE_SELECTOR = '[itemprop="headline"], [class*="headline"], [class*="Headline"]';

/** Headline texts outside these lengths are not headlines (a label, or a whole block of text). */
const MIN_LENGTH = 4;
const MAX_LENGTH = 400;

/** Share of a heading's words that must be in the title (and of the title part's words in the heading). */
const WORD_OVERLAP = 0.8;

/** The titles the page declares for itself, folded, most specific first. */
export function declaredTitles(doc: Document, head: HeadIndex = headIndex(doc)): string[] {
  const ld = ldText(readJsonLd(head.ldScripts).article?.headline);
  const titles = [ld, metaContent(head, 'og:title'), metaContent(head, 'twitter:title'), doc.title].map((t) => norm(t ?? ''));
  return [...new Set(titles.filter((t) => t.length >= MIN_LENGTH))];
}

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of `a`'s words that are in `b`. */
function covered(a: string[], b: Set<string>): number {
  if (a.length === 0) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n += 1;
  return n / a.length;
}

/**
 * True when a heading's text is the headline of a declared title: the same text, one part of a title that
 * adds the site or section name ("Headline | Site"), or the same words with small edits (sites often word
 * `og:title` a little differently from the headline on the page).
 */
export function isTitleText(heading: string, title: string): boolean {
  const h = norm(heading);
  if (h.length < MIN_LENGTH || h.length > MAX_LENGTH || !title) return false;
  if (h === title) return true;
  const t = preparedTitle(title);
  if (h === t.longest) return true;
  if (isSiteNamePart(h, title)) return false;
  if (h.length >= 15 && (title.startsWith(h) || h.startsWith(title))) return true;
  const hw = words(h);
  if (hw.length < 3) return false;
  return covered(hw, t.words) >= WORD_OVERLAP && covered(t.wordList, new Set(hw)) >= WORD_OVERLAP;
}

/** A declared title's headline part and its words, worked out once per title. */
interface PreparedTitle {
  longest: string;
  wordList: string[];
  words: Set<string>;
}
const prepared = new Map<string, PreparedTitle>();

function preparedTitle(title: string): PreparedTitle {
  let t = prepared.get(title);
  if (!t) {
    // The headline is the longest part of "Headline | Section | Site"; a heading that is the site's name is not.
    const parts = title.split(TITLE_PARTS).filter((p) => p.length >= MIN_LENGTH);
    const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
    const wordList = words(longest);
    t = { longest, wordList, words: new Set(wordList) };
    if (prepared.size > 100) prepared.clear();
    prepared.set(title, t);
  }
  return t;
}

/** True when `el` or an ancestor is hidden by its markup (`hidden`, `aria-hidden`, inline `display: none`). */
export function hiddenInMarkup(el: Element): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) {
    if (hiddenByMarkup(a) || a.getAttribute('aria-hidden') === 'true') return true;
  }
  return false;
}

/** Rank of a headline candidate by its tag: the page's H1 first, then what the markup calls the headline. */
function tagRank(el: Element): number {
  const tag = el.tagName.toUpperCase();
  if (tag === 'H1') return 0;
  if (el.getAttribute('itemprop') === 'headline') return 1;
  if (tag === 'H2') return 2;
  return 3;
}

/**
 * True when `a` comes before `b` in document order (an ancestor comes before its descendants). Walked by
 * hand: linkedom's compareDocumentPosition only knows containment.
 */
export function precedes(a: Node, b: Node): boolean {
  if (a === b) return false;
  if (a.contains(b)) return true;
  if (b.contains(a)) return false;
  const ancestorsOfA = new Set<Node>();
  for (let n: Node | null = a; n; n = n.parentNode) ancestorsOfA.add(n);
  let underCommonB: Node = b;
  let common: Node | null = b.parentNode;
  while (common && !ancestorsOfA.has(common)) {
    underCommonB = common;
    common = common.parentNode;
  }
  if (!common) return false;
  let underCommonA: Node = a;
  while (underCommonA.parentNode !== common) underCommonA = underCommonA.parentNode!;
  for (let s = underCommonA.nextSibling; s; s = s.nextSibling) if (s === underCommonB) return true;
  return false;
}

/** Distance in document order from a candidate to the article's roots, coarse: inside, before, after. */
function placeRank(el: Element, roots: readonly Element[]): number {
  if (roots.length === 0) return 0;
  if (roots.some((r) => r.contains(el))) return 0;
  return precedes(el, roots[0]) ? 1 : 2;
}

/**
 * The page's headline: the visible (by markup) heading whose text matches a declared title. Among several,
 * an H1 before other tags, then one inside or before the article's roots (`near`) before one after them,
 * then the one nearest the roots. A heading inside a link is a teaser of another page, unless it is an H1.
 * Null when no heading matches.
 */
export function findPageHeadline(doc: Document, near: readonly Element[] = [], head?: HeadIndex): Element | null {
  const titles = declaredTitles(doc, head);
  if (titles.length === 0 || !doc.body) return null;
  let best: Element | null = null;
  let bestKey: number[] = [];
  // An H1 that matches wins over any other tag: the other candidates are looked up only without one
  // (a selector over the whole page costs in DOMs written in JavaScript).
  const body = doc.body;
  const matching = (els: Element[]) => els.some((h) => titles.some((t) => isTitleText(h.textContent ?? '', t)) && !hiddenInMarkup(h));
  const h1s = Array.from(body.getElementsByTagName('h1'));
  let candidates: Element[] = h1s;
  if (!matching(h1s)) {
    // What the markup calls the headline ranks before H2, but the selector costs in DOMs written in JavaScript.
    const named = Array.from(body.querySelectorAll(NAMED_HEADLINE_SELECTOR));
    candidates = matching(named) ? named : [...Array.from(body.getElementsByTagName('h2')), ...Array.from(body.getElementsByTagName('h3'))];
  }
  for (let i = 0; i < candidates.length; i += 1) {
    const el = candidates[i];
    const text = el.textContent ?? '';
    if (text.length > MAX_LENGTH * 4) continue;
    // The most specific title matched (JSON-LD and OpenGraph before <title>, whose parts may be a site name).
    const titleRank = titles.findIndex((t) => isTitleText(text, t));
    if (titleRank < 0) continue;
    if (el.tagName.toUpperCase() !== 'H1' && el.closest('a')) continue;
    if (hiddenInMarkup(el)) continue;
    // Nearer the end of the list wins ties before the roots, the start after them.
    const place = placeRank(el, near);
    const key = [titleRank, tagRank(el), place, place === 1 ? -i : i];
    if (!best || compareKeys(key, bestKey) < 0) {
      best = el;
      bestKey = key;
    }
  }
  return best;
}

/**
 * The headline and its copies: the visible (by markup) headings of the same tag and the same text as
 * {@link findPageHeadline}'s (a page may print its headline twice: one copy for small screens and one
 * for large, a sticky bar or a slideshow above the story repeating it). Empty when the page has none.
 */
export function pageHeadlineCopies(doc: Document, head?: HeadIndex): Element[] {
  const headline = findPageHeadline(doc, [], head);
  if (!headline || !doc.body) return [];
  const text = norm(headline.textContent ?? '');
  const same = Array.from(doc.body.getElementsByTagName(headline.tagName));
  // (A copy inside a link is a teaser of the story, unless it is an H1, as findPageHeadline has it.)
  const teaser = (el: Element) => el.tagName.toUpperCase() !== 'H1' && el.closest('a') !== null;
  return same.filter((el) => el === headline || (norm(el.textContent ?? '') === text && !hiddenInMarkup(el) && !teaser(el)));
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
