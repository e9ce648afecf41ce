/**
 * What marks an element as a part of the reader's header, read from its own markup and text: the sizes that
 * tell header parts from other blocks, the class words of bylines, dates, captions and lead images, and the
 * tests for each part. The search around the article that uses them is in header-parts.ts.
 */
import { classWords, elementWords } from './hints.ts';
import { LEAD_CLASS } from './headline.ts';
import { norm } from './title.ts';

/** Sizes (in characters of text, or pixels for images) that tell header parts from other blocks. */
export const HEADER_LIMITS = {
  /** A wrapper of the headline with more text than this holds more than the header. */
  containerMaxText: 800,
  /** A part must sit in a block of at most this much text (a teaser list of other stories is larger). */
  clusterMaxText: 500,
  bylineMaxText: 200,
  dateMaxText: 120,
  standfirstMinText: 30,
  standfirstMaxText: 700,
  captionMaxText: 500,
  /** Text a byline and date line may hold besides them ("By", "·", "Updated") to be kept as one line. */
  lineMaxExtra: 24,
  /** The body starts at its first paragraph of at least this much text. */
  bodyParagraphMinText: 80,
  /** The same, counted without white space (as the measuring pass counts a block's own text). */
  bodyBlockMinText: 68,
  /** Images narrower or lower than this (by their attributes) are icons, not lead images. */
  minImageSide: 120,
  /** Elements looked at between the header and the body, at most (a bound on the work, not a tuning). */
  maxScan: 800,
  /** Levels above the body's root whose small siblings may hold the byline or date (a meta column). */
  sideLevels: 3,
};
const L = HEADER_LIMITS;

const BYLINE_WORDS = new Set(['byline', 'author', 'authors', 'writer', 'writers', 'contributor', 'contributors', 'reporter', 'reporters', 'by']);
/** Words of author boxes and pictures, which are not the byline itself. */
const NOT_BYLINE_WORDS = new Set(['bio', 'biography', 'avatar', 'image', 'img', 'photo', 'picture', 'follow', 'social', 'more', 'other', 'list']);
const DATE_WORDS = new Set(['date', 'dateline', 'published', 'timestamp', 'pubdate', 'updated', 'posted', 'datetime', 'publish']);
export const CAPTION_WORDS = new Set(['caption', 'figcaption', 'credit', 'credits']);
/** Images that are furniture: logos, icons, avatars, ads. */
const NOT_IMAGE_WORDS = new Set([
  'logo',
  'icon',
  'avatar',
  'sprite',
  'ad',
  'ads',
  'advert',
  'advertisement',
  'sponsor',
  'sponsored',
  'promo',
  'badge',
  'emoji',
]);
/** Subtrees never searched: controls, menus, embedded frames. */
export const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'FORM', 'BUTTON', 'SELECT', 'IFRAME', 'SVG', 'svg']);
/** Tags a written-out byline holds around the names. */
const INLINE_NAME_TAGS = new Set(['A', 'B', 'STRONG', 'EM', 'I', 'SPAN']);
/** "By Jane Doe" in the usual languages of the web. */
const BY_TEXT = /^(by|von|par|por|door|di|av|af|przez)\s+\p{Lu}/iu;
const BY_WORD = /^\s*(by|von|par|por|door|di|av|af|przez|written)(\s|$)/i;

