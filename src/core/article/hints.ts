/**
 * What the markup of a page says about an element before its text is weighed: tag names, class and id
 * words, ARIA roles and schema.org properties. These are conventions of how pages are built in general
 * (CMS themes, ad and share widgets), never knowledge of particular sites.
 */

import { BLOCK_TAGS, SKIPPED_TAGS } from '../text/block-text.ts';

/** Elements whose content is never reading text: the reading text's list, plus a select's options. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([...SKIPPED_TAGS, 'OPTION']);

/**
 * Elements that start a block of text; their own inline text is judged as one unit. The reading text's
 * blocks, where table cells count as blocks of their own (a cell of prose is judged alone) and a rule (HR),
 * which holds no text, does not.
 */
export const TEXT_BLOCK_TAGS: ReadonlySet<string> = new Set([...BLOCK_TAGS, 'TD', 'TH', 'HTML'].filter((tag) => tag !== 'HR'));

export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Landmark tags that hold page furniture, not the story, when they appear inside the story's container. */
export const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'DIALOG', 'MENU']);

// Words in class/id that mark page furniture. Matched as whole words of the class/id, split on - _ and
// camelCase, so "shared-content" does not hit "share" and "header" does not hit "ad". Strong words name a
// thing that is never the story; weak words also appear on wrappers around the story ("widget-container",
// "content-sidebar-wrap", "behind-paywall"), so they only count on elements that are not mostly prose.
const STRONG_WORDS = new Set([
  'share',
  'shares',
  'sharing',
  'sharebar',
  'sharethis',
  'social',
  'socials',
  'addthis',
  'sociallinks',
  'ad',
  'ads',
  'adv',
  'advert',
  'adverts',
  'advertisement',
  'advertising',
  'adslot',
  'adunit',
  'dfp',
  'gpt',
  'sponsor',
  'sponsored',
  'outbrain',
  'taboola',
  'newsletter',
  'subscribe',
  'related',
  'recommended',
  'recommendations',
  'recirculation',
  'popular',
  'trending',
  'mostread',
  'comment',
  'comments',
  'disqus',
  'respond',
  'reply',
  'discussion',
  'breadcrumb',
  'breadcrumbs',
  'pagination',
  'pager',
  'navbar',
  'navigation',
  'menu',
  'submenu',
  'footer',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'copyright',
  'disclaimer',
  'ratings',
  'yarpp',
  'shariff',
  'printfriendly',
  'sharedaddy',
  'subscribebox',
  'optin',
]);

/** Class words of image credits and sources ("photo-credit", "image-source", "copyright"). */
const CREDIT_WORDS = new Set(['credit', 'credits', 'copyright', 'photographer', 'fotograf', 'source', 'quelle', 'cite']);

/** True for an image credit line: credit-like class words, or a figure's short "source" part. */
export function isCredit(el: Element, inFigure: boolean, textLength: number): boolean {
  if (textLength > 150) return false;
  const words = elementWords(el);
  let credit = false;
  let image = inFigure;
  for (const w of words) {
    if (CREDIT_WORDS.has(w) || (inFigure && (w === 'author' || w === 'photographer' || w === 'copyright' || w === 'rights'))) credit = true;
    if (/^(image|img|photo|picture|foto|bild|media|figure|caption)/.test(w)) image = true;
  }
  return credit && (image || words.includes('credit') || words.includes('credits') || words.includes('copyright'));
}

/** Compounds written as one word ("cookiebanner", "socialshare", "newsletterbox", "commentbody"; not "commentary"). */
const STRONG_PREFIX =
  /^(comment(?!ary|ator)|related|cookie|consent|gdpr|dsgvo|newsletter|socialshare|sharing|advert|sponsor|outbrain|taboola|disqus|breadcrumb)/;

const LEAD_WORDS = new Set(['text', 'intro', 'lead', 'body', 'copy', 'summary']);

/** Furniture that is prose itself: comment threads, cookie and privacy notices, copyright and legal notices. */
const ABSOLUTE = /^(comment|disqus|respond|reply|discussion|cookie|consent|gdpr|dsgvo|copyright|disclaimer)/;

const WEAK_WORDS = new Set([
  'nav',
  'promo',
  'promotion',
  'banner',
  'teaser',
  'teasers',
  'subscription',
  'signup',
  'paywall',
  'registration',
  'sidebar',
  'widget',
  'widgets',
  'masthead',
  'toolbar',
  'tools',
  'modal',
  'popup',
  'overlay',
  'skip',
  'tags',
  'tagcloud',
  'taglist',
  'categories',
  'keywords',
  'rating',
  'rate',
  'vote',
  'login',
  'search',
  'jump',
  'toc',
  'more',
  'readmore',
  'also',
  'latest',
  'feedback',
  'bio',
  'rss',
  'follow',
  'donate',
  'slider',
  'carousel',
]);

