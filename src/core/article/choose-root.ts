/**
 * Chooses the element that holds the article body (and decides when a page has none).
 *
 * The body container is the element whose subtree has the largest prose value (see analyze.ts): prose
 * paragraphs add to it, link lists, labels and furniture subtract, so the best container grows to take in
 * every paragraph of the story and stops where adding more of the page would bring in more clutter than text.
 */
import type { ElementStats, PageStats } from './analyze.ts';
import type { HeadIndex } from './head-index.ts';
import { metaContent } from './head-index.ts';
import { declaredTitle, matchesTitle, norm } from './title.ts';
import { CHOOSE_THRESHOLDS as T } from './choose-thresholds.ts';
import { F_NEGATIVE, FURNITURE_TAGS, markupFlags } from './hints.ts';

/** Below this much prose the page has no article worth isolating (a home page, a form, a gallery). */
export const MIN_ARTICLE_PROSE = T.minArticleProse;

/**
 * Selection score of a container: its prose value, nudged towards containers marked as the story
 * (a class like "article-body", itemprop=articleBody, an `<article>`); `<main>` and generic "content"
 * classes are too common on page wrappers to count.
 */
function score(s: ElementStats): number {
  if (s.value <= 0) return s.value;
  // (itemprop=articleBody is among the markup that sets `body`: see markupFlags.)
  if (s.body) return s.value * T.storyMarkupBoost.body;
  if (s.tag === 'ARTICLE') return s.value * T.storyMarkupBoost.article;
  return s.value;
}

/** Furniture named by weak words only ("sidebar", "widget"): no strong word, role or hidden mark. */
function weakOnly(s: ElementStats): boolean {
  return s.furniture && !s.hidden && (markupFlags(s.el) & F_NEGATIVE) === 0;
}

/** True when an ancestor is furniture or hidden: the text of a cookie banner is not an article. */
function insideFurniture(s: ElementStats, stats: PageStats, spareWeak = false): boolean {
  for (let p = s.el.parentElement; p; p = p.parentElement) {
    const ps = stats.byElement.get(p);
    if (spareWeak && ps && weakOnly(ps)) continue;
    // Body text named by its markup ("post-body entry-content") inside a wrapper only weakly marked as
    // furniture ("widget Blog", a blog engine's standard wrapper of the posts) is the story.
    if (s.body && ps && ps.furniture && !ps.hidden && (markupFlags(p) & F_NEGATIVE) === 0) continue;
    // Only a close wrapper counts: page-level wrappers carry state classes ("menu-active") that say
    // nothing about the story inside them.
    // A list is never such a wrapper: an item of a related-stories list is inside furniture.
    if (ps && (ps.furniture || ps.hidden) && (ps.text < s.text * T.closeWrapperTextRatio || ps.tag === 'UL' || ps.tag === 'OL')) return true;
  }
  return false;
}

/** The element with the best prose value, or null when the page holds too little prose. */
export function chooseBody(stats: PageStats): ElementStats | null {
  let best: ElementStats | null = null;
  let bestScore = 0;
  // Document order visits a container before its children; ">=" lets an equal-valued child win, so the
  // choice is the tightest element that holds all the value.
  for (const s of stats.all) {
    if (s.hidden || s.furniture) continue;
    const sc = score(s);
    if (sc >= bestScore && sc > 0) {
      if (best && sc === bestScore && !best.el.contains(s.el)) continue;
      if (insideFurniture(s, stats)) continue;
      best = s;
      bestScore = sc;
    }
  }
  if (!best || best.prose < MIN_ARTICLE_PROSE) return chooseTextBody(stats) ?? chooseInWeakFurniture(stats);
  return best;
}

/**
 * Last resort for a page whose only prose sits in a box named by weak words ("sidebar widget"): small pages
 * whose theme puts the story there. The best prose value among such boxes, if it holds enough prose.
 */
