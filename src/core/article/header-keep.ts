/**
 * Keeps the reader's header with the article: the headline, standfirst, byline, date and lead image found
 * around the chosen roots (header-parts.ts) become roots of their own when they sit outside them, and a
 * drop that holds one is split so that the part stays and the rest of the drop still goes.
 */
import type { ArticleSelection } from './types.ts';
import type { HeadIndex } from './head-index.ts';
import { findReaderHeader, headerElements, type DetectorFindings } from './header-parts.ts';
import { precedes } from './header-headline.ts';
import { isCredit } from './hints.ts';

/** Image credits inside a lead image kept as a root of its own (the article's own figures lose them too). */
function creditsIn(image: Element | null): Element[] {
  if (!image) return [];
  const out: Element[] = [];
  image.querySelectorAll('*').forEach((el) => {
    if (!out.some((o) => o.contains(el)) && isCredit(el, true, (el.textContent ?? '').trim().length)) out.push(el);
  });
  return out;
}

/** The drops without those holding a part: each is replaced by its children that hold none, level by level. */
export function splitDrops(drops: readonly Element[], parts: readonly Element[]): Element[] {
  const out: Element[] = [];
  const split = (el: Element) => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (parts.includes(child)) continue;
      if (parts.some((p) => child.contains(p))) split(child);
      else out.push(child);
    }
  };
  for (const drop of drops) {
    if (parts.includes(drop)) continue;
    if (parts.some((p) => drop.contains(p))) split(drop);
    // A drop inside a part stays dropped (an ad inside the header's wrapper).
    else out.push(drop);
  }
  return out;
}

/** Sorts into document order and removes elements inside another. */
function outermost(elements: readonly Element[]): Element[] {
  const sorted = [...new Set(elements)].sort((a, b) => (a === b ? 0 : precedes(a, b) ? -1 : 1));
  const out: Element[] = [];
  for (const el of sorted) if (!out.some((o) => o.contains(el))) out.push(el);
  return out;
}

/**
 * The selection with the reader's header kept. Parts that would hold one of the chosen roots are left out
 * (they are not header parts but wrappers of the article).
 */
export function withReaderHeader(doc: Document, selection: ArticleSelection, head?: HeadIndex, known: DetectorFindings = {}): ArticleSelection {
  const header = findReaderHeader(doc, selection, head, known, false);
  const parts = headerElements(header).filter((p) => !selection.keep.some((r) => p !== r && p.contains(r)));
  if (parts.length === 0) return selection;
  const added = parts.filter((p) => !selection.keep.some((r) => r.contains(p)));
  const keep = added.length > 0 ? outermost([...selection.keep, ...added]) : selection.keep;
  const credits = added.includes(header.image!) ? creditsIn(header.image) : [];
  return { keep, drop: outermost([...splitDrops(selection.drop, parts), ...credits]), method: selection.method };
}
