/**
 * Finds what to drop inside the kept subtrees: share bars, ads, newsletter boxes, related-link lists,
 * comment threads, and the clutter that sits between the headline and the body or after the body.
 */
import type { ElementStats, PageStats } from './analyze.ts';
import { isProse } from './element-stats.ts';
import { finish, NO_BUDGET, type Budget } from '../slices.ts';
import { isAdLabel, isBoxLabel, isCallToAction, isControlText, isCreditLine, isCreditText, isDisclosure, isSeeAlso, spaced } from './text-cues.ts';
import {
  F_NEGATIVE,
  F_WEAK,
  FURNITURE_TAGS,
  HEADING_TAGS,
  TEXT_BLOCK_TAGS,
  classWords,
  elementWords,
  isCredit,
  markupFlags,
  wordsFlags,
} from './hints.ts';
import { PRUNE_THRESHOLDS as T } from './prune-thresholds.ts';
import { dropCommentThreads, dropOrphanHeadings, dropSeeAlsoSections, dropTrailingNotes } from './prune-sections.ts';

/** Class/id words of the byline and date line, which are short and often links but belong to the article. */
const BYLINE_WORDS = new Set([
  'author',
  'authors',
  'byline',
  'by',
  'date',
  'time',
  'dateline',
  'published',
  'posted',
  'timestamp',
  'credit',
  'credits',
  'caption',
  'figcaption',
]);

function isBylineLike(s: ElementStats): boolean {
  if (s.text > T.bylineMaxText) return false;
  if (s.el.querySelector('time') || s.tag === 'TIME') return true;
  const words = elementWords(s.el);
  const extra = (s.el.getAttribute('itemprop') ?? '') + ' ' + (s.el.getAttribute('rel') ?? '');
  if (extra.length > 1 && classWords(extra).some((w) => BYLINE_WORDS.has(w))) return true;
  return words.some((w) => BYLINE_WORDS.has(w));
}

/** Class words of an "about the author" box: a biography, not the byline. */
const AUTHOR_WORDS = new Set(['author', 'authors', 'autor', 'autoren', 'auteur', 'autore', 'writer']);
const BOX_WORDS = new Set(['box', 'bio', 'info', 'description', 'about', 'profile', 'details', 'card', 'teaser', 'widget', 'block']);

/** A date or a clock time: bylines carry them ("Updated: 26-11-2026 14:05 IST"), author biographies do not. */
const DATE_OR_TIME = /\b\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}\b|\b\d{1,2}:\d{2}\b/;

function isAuthorBox(s: ElementStats): boolean {
  if (s.text < T.authorBox.minText) return false;
  const words = elementWords(s.el);
  const author = words.some((w) => AUTHOR_WORDS.has(w) || w === 'authorbox' || w === 'aboutauthor');
  const box = words.some((w) => BOX_WORDS.has(w)) || s.text > T.authorBox.boxText;
  // (The text last: most blocks carry no author word, and reading text costs.)
  return author && box && !(s.text < T.authorBox.datedMaxText && DATE_OR_TIME.test(s.el.textContent ?? ''));
}

/** Class words of card lists, where "teaser" names a promo card rather than the story's standfirst. */
const TEASER_LIST_WORDS = new Set(['list', 'item', 'items', 'card', 'cards', 'related', 'more', 'promo', 'grid', 'slider', 'carousel', 'box']);

/**
 * A standfirst that the site calls a "teaser" (the word also names promo cards): before the body, prose
 * without links, and no word of a card list around it.
 */
function isStandfirst(s: ElementStats, ctx: PruneContext): boolean {
  if (s.order > ctx.core.order || s.el.contains(ctx.core.el) || s.link > 0 || s.text < T.standfirst.minText || s.text > T.standfirst.maxText)
    return false;
  const words = elementWords(s.el);
  return words.includes('teaser') && !words.some((w) => TEASER_LIST_WORDS.has(w));
}

/** Context of one pruning run. */
export interface PruneContext {
  stats: PageStats;
  body: ElementStats;
  /** The best container before widening: the story's paragraphs. */
  core: ElementStats;
  headline: ElementStats | null;
  /** Prose in the whole kept selection: furniture may not take away a large part of it. */
  totalProse: number;
  drop: Element[];
  /** Dropped headings that announce other stories ("Related posts"): the links under them go too. */
  seeAlsoHeadings: Element[];
}