function chooseInWeakFurniture(stats: PageStats): ElementStats | null {
  let best: ElementStats | null = null;
  let bestValue = 0;
  for (const s of stats.all) {
    if (s.hidden || (s.furniture && !weakOnly(s)) || s.tag === 'BODY' || s.tag === 'HTML') continue;
    // A weak box's own value counts its text against it: judge it by its prose, as if it were not marked.
    const v = s.furniture ? s.prose : s.clean;
    if (v > bestValue && s.prose >= MIN_ARTICLE_PROSE && !insideFurniture(s, stats, true)) {
      best = s;
      bestValue = v;
    }
  }
  return best;
}

/**
 * Fallback for pages whose content is not prose (results tables, spec sheets, galleries with short
 * captions): the element with the most text that is not links, if it holds enough and few links.
 */
function chooseTextBody(stats: PageStats): ElementStats | null {
  let best: ElementStats | null = null;
  let bestScore = 0;
  for (const s of stats.all) {
    if (s.hidden || s.furniture || s.tag === 'BODY' || s.tag === 'HTML') continue;
    const sc = s.text - T.textBody.linkWeight * s.link;
    if (sc > bestScore || (sc === bestScore && best && best.el.contains(s.el))) {
      if (insideFurniture(s, stats)) continue;
      best = s;
      bestScore = sc;
    }
  }
  if (!best || best.text - best.link < T.textBody.minTextOutsideLinks || best.link > best.text * T.textBody.maxLinkShare) return null;
  return best;
}

/**
 * Climbs from the best container to ancestors that add little but short lines of the same story (a closing
 * one-line paragraph, a subheading, a caption) and no link lists or furniture: such lines cost a little
 * value each, so the best container can stop one level too deep. An ancestor that adds story prose once its
 * furniture is taken out (paragraphs beside a long related list or comment thread in one container) is
 * taken in too: pruning drops that furniture.
 */
export function widen(best: ElementStats, stats: PageStats): ElementStats {
  let current = best;
  const tolerance = Math.max(T.widen.minTolerance, best.value * T.widen.toleranceShare);
  for (let p = best.el.parentElement; p; p = p.parentElement) {
    const ps = stats.byElement.get(p);
    if (!ps || ps.tag === 'BODY' || ps.tag === 'HTML' || ps.furniture || ps.hidden) break;
    const extraText = ps.text - current.text;
    const extraLink = ps.link - current.link;
    const addsProse = ps.clean >= current.clean + T.widen.addedClean;
    if ((ps.value < best.value - tolerance && !addsProse) || extraLink > extraText * T.widen.maxExtraLinkShare) break;
    current = ps;
  }
  return current;
}

/**
 * When the best container is (nearly) the whole page, it adds up the story and some other block of prose
 * (a hidden popup, a long footer text). The story is the part that holds the page's headline: the best
 * container inside the top-level branch that holds the title-matching heading, if it carries a fair
 * share of the value.
 */
export function narrowToHeadline(core: ElementStats, stats: PageStats, doc: Document, head: HeadIndex): ElementStats {
  const page = stats.root;
  if (!page || (core.tag !== 'BODY' && core.tag !== 'HTML' && core.text < page.text * T.wholePageShare)) return core;
  const title = declaredTitle(doc, head);
  let heading: ElementStats | null = null;
  for (const s of stats.headings) {
    if ((s.tag === 'H1' || s.headline) && !s.hidden && core.el.contains(s.el) && matchesTitle(norm(s.el.textContent ?? ''), title)) {
      heading = s;
      break;
    }
  }
  if (!heading || heading === core) return core;
  let branch: Element = heading.el;
  while (branch.parentElement && branch.parentElement !== core.el) branch = branch.parentElement;
  let best: ElementStats | null = null;
  for (const s of stats.all) {
    if (s.hidden || s.furniture || !branch.contains(s.el)) continue;
    if (!best || score(s) > score(best)) best = s;
  }
  if (!best || best.prose < MIN_ARTICLE_PROSE || score(best) < score(core) * T.headlineBranchMinScoreShare) return core;
  return best;
}

/** Text compared without apostrophes and quotes, which titles and headings often write differently ("I’m", "Im"). */
function loose(text: string): string {
  return norm(text).replace(QUOTES, '');
}

