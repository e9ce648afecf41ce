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
import { canHighlight, highlightName, type PageStyle } from './page-style.ts';
import type { Flasher } from './scroll.ts';

export interface EntityResult {
  spans: EntitySpan[];
  ranges: (Range | null)[];
  counts: Partial<Record<EntityGroup, number>>;
  facts: KeyFact[];
  ms: number;
}

/** The entity highlights of one page session: the last analysis and what is drawn of it. */
export class EntityLayer {
  private current: EntityResult | null = null;

  constructor(
    private readonly style: PageStyle,
    private readonly flasher: Flasher,
  ) {}

  /** The last analysis, or null. */
  get result(): EntityResult | null {
    return this.current;
  }

  /** Recognizes the article's entities (without drawing them; see `draw`). */
  async analyze(selection: ArticleSelection): Promise<EntityResult> {
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
    this.current = { spans, ranges, counts, facts: keyFacts(map.text, spans), ms: performance.now() - t0 };
    return this.current;
  }

  /** Shows exactly the `enabled` groups. */
  draw(enabled: readonly EntityGroup[]): void {
    if (!canHighlight()) return;
    const current = this.current;
    if (current) this.style.install();
    for (const group of ENTITY_GROUPS) {
      const ranges =
        current && enabled.includes(group)
          ? current.ranges.filter((r, i): r is Range => r !== null && GROUP_OF[current.spans[i].type] === group)
          : [];
      if (ranges.length) CSS.highlights.set(highlightName.group(group), new Highlight(...ranges));
      else CSS.highlights.delete(highlightName.group(group));
    }
  }

  /** Removes every entity highlight and forgets the analysis. */
  clear(): void {
    this.current = null;
    this.draw([]);
  }

  /** Scrolls to the first mention of a key fact. */
  scrollToFact(index: number): boolean {
    const fact = this.current?.facts[index];
    const range = fact ? this.current?.ranges[fact.first] : null;
    if (!range) return false;
    this.flasher.flash(range);
    return true;
  }
}