/** Why an element is not article text, or null to keep it. */
function dropReason(s: ElementStats, ctx: PruneContext, inFigure: boolean): string | null {
  if (s.hidden) return 'hidden';
  const bigShare = s.prose > ctx.totalProse * T.largeShare.shareOfProse && s.prose > T.largeShare.minProse;
  if (s.furniture && !bigShare && !isStandfirst(s, ctx) && !headsProse(s, ctx.stats)) return 'hint';
  if (FURNITURE_TAGS.has(s.tag) && !bigShare) return 'landmark';
  // A list of links named as furniture ("related_post") stays furniture however much summary text its items
  // carry: a list is never the wrapper of a story that a state class could be on.
  if ((s.tag === 'UL' || s.tag === 'OL') && s.link > 0 && (markupFlags(s.el) & F_NEGATIVE) !== 0) return 'hint';
  if (s.text === 0) return null;
  // The wording cues below only judge short blocks: read the text once, and only for those, with its white
  // space made plain once (the cues' length limits then count the text as read, not the page's indentation).
  const text = s.text < T.readTextUnder ? spaced(s.el.textContent ?? '') : '';
  if (s.text < T.adLabelMaxText && isAdLabel(text)) return 'label';
  if (s.tag === 'H1' || s === ctx.headline) return null;
  // "Read also: <link>" lines between paragraphs point away from the story.
  if (s.text < T.seeAlsoLineMaxText && s.link > 0 && (s.tag === 'P' || s.tag === 'DIV' || HEADING_TAGS.has(s.tag)) && isSeeAlso(text))
    return 'see-also';
  // A short heading or line that announces other stories ("Mehr zum Thema", "You may also like") heads no story text.
  if (s.text < T.seeAlsoHeadingMaxText && TEXT_BLOCK_TAGS.has(s.tag) && isSeeAlso(text)) {
    ctx.seeAlsoHeadings.push(s.el);
    return 'see-also';
  }
  if (s.text < T.controlMaxText && isControlText(text)) return 'control';
  if (s.text < T.boxLabelMaxText && isBoxLabel(text)) return 'box-label';
  if (s.text < T.disclosure.maxText && s.prose < T.disclosure.maxProse && isDisclosure(text)) return 'disclosure';
  // A short block of its own that addresses the reader ("Join our Telegram channel", "Support us") is a
  // pitch wherever it sits; longer blocks are trusted only after the story (dropTrailingNotes).
  if (s.text < T.pitchMaxText && TEXT_BLOCK_TAGS.has(s.tag) && isCallToAction(text)) return 'pitch';
  if (isCredit(s.el, inFigure, s.text)) return 'credit';
  if (inFigure && s.text < T.figureCreditMaxText && s.tag !== 'FIGCAPTION' && isCreditText(text)) return 'credit';
  if (s.text < T.creditLineMaxText && isCreditLine(text)) return 'credit';
  if (isAuthorBox(s) && !bigShare) return 'author-box';
  // Link lists and link blocks: "read more", related stories, tag lists, pagination.
  // Only whole blocks: a link inside a sentence or a byline is part of it.
  if (TEXT_BLOCK_TAGS.has(s.tag) && s.link > s.text * T.linkBlock.minLinkShare && s.prose < T.linkBlock.maxProse && !isBylineLike(s)) return 'links';
  return null;
}

/**
 * A subheading named furniture by its id alone, whose section opens with a paragraph of prose (furniture
 * between them, such as an ad slot, left aside), heads a section of the story: the ids of subheadings are
 * anchors made from their text or for a table of contents ("nav_<slug>"), not names of page furniture.
 * (A class word still counts: "teaser-headline" over a promo's summary is furniture.)
 */
function headsProse(s: ElementStats, stats: PageStats): boolean {
  if (!HEADING_TAGS.has(s.tag) || s.tag === 'H1' || s.link > 0) return false;
  if ((wordsFlags(s.el.getAttribute('class') ?? '') & (F_NEGATIVE | F_WEAK)) !== 0) return false;
  for (let next = s.el.nextElementSibling; next; next = next.nextElementSibling) {
    const ns = stats.byElement.get(next);
    if (ns === undefined || ns.hidden || ns.furniture || ns.text === 0) continue;
    return ns.tag === 'P' && isProse(ns);
  }
  return false;
}

/**
 * A list of story cards: three or more items, most of which hold a heading or open with a link that
 * carries a good part of the item's text (related stories, "more from", recipe cards).
 */
function isTeaserList(s: ElementStats, stats: PageStats): boolean {
  if (s.link < s.text * T.teaserList.minLinkShare) return false;
  let items = 0;
  let cards = 0;
  for (let c = s.el.firstElementChild; c; c = c.nextElementSibling) {
    const cs = stats.byElement.get(c);
    if (!cs || cs.tag !== 'LI' || cs.text === 0) continue;
    items += 1;
    const hasHeading = c.querySelector('h2, h3, h4, h5, h6') !== null;
    if (hasHeading || cs.link >= cs.text * T.teaserList.cardLinkShare) cards += 1;
  }
  return items >= T.teaserList.minItems && cards >= items * T.teaserList.cardShare;
}

