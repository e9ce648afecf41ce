/**
 * Entity and key-figure highlights inside the article: the recognizer (in the extension, loaded only when
 * a page with an article asks) runs over the article's reading text, and its spans become CSS highlights, one per group, so the
 * page's DOM and text stay exactly as they were.
 */
import type { ArticleSelection } from '../core/article/types.ts';
import type { EntitySpan } from '../core/entities/types.ts';
import { keyFacts, type KeyFact } from '../core/facts/key-facts.ts';
import { articleText } from '../core/article/article-text.ts';
import { rangeForSpan } from '../core/text/block-text.ts';
import { GROUP_OF } from '../shared/groups.ts';
import { toBackground } from '../shared/messaging.ts';
import { ENTITY_GROUPS, type EntityGroup } from '../shared/types.ts';
import { highlightName, installHighlightStyle } from './page-style.ts';
import { flash } from './scroll.ts';

export interface EntityResult {
  spans: EntitySpan[];
  ranges: (Range | null)[];
  counts: Partial<Record<EntityGroup, number>>;
  facts: KeyFact[];
  ms: number;
}

let current: EntityResult | null = null;

/** Recognizes the article's entities (without drawing them; see `drawGroups`). */
export async function analyzeEntities(selection: ArticleSelection): Promise<EntityResult> {
  const t0 = performance.now();
  // The same text the command line prints, so offsets mean the same thing everywhere.
  const map = articleText(selection);
  // Recognition runs in the extension (a worker), never on the page's main thread.
  const spans = await toBackground('entities/recognize', { text: map.text });
  const ranges = spans.map((s) => rangeForSpan(map, s.start, s.end));
  const counts: Partial<Record<EntityGroup, number>> = {};
  spans.forEach((span, i) => {
    if (!ranges[i]) return;
    const group = GROUP_OF[span.type];
    counts[group] = (counts[group] ?? 0) + 1;
  });
  current = { spans, ranges, counts, facts: keyFacts(map.text, spans), ms: performance.now() - t0 };
  return current;
}

/** Shows exactly the `enabled` groups. */
export function drawGroups(enabled: readonly EntityGroup[]): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  installHighlightStyle();
  for (const group of ENTITY_GROUPS) {
    const ranges = current && enabled.includes(group)
      ? current.ranges.filter((r, i): r is Range => r !== null && GROUP_OF[current!.spans[i].type] === group)
      : [];
    if (ranges.length) CSS.highlights.set(highlightName.group(group), new Highlight(...ranges));
    else CSS.highlights.delete(highlightName.group(group));
  }
}

/** Removes every entity highlight. */
export function clearEntities(): void {
  current = null;
  drawGroups([]);
}

export function entityResult(): EntityResult | null {
  return current;
}

/** Scrolls to the first mention of a key fact. */
export function scrollToFact(index: number): boolean {
  const fact = current?.facts[index];
  const range = fact ? current?.ranges[fact.first] : null;
  if (!range) return false;
  flash(range);
  return true;
}
