/**
 * Where the article's body starts, so the reader's header (header-parts.ts) is what comes before it: the
 * first paragraph of prose after the headline, read from the page or from the measuring pass's numbers.
 */
import type { PageStats } from './analyze.ts';
import { elementWords, HEADING_TAGS } from './hints.ts';
import { precedes } from './header-headline.ts';
import { LEAD_CLASS } from './headline.ts';
import { HEADER_LIMITS as L, hasWord, textLength } from './header-cues.ts';

/** True when `el` or an ancestor below `root` is in `set`. */
function insideAny(el: Element, set: ReadonlySet<Element>, root: Element): boolean {
  if (set.size === 0) return false;
  for (let a: Element | null = el; a && a !== root; a = a.parentElement) if (set.has(a)) return true;
  return set.has(root);
}

/**
 * The first paragraph of the article's body (the header ends there): the first after the headline, or the
 * first of all when the body comes before the headline in the markup (a headline column after the text's).
 */
export function findBodyStart(roots: readonly Element[], headline: Element | null, dropped: ReadonlySet<Element>): Element | null {
  let first: Element | null = null;
  for (const root of roots) {
    const paragraphs = root.querySelectorAll('p');
    for (let i = 0; i < paragraphs.length; i += 1) {
      const p = paragraphs[i];
      if (headline?.contains(p)) continue;
      if (textLength(p) < L.bodyParagraphMinText || hasWord(elementWords(p), LEAD_CLASS)) continue;
      if (insideAny(p, dropped, root)) continue;
      if (!headline || !precedes(p, headline)) return p;
      first ??= p;
    }
  }
  return first;
}

/**
 * {@link findBodyStart} from the measuring pass's numbers, without reading the page again: the first text
 * block of prose size (its own text, a paragraph or a `div` of text and line breaks alike; a body written
 * without `<p>` no longer sends the search on to the comments' paragraphs). Undefined when a root was not
 * measured (the caller then reads the page).
 */
export function findBodyStartInStats(
  roots: readonly Element[],
  headline: Element | null,
  dropped: ReadonlySet<Element>,
  stats: PageStats,
): Element | null | undefined {
  let first: Element | null = null;
  for (const root of roots) {
    const rs = stats.byElement.get(root);
    if (!rs) return undefined;
    for (let i = rs.order + 1; i < stats.all.length; i += 1) {
      const s = stats.all[i];
      if (s.ownText - s.ownLink < L.bodyBlockMinText || HEADING_TAGS.has(s.tag) || s.hidden) continue;
      if (!root.contains(s.el)) break;
      if (headline?.contains(s.el) || hasWord(elementWords(s.el), LEAD_CLASS) || insideAny(s.el, dropped, root)) continue;
      if (!headline || !precedes(s.el, headline)) return s.el;
      first ??= s.el;
    }
  }
  return first;
}