/** Words that turn a following furniture word into a statement about the page ("has-sidebar", "no-ads"). */
const QUALIFIERS = new Set(['has', 'with', 'no', 'without', 'is', 'enable', 'enabled', 'show', 'hide']);

// Words that mark the story's container in CMS themes.
const POSITIVE_WORDS = new Set([
  'article',
  'articlebody',
  'body',
  'content',
  'entry',
  'post',
  'story',
  'storybody',
  'text',
  'main',
  'blog',
  'news',
  'prose',
  'richtext',
  'single',
  'hentry',
  'instapaper_body',
  'page',
  'detail',
  'reader',
]);

// Words that together with a positive word mean "this is the body text", e.g. "article-body", "entry-content".
const BODY_WORDS = new Set(['body', 'content', 'text', 'entry', 'copy', 'prose', 'richtext']);

const ROLE_NEGATIVE = new Set([
  'navigation',
  'complementary',
  'banner',
  'contentinfo',
  'menu',
  'menubar',
  'dialog',
  'alertdialog',
  'search',
  'toolbar',
]);

const HAS_UPPER = /[A-Z]/;
const WORD = /[a-z0-9]+/g;

/** Splits "articleBody share-bar__item" into lower-case words ["article", "body", "share", "bar", "item"]. */
export function classWords(value: string): string[] {
  // Most class lists have no capitals: skip the camelCase split for them (one test instead of a copy).
  return (HAS_UPPER.test(value) ? value.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() : value).match(WORD) ?? [];
}

/** Words by class+id string: the same few class lists repeat thousands of times on a page. */
const wordsCache = new Map<string, string[]>();

/** The class and id words of an element (cached by the attribute text). */
export function elementWords(el: Element): string[] {
  if (!el.hasAttributes()) return [];
  const raw = hintText(el);
  let words = wordsCache.get(raw);
  if (!words) {
    words = classWords(raw);
    if (wordsCache.size > 20000) wordsCache.clear();
    wordsCache.set(raw, words);
  }
  return words;
}

/** The attributes hints are read from, joined: class, id, and for landmarks the role. */
function hintText(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return cls + ' ' + id;
}

// Bits of markupFlags.
/** A strong furniture word (share, ad, comments, related...), a negative role, or aria-hidden. */
export const F_NEGATIVE = 1;
/** Only a weak furniture word (widget, sidebar, more...): furniture unless the element is mostly prose. */
export const F_WEAK = 2;
/** A story-container word (article, content, post...). */
export const F_POSITIVE = 4;
/** schema.org articleBody or a class like "article-body": the body text itself. */
export const F_BODY = 8;
/** schema.org headline. */
export const F_HEADLINE = 16;
/** A furniture word that holds even for long prose (comments, cookie and consent texts). */
export const F_ABSOLUTE = 32;
/** Hidden by markup (see {@link hiddenByMarkup}). */
export const F_HIDDEN = 64;
/** A recipe's ingredient list (class word "ingredients", itemprop recipeIngredient): short lines that are the text. */
export const F_INGREDIENTS = 128;

/** Class words of a recipe's ingredient list (not of one ingredient, so the list itself is found). */
const INGREDIENT_WORDS = new Set(['ingredients', 'zutaten', 'ingredientes', 'ingredienti', 'skladniki']);

/**
 * Class names that label the item with one of its site's terms rather than say what the element is: CMS
 * themes add the post's tags, categories, author and format to its container ("tag-share",
 * "category-social-media", "author-admin"), so their words name topics, not furniture.
 */
const TERM_CLASS = /(^|\s)(tag|category|author|format|post-format)-\S+/g;
/** The classes such themes put on a post's container beside its terms ("hentry", "type-post", "post-123"). */
const POST_CLASS = /(^|\s)(hentry|type-[a-z]+|post-\d+|postid-\d+)(\s|$)/;

/** Classes that scripts select by ("js-social-images", "js_share"): they name a behaviour, not what the element is. */
const SCRIPT_HOOK = /(^|\s)js[-_]\S+/g;

/**
 * Whole class names that stylesheets use to hide an element (Bootstrap's, Foundation's and many themes'):
 * a site's A/B variants and print-only copies of the story sit in such boxes beside the story shown.
 */
const HIDDEN_CLASS = /(^|\s)(hidden|hide|d-none|is-hidden|display-none)(\s|$)/;
/**
 * A class that shows the element again at some screen width (Tailwind's "hidden md:block", Bootstrap's
 * "d-none d-lg-flex"): hidden on a phone only, so not hidden markup.
 */
const SHOWN_AT_WIDTH =
  /(^|\s)([a-z0-9]+:(block|flex|grid|inline|inline-block|inline-flex|table|contents)|d-(sm|md|lg|xl|xxl)-(block|flex|grid|inline|inline-block|inline-flex|table))(\s|$)/;