/** A container of two or more text blocks whose text is mostly not prose. */
function isBox(s: ElementStats, stats: PageStats): boolean {
  if (
    s.prose >= s.text * T.box.maxProseShare ||
    s.text === 0 ||
    HEADING_TAGS.has(s.tag) ||
    s.tag === 'FIGURE' ||
    s.tag === 'UL' ||
    s.tag === 'OL' ||
    s.tag === 'TABLE'
  )
    return false;
  let blocks = 0;
  for (let c = s.el.firstElementChild; c && blocks < T.box.minBlocks; c = c.nextElementSibling) {
    const cs = stats.byElement.get(c);
    if (cs && cs.text > 0 && TEXT_BLOCK_TAGS.has(cs.tag)) blocks += 1;
  }
  return blocks >= T.box.minBlocks;
}

/**
 * Lists the elements inside `roots` that are not article text, in document order, none inside another.
 * `body` is the body-text container (inside one of the roots), `headline` the headline if known.
 */
export function findDrops(
  stats: PageStats,
  roots: ElementStats[],
  body: ElementStats,
  headline: ElementStats | null,
  core: ElementStats = body,
): Element[] {
  return finish(findDropsSteps(stats, roots, body, headline, core, NO_BUDGET));
}

/** Where the walk of {@link findDropsSteps} stands inside one element. */
interface Place {
  next: Element | null;
  afterBody: boolean;
  inFigure: boolean;
}

/**
 * {@link findDrops} as sliceable work (see slices.ts): a kept subtree can hold thousands of elements (a
 * story above a long thread), each judged on its own, so the walk yields when `budget` says so.
 */
export function* findDropsSteps(
  stats: PageStats,
  roots: ElementStats[],
  body: ElementStats,
  headline: ElementStats | null,
  core: ElementStats,
  budget: Budget,
): Generator<void, Element[]> {
  const totalProse = roots.reduce((sum, r) => sum + r.prose, 0);
  const ctx: PruneContext = { stats, body, core, headline, totalProse, drop: [], seeAlsoHeadings: [] };
  let judged = 0;
  for (const r of roots) {
    // An explicit stack instead of recursion, so the walk can stop between two elements.
    const stack: Place[] = [{ next: r.el.firstElementChild, afterBody: false, inFigure: false }];
    while (stack.length > 0) {
      const place = stack[stack.length - 1];
      const child = place.next;
      if (child === null) {
        stack.pop();
        continue;
      }
      place.next = child.nextElementSibling;
      const s = stats.byElement.get(child);
      if (!s) continue;
      const holdsBody = child === body.el || child.contains(body.el);
      if (holdsBody) {
        stack.push({ next: child.firstElementChild, afterBody: false, inFigure: false });
        continue;
      }
      const after = place.afterBody || s.order > body.order;
      let reason = dropReason(s, ctx, place.inFigure);
      // Outside the body container, after it: only a real paragraph's worth of prose stays (tags, share,
      // a "more from" teaser with one line of summary follow a story).
      if (!reason && after && !body.el.contains(child) && s.prose <= T.afterBodyProse && s.text > 0) reason = 'after-body';
      // Beside the story's paragraphs, a box of several blocks that is mostly not prose is a sidebar,
      // an info box or a teaser list, even where the container was widened over it.
      if (!reason && core !== body && !child.contains(core.el) && !core.el.contains(child) && isBox(s, stats)) reason = 'box';
      if (!reason && (s.tag === 'UL' || s.tag === 'OL') && isTeaserList(s, stats)) reason = 'teasers';
      if (reason) ctx.drop.push(child);
      else stack.push({ next: child.firstElementChild, afterBody: after, inFigure: place.inFigure || s.tag === 'FIGURE' || s.tag === 'FIGCAPTION' });
      if (++judged % T.checkEvery === 0 && budget.due()) yield;
    }
  }
  if (budget.due()) yield;
  dropSeeAlsoSections(ctx);
  dropCommentThreads(roots, ctx);
  dropTrailingNotes(body, ctx);
  if (budget.due()) yield;
  for (const r of roots) dropOrphanHeadings(r.el, ctx);
  ctx.drop.sort((a, b) => (stats.byElement.get(a)?.order ?? 0) - (stats.byElement.get(b)?.order ?? 0));
  return ctx.drop;
}