function fold(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

export function textLength(el: Element): number {
  return fold(el.textContent).length;
}

/**
 * The length of `el`'s text (white space folded, about), counted only up to a little past `limit`: size
 * checks on the wrappers of a page must not read the whole page's text each time.
 */
export function textUpTo(el: Element, limit: number): number {
  let n = 0;
  let node: Node | null = el.firstChild;
  while (node && n <= limit) {
    if (node.nodeType === 3) n += (node as Text).data.replace(/\s+/g, ' ').length;
    if (node.nodeType === 1 && node.firstChild && !SKIP_TAGS.has((node as Element).tagName)) node = node.firstChild;
    else {
      while (node && node !== el && !node.nextSibling) node = node.parentNode;
      node = node && node !== el ? node.nextSibling : null;
    }
  }
  return n;
}

export function linkLength(el: Element): number {
  let n = 0;
  el.querySelectorAll('a').forEach((a) => (n += textLength(a)));
  return n;
}

export function wordsOf(el: Element): string[] {
  const extra = (el.getAttribute('itemprop') ?? '') + ' ' + (el.getAttribute('rel') ?? '');
  return extra.length > 1 ? [...elementWords(el), ...classWords(extra)] : elementWords(el);
}

export const hasWord = (words: string[], set: ReadonlySet<string>) => words.some((w) => set.has(w));

export function isByline(el: Element, words: string[], text: number): boolean {
  if (text < 3 || text > L.bylineMaxText || /^H[1-6]$/.test(el.tagName.toUpperCase())) return false;
  if (el.getAttribute('rel') === 'author' || el.getAttribute('itemprop') === 'author') return true;
  if (hasWord(words, BYLINE_WORDS)) return !hasWord(words, NOT_BYLINE_WORDS);
  // "By Jane Doe" written out: a line of text and links, not a box of other lines.
  if (text > 120 || !onlyInline(el)) return false;
  return BY_TEXT.test(fold(el.textContent));
}

export function isDate(el: Element, words: string[], text: number): boolean {
  if (text > L.dateMaxText) return false;
  const tag = el.tagName.toUpperCase();
  if (tag === 'TIME') return text > 0 || el.hasAttribute('datetime');
  if (/^date(Published|Modified|Created)$/.test(el.getAttribute('itemprop') ?? '')) return true;
  return text >= 4 && hasWord(words, DATE_WORDS) && /\d/.test(el.textContent ?? '');
}

/** Words of a box about the author (name, picture, a few lines of biography), whose text is no standfirst. */
const AUTHOR_BOX_WORDS = new Set(['author', 'authors', 'bio', 'biography', 'contributor', 'writer']);

/** Ancestor levels looked at for an author box around a standfirst candidate. */
const AUTHOR_BOX_LEVELS = 4;

/** True when `el` sits in a box about the author (its lines of biography are not the article's standfirst). */
export function inAuthorBox(el: Element): boolean {
  let a = el.parentElement;
  for (let level = 0; a && level < AUTHOR_BOX_LEVELS; level += 1, a = a.parentElement) {
    if (hasWord(elementWords(a), AUTHOR_BOX_WORDS)) return true;
  }
  return false;
}

export function isStandfirst(el: Element, words: string[], text: number, description: string): boolean {
  if (text < L.standfirstMinText || text > L.standfirstMaxText) return false;
  if (linkLength(el) > text / 2 || el.querySelector('div, li, h1, h2, h3, h4, h5, h6, figure, time, img') || el.querySelectorAll('p').length > 1)
    return false;
  if (/^(description|alternativeHeadline|abstract)$/.test(el.getAttribute('itemprop') ?? '')) return true;
  if (hasWord(words, LEAD_CLASS)) return true;
  // The page's own summary, written out under the headline.
  if (description.length >= L.standfirstMinText && !el.querySelector('p, div, li')) {
    const t = norm(el.textContent ?? '');
    return t === description || t.startsWith(description.slice(0, 60)) || description.startsWith(t.slice(0, 60));
  }
  return false;
}

/** True for a picture that can be the lead image (not an icon, logo or ad, by its markup). */
export function isLeadImage(img: Element): boolean {
  const words = [...elementWords(img), ...classWords(img.getAttribute('alt') ?? ''), ...classWords(img.getAttribute('src') ?? '')];
  if (hasWord(words, NOT_IMAGE_WORDS)) return false;
  for (const side of ['width', 'height']) {
    const v = Number.parseInt(img.getAttribute(side) ?? '', 10);
    if (!Number.isNaN(v) && v < L.minImageSide) return false;
  }
  return true;
}

const PART_WORDS = new Set([...BYLINE_WORDS, ...DATE_WORDS, ...CAPTION_WORDS, ...LEAD_CLASS]);
const MEDIA_TAGS = new Set(['IMG', 'PICTURE', 'VIDEO', 'TIME', 'FIGCAPTION']);
/** Blocks whose own text may be the standfirst when it repeats the page's description. */
const PLAIN_BLOCKS = new Set(['P', 'H2', 'H3', 'DIV', 'SPAN']);

/** Tags that only hold text: an element whose children are all of these is a line of text. */
function onlyInline(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (!INLINE_NAME_TAGS.has(c.tagName.toUpperCase())) return false;
  return true;
}

/** A cheap first look: markup or a short written line that may make `el` a header part. */
export function mayBePart(el: Element, words: string[], hasDescription: boolean): boolean {
  if (MEDIA_TAGS.has(el.tagName.toUpperCase()) || hasWord(words, PART_WORDS)) return true;
  if (el.hasAttribute('itemprop') || el.hasAttribute('rel')) return true;
  if (!onlyInline(el)) return false;
  if (hasDescription && PLAIN_BLOCKS.has(el.tagName.toUpperCase())) return true;
  // "By Jane Doe": the first words of the line.
  const first = el.firstChild?.nodeType === 3 ? (el.firstChild as Text).data : (el.firstChild?.textContent ?? '');
  return BY_WORD.test(first);
}