const QUOTES = /['\u2018\u2019"\u201c\u201d]/g;

/** The heading that states the page's title: the longest match, so a blog's name is not taken for its post's title. */
function titleHeading(stats: PageStats, title: string): ElementStats | null {
  let found: ElementStats | null = null;
  for (const s of stats.headings) {
    if (s.hidden || !(s.headline || s.tag === 'H1' || s.tag === 'H2' || s.tag === 'H3')) continue;
    const text = loose(s.el.textContent ?? '');
    if (matchesTitle(text, title) && (!found || text.length > loose(found.el.textContent ?? '').length)) found = s;
  }
  return found;
}

/**
 * The marks blog engines put on one post's container (WordPress, Blogger and Typepad themes): "hentry",
 * "type-post", an id like "post-123" or "entry-6a00d8…".
 */
const BLOG_POST = /(^|\s)(hentry|type-post|post-\d+|postid-\d+|entry-[0-9a-f]{8,})(\s|$)/;

/** True when a container sits in the page's furniture: a sidebar, a header or footer, a box marked by weak words. */
function inPageFurniture(s: ElementStats, stats: PageStats): boolean {
  for (let p = s.el.parentElement; p; p = p.parentElement) {
    const ps = stats.byElement.get(p);
    if (!ps || ps.tag === 'BODY') return false;
    if (ps.furniture || ps.hidden || FURNITURE_TAGS.has(ps.tag) || ps.tag === 'HEADER') return true;
  }
  return false;
}

/**
 * The post that holds the page's headline, when the best prose of the page lies outside it: a photo post or
 * a post of a few lines has less prose than the blog's profile box or tagline, or none at all. The post is
 * the headline's closest ancestor marked as a story ("post", "entry", `<article>`); it is taken when the
 * prose chosen elsewhere is short (or there is none) and the post is not most of the page.
 */
export function preferHeadlinePost(best: ElementStats | null, stats: PageStats, doc: Document, head: HeadIndex): ElementStats | null {
  if (best && best.prose >= T.headlinePost.maxOtherProse) return best;
  const page = stats.root;
  const heading = page ? titleHeading(stats, loose(declaredTitle(doc, head))) : null;
  if (!page || !heading || (best && best.el.contains(heading.el))) return best;
  for (let p = heading.el.parentElement; p; p = p.parentElement) {
    const ps = stats.byElement.get(p);
    if (!ps || ps.tag === 'BODY' || ps.tag === 'HTML' || ps.hidden || ps.furniture) return best;
    if (!ps.positive && ps.tag !== 'ARTICLE') continue;
    // A blog engine's post is one post, however long its comment thread: only other containers may be the page.
    const blogPost = BLOG_POST.test(`${p.getAttribute('class') ?? ''} ${p.id}`);
    if ((!blogPost && ps.text > page.text * T.headlinePost.maxPageShare) || (best && ps.el.contains(best.el))) return best;
    // A news page's headline often sits outside its body: only a blog engine's post, or prose chosen in the
    // page's furniture, gives way.
    return !best || blogPost || inPageFurniture(best, stats) ? ps : best;
  }
  return best;
}

/**
 * True when the chosen container is a list of stories rather than one story (a home or section page):
 * the page does not call itself an article, no heading matches its title, and the container holds many
 * headings that are links, at least as many as it has paragraphs.
 */
export function isListing(core: ElementStats, stats: PageStats, doc: Document, head: HeadIndex): boolean {
  const type = (metaContent(head, 'og:type') ?? '').toLowerCase();
  if (type === 'article' || type.endsWith('article') || type === 'blog' || type === 'blogposting') return false;
  let linkedHeadings = 0;
  const title = declaredTitle(doc, head);
  for (const s of stats.headings) {
    if (s.order <= core.order) continue;
    if (!core.el.contains(s.el)) break;
    if ((s.tag === 'H1' || s.headline) && matchesTitle(norm(s.el.textContent ?? ''), title)) return false;
    if ((s.tag === 'H2' || s.tag === 'H3' || s.tag === 'H4') && s.text > 0 && s.link >= s.text * T.listing.linkShare) linkedHeadings += 1;
  }
  return linkedHeadings >= T.listing.minLinkedHeadings && linkedHeadings >= core.paragraphs;
}