/** Judges class and id words as bits (callers cache by the attribute text). */
export function wordsFlags(raw: string): number {
  const hidden = HIDDEN_CLASS.test(raw) && !SHOWN_AT_WIDTH.test(raw) ? F_HIDDEN : 0;
  const words = classWords((POST_CLASS.test(raw) ? raw.replace(TERM_CLASS, ' ') : raw).replace(SCRIPT_HOOK, ' '));
  let negative = false;
  let absolute = false;
  let weakWords: Set<string> | null = null;
  let positive = false;
  let body = false;
  let ingredients = false;
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i];
    if (INGREDIENT_WORDS.has(w)) ingredients = true;
    if (i > 0 && QUALIFIERS.has(words[i - 1])) continue;
    if (STRONG_WORDS.has(w) || STRONG_PREFIX.test(w)) {
      negative = true;
      if (ABSOLUTE.test(w)) absolute = true;
    }
    // "teaser-text", "teaser-intro": the story's own lead paragraph, not a teaser for another story.
    else if (WEAK_WORDS.has(w) && !(w.startsWith('teaser') && LEAD_WORDS.has(words[i + 1] ?? ''))) (weakWords ??= new Set()).add(w);
    if (POSITIVE_WORDS.has(w)) {
      positive = true;
      const next = words[i + 1];
      if (next && BODY_WORDS.has(next) && w !== next) body = true;
    }
  }
  // Two different weak words ("widget sidebar-box") leave no doubt.
  if (weakWords && weakWords.size >= 2) negative = true;
  const weak = weakWords !== null && !negative;
  if (!negative && !weak && !positive && !ingredients) return hidden;
  return (
    hidden |
    (negative ? F_NEGATIVE : 0) |
    (weak ? F_WEAK : 0) |
    (positive ? F_POSITIVE : 0) |
    (body ? F_BODY : 0) |
    (absolute ? F_ABSOLUTE : 0) |
    (ingredients ? F_INGREDIENTS : 0)
  );
}

/** Flags by class+id string, so a repeated class list costs one map lookup. */
const flagsCache = new Map<string, number>();

/**
 * True when `el` has any attribute besides class and id that {@link markupFlags} reads, most common first.
 * (Asked one by one: a selector match is one call in a browser, but costs a selector engine's work per element
 * in DOMs written in JavaScript, a quarter more time for the whole command line.)
 */
function hasRareAttribute(el: Element): boolean {
  return (
    el.hasAttribute('style') || el.hasAttribute('role') || el.hasAttribute('itemprop') || el.hasAttribute('aria-hidden') || el.hasAttribute('hidden')
  );
}

/**
 * What the markup says about one element, as F_* bits: class/id words, itemprop, role, aria-hidden, and
 * {@link hiddenByMarkup}. Read for every element of the page by the measuring pass: DOM calls cost more
 * than the judging itself in a content script (measured in Chromium), so class and id are read as
 * properties, and the rare attributes only when one is there (reading the attribute names instead made an
 * array of strings per element: a third more time in an isolated world).
 */
export function markupFlags(el: Element): number {
  if (!el.hasAttributes()) return 0;
  // (Elements of other namespaces, such as SVG's, answer className with an object.)
  const className: unknown = el.className;
  const cls = typeof className === 'string' ? className : el.getAttribute('class');
  const id = el.id;
  // Empty values are not counted (the properties answer '' for an attribute that is not there).
  let words = 0;
  if (cls || id) {
    const raw = !id ? cls! : !cls ? ' ' + id : cls + ' ' + id;
    if (raw.length >= 2) {
      const cached = flagsCache.get(raw);
      if (cached === undefined) {
        words = wordsFlags(raw);
        if (flagsCache.size > 20000) flagsCache.clear();
        flagsCache.set(raw, words);
      } else words = cached;
    }
  }
  if (!hasRareAttribute(el)) return words;
  const hidden = hiddenByMarkup(el) ? F_HIDDEN : 0;
  const itemprop = el.getAttribute('itemprop');
  if (itemprop) {
    if (/articleBody|reviewBody|text/i.test(itemprop)) return F_POSITIVE | F_BODY | hidden;
    if (itemprop === 'headline') return F_HEADLINE | hidden;
    if (itemprop === 'recipeIngredient' || itemprop === 'ingredients') return words | F_INGREDIENTS | hidden;
  }
  const role = el.getAttribute('role');
  if (role && ROLE_NEGATIVE.has(role.toLowerCase())) return F_NEGATIVE | hidden;
  if (el.getAttribute('aria-hidden') === 'true') return F_NEGATIVE | hidden;
  return words | hidden;
}

/** True for elements hidden by markup alone (no layout needed): hidden, aria-hidden, inline display:none. */
export function hiddenByMarkup(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}
