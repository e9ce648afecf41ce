/**
 * Native measuring of subtrees that can never be the article (see analyze.ts): their text and link text
 * are read with `textContent` and `querySelectorAll` instead of a walk. In a content script the walk's cost
 * is the browser creating a JS wrapper for every node it touches, and furniture (menus, footers, comment
 * threads, related lists) is a large share of a page's nodes.
 */
import { F_ABSOLUTE, F_BODY, F_HIDDEN, F_NEGATIVE, F_WEAK } from './hints.ts';

const SPACE = /[\s\u00a0]+/g;

/**
 * Elements inside a subtree whose text is not reading text (a subset of SKIP_TAGS that holds text), and links:
 * one selector query finds both.
 */
const NOT_TEXT_OR_LINK = 'a, script, style, noscript, template, textarea, select, button';

/** Non-white-space characters of a string. */
export function visibleLength(data: string): number {
  return data.replace(SPACE, '').length;
}

/**
 * Non-white-space characters of the reading text under `el` (script and style text left out) and of its
 * link text, read natively: one `textContent` and one selector query.
 */
function nativeText(el: Element): { text: number; link: number } {
  let text = visibleLength(el.textContent ?? '');
  let link = 0;
  // The last link seen: what is not text inside it is not link text either. (A browser that runs scripts
  // reads a <noscript> as raw text, and `<a><noscript><img …></noscript></a>` is a common lazy-image
  // pattern: counted in the link, its markup made link text outweigh the text.)
  let lastLink: Element | null = null;
  const found = el.querySelectorAll(NOT_TEXT_OR_LINK);
  for (let i = 0; i < found.length; i += 1) {
    const n = visibleLength(found[i].textContent ?? '');
    if (found[i].localName === 'a') {
      link += n;
      lastLink = found[i];
    } else {
      text -= n;
      if (lastLink !== null && lastLink.contains(found[i])) link -= n;
    }
  }
  return { text: Math.max(0, text), link };
}

/** A subtree measured natively (its descendants get no measurements). */
export interface Skimmed {
  /** Text and link text, as analyze counts them (hidden descendants are counted: they are rare in furniture). */
  text: number;
  link: number;
  /** Furniture by its class/id words, as the walk would have found. */
  furniture: boolean;
  /** Estimated prose of furniture (0 otherwise): its text outside links when that could be a paragraph. */
  prose: number;
}

/**
 * Share of the page's text above which a subtree is walked after all: a page may wrap the whole story in
 * a form (ASP.NET), a hidden wrapper revealed by a script, or an element with a misleading class.
 * (analyze.ts checks it once the page's text is known, and measures again walking such subtrees.)
 */
export const MAX_SHARE = 0.3;

/** Prose (characters) from which a strong furniture word on a wrapper may be a state class (see analyze). */
const STATE_CLASS_PROSE = 1000;

/**
 * Measures `el` natively when its subtree cannot be the article: hidden by markup; marked as furniture by a
 * strong word (unless the walk could find it to be a wrapper of long prose); marked by a weak word only
 * (widget, sidebar, teaser), or a furniture landmark (nav, aside, footer, form, dialog, menu), that cannot
 * hold a paragraph of prose. Weak words name furniture only where the prose inside says so (a story sits in
 * "content-sidebar-wrap"), so the subtrees that could be prose are walked; the others are what the walk would
 * call furniture (under 150 characters outside links, or mostly links), and skimming them spared 14% of the
 * elements walked over the corpus, for the same F1. Subtrees that hold an H1 are walked: the headline is
 * looked for everywhere. Returns null to walk the subtree. The caller (analyze) asks only for elements that
 * are hidden, carry a furniture word, or are furniture landmarks: the walk runs cold, and a call per element
 * costs.
 */
export function skim(el: Element, tag: string, flags: number): Skimmed | null {
  if ((flags & F_BODY) !== 0 || tag === 'BODY' || tag === 'HTML') return null;
  const hidden = (flags & F_HIDDEN) !== 0;
  const negative = (flags & F_NEGATIVE) !== 0;
  // (Before the text is read: a wrapper of the whole page with the headline in it is common, and big.)
  if (el.querySelector('h1')) return null;
  const { text, link } = nativeText(el);
  // Prose, as analyze counts it, is at most the text outside links: the tests below mirror analyze's.
  const plain = text - link;
  const strong = negative && ((flags & F_ABSOLUTE) !== 0 || plain < STATE_CLASS_PROSE || plain < text * 0.6);
  // A landmark or weak word without a strong one is judged by its text: only what cannot hold much prose is skimmed.
  if (!hidden && !strong && plain >= 150 && link < text * 0.5) return null;
  // On what cannot be prose a weak word holds (see finishElement).
  const furniture = strong || ((flags & F_WEAK) !== 0 && !hidden);
  // The walk counts as prose the blocks of 40 characters or more that are not mostly links.
  // Comment threads and cookie notices (absolute furniture) never count as the story's prose, however long:
  // an estimate there would let a long thread pass for a large share of the story in prune.ts.
  const prose = furniture && (flags & F_ABSOLUTE) === 0 && plain >= 40 && link < plain * 0.5 ? plain : 0;
  return { text, link, furniture, prose };
}
