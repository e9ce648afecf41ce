/**
 * Entity and key-figure highlights inside the article: the recognizer (in the extension, loaded only when
 * a page with an article asks) runs over the article's reading text, and its spans become CSS highlights, one per group, so the
 * page's DOM and text stay exactly as they were.
 *
 * Two ways to calm them: "first mention only" marks each name or figure where the story first gives it, and
 * focus follows one name through the story — every mention of it marked (surnames and short company names
 * included, see core/entities/mention-keys.ts), the other marks dimmed, previous / next to step through them.
 */
import type { ArticleSelection } from '../core/article/types.ts';
import { firstMentions, mentionKeys } from '../core/entities/mention-keys.ts';
import type { EntitySpan } from '../core/entities/types.ts';
import { keyFacts, type KeyFact } from '../core/facts/key-facts.ts';
import { articleText } from '../core/article/article-text.ts';
import { rangeForSpan } from '../core/text/block-text.ts';
import { addedStyle, type AddedStyle } from '../shared/browser-styles.ts';
import { GROUP_OF, GROUP_STYLE, markDecoration } from '../shared/groups.ts';
import { toBackground } from '../shared/messaging.ts';
import { DEFAULT_SETTINGS, ENTITY_GROUPS, type EntityGroup } from '../shared/types.ts';
import { canHighlight, highlightName, type PageStyle } from './page-style.ts';
import type { Flasher } from './scroll.ts';
import { focusStore, type FocusName, type FocusStore } from './ui/focus-store.ts';

export interface EntityResult {
  spans: EntitySpan[];
  /** The language the article was taken to be in, and whether names were marked in it (English only). */
  language: string;
  namesMarked: boolean;
  ranges: (Range | null)[];
  /** Marks drawn per group: every mention, or first mentions only when the reader chose so. */
  counts: Partial<Record<EntityGroup, number>>;
  facts: KeyFact[];
  /** Per span, which person, organization, place or figure it mentions. */
  keys: string[];
  /** Indices of the spans that mention something for the first time. */
  first: Set<number>;
  ms: number;
}

/** Highlight names of focus: the followed name's mentions, the current one, the other marks dimmed. */
export const focusHighlight = {
  mention: 'margin-focus-mention',
  current: 'margin-focus-current',
  dim: (group: EntityGroup) => `margin-dim-${group}`,
};

const NAME_TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC']);

/**
 * Focus rules: the followed name's mentions in the text's own colour (so they read on light, sepia and dark
 * pages alike), the current one stronger; the other marks keep only a faint line of their kind.
 */
function focusCss(): string {
  const rules = ENTITY_GROUPS.map(
    (group) =>
      `::highlight(${focusHighlight.dim(group)}) { text-decoration: ${markDecoration(group, '1px')}; text-decoration-color: color-mix(in srgb, ${GROUP_STYLE[group].line} 35%, transparent); text-underline-offset: 3px; }`,
  );
  rules.push(
    `::highlight(${focusHighlight.mention}) { background-color: color-mix(in srgb, currentColor 14%, transparent); text-decoration: underline solid currentColor 3px; text-underline-offset: 3px; }`,
    `::highlight(${focusHighlight.current}) { background-color: color-mix(in srgb, currentColor 30%, transparent); text-decoration: underline solid currentColor 3px; text-underline-offset: 3px; }`,
  );
  return rules.join('\n');
}

/** The entity highlights of one page session: the last analysis and what is drawn of it. */
export class EntityLayer {
  private current: EntityResult | null = null;
  private enabled: readonly EntityGroup[] = [];
  private firstOnly = DEFAULT_SETTINGS.firstMentionOnly;
  private focused: { key: string; spans: number[]; at: number } | null = null;
  private focusSheet: AddedStyle | null = null;
  /** Called when the drawn marks' counts change (the reader switched "first mention only"). */
  onCounts: (counts: Partial<Record<EntityGroup, number>>) => void = () => {};

  constructor(
    private readonly style: PageStyle,
    private readonly flasher: Flasher,
    private readonly panel: FocusStore = focusStore,
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
    const [found, settings] = await Promise.all([
      toBackground('entities/recognize', { text: map.text, lang: selection.keep[0]?.closest('[lang]')?.getAttribute('lang') ?? undefined }),
      toBackground('settings/get', {}).catch(() => DEFAULT_SETTINGS),
    ]);
    this.firstOnly = settings.firstMentionOnly ?? DEFAULT_SETTINGS.firstMentionOnly;
    const { spans, language, namesMarked } = found;
    const ranges = spans.map((s) => rangeForSpan(map, s.start, s.end));
    const keys = mentionKeys(spans);
    this.current = {
      spans,
      language,
      namesMarked,
      ranges,
      counts: {},
      facts: keyFacts(map.text, spans),
      keys,
      first: firstMentions(keys, spans),
      ms: performance.now() - t0,
    };
    this.current.counts = this.countShown();
    this.publish();
    return this.current;
  }

  /** Whether span `i` is drawn as a mark (its group aside): every mention, or only the first. */
  private shown(i: number): boolean {
    const current = this.current!;
    return current.ranges[i] !== null && (!this.firstOnly || current.first.has(i));
  }

  private countShown(): Partial<Record<EntityGroup, number>> {
    const counts: Partial<Record<EntityGroup, number>> = {};
    const current = this.current!;
    current.spans.forEach((span, i) => {
      if (!this.shown(i)) return;
      const group = GROUP_OF[span.type];
      counts[group] = (counts[group] ?? 0) + 1;
    });
    return counts;
  }

  /** Shows exactly the `enabled` groups (and, while a name is followed, its mentions over dimmed marks). */
  draw(enabled: readonly EntityGroup[]): void {
    this.enabled = enabled;
    if (!canHighlight()) return;
    const current = this.current;
    if (current) this.style.install();
    const focused = this.focused;
    const inFocus = new Set(focused?.spans ?? []);
    for (const group of ENTITY_GROUPS) {
      const ranges =
        current && enabled.includes(group)
          ? current.ranges.filter((r, i): r is Range => r !== null && !inFocus.has(i) && this.shown(i) && GROUP_OF[current.spans[i].type] === group)
          : [];
      // While a name is followed, the other marks are drawn under their dimmed names instead.
      const [unused, target] = focused
        ? [highlightName.group(group), focusHighlight.dim(group)]
        : [focusHighlight.dim(group), highlightName.group(group)];
      CSS.highlights.delete(unused);
      if (ranges.length) CSS.highlights.set(target, new Highlight(...ranges));
      else CSS.highlights.delete(target);
    }
    CSS.highlights.delete(focusHighlight.mention);
    CSS.highlights.delete(focusHighlight.current);
    if (current && focused) {
      this.installFocusStyle();
      const mentions = focused.spans.map((i) => current.ranges[i]).filter((r): r is Range => r !== null);
      if (mentions.length) CSS.highlights.set(focusHighlight.mention, new Highlight(...mentions));
      const at = current.ranges[focused.spans[focused.at]];
      if (at) CSS.highlights.set(focusHighlight.current, new Highlight(at));
    }
  }

  private installFocusStyle(): void {
    if (!this.focusSheet) {
      this.focusSheet = addedStyle(document);
      this.focusSheet.setRules(focusCss());
    }
    this.focusSheet.attach();
  }

  /** Removes every entity highlight and forgets the analysis. */
  clear(): void {
    this.focused = null;
    this.draw([]);
    this.current = null;
    this.focusSheet?.detach();
    this.panel.reset();
  }

  /** Scrolls to the first mention of a key fact; a name's fact also follows that name (focus). */
  scrollToFact(index: number): boolean {
    const current = this.current;
    const fact = current?.facts[index];
    if (!current || !fact) return false;
    if (NAME_TYPES.has(fact.type)) return this.focus(current.keys[fact.first]);
    const range = current.ranges[fact.first];
    if (!range) return false;
    this.flasher.flash(range);
    return true;
  }

  /** Marks every mention of `key`, dims the other marks, and brings the first mention into view. */
  focus(key: string): boolean {
    const current = this.current;
    if (!current) return false;
    const spans = current.keys.flatMap((k, i) => (k === key && current.ranges[i] ? [i] : []));
    if (spans.length === 0) return false;
    this.focused = { key, spans, at: 0 };
    this.draw(this.enabled);
    this.bringCurrentIntoView();
    this.publish();
    return true;
  }

  /** Moves to the next (1) or previous (-1) mention of the followed name, round the end. */
  step(delta: 1 | -1): void {
    const focused = this.focused;
    if (!focused) return;
    focused.at = (focused.at + delta + focused.spans.length) % focused.spans.length;
    this.draw(this.enabled);
    this.bringCurrentIntoView();
    this.publish();
  }

  /** Stops following a name: every mark as before. */
  unfocus(): void {
    if (!this.focused) return;
    this.focused = null;
    this.draw(this.enabled);
    this.focusSheet?.detach();
    this.publish();
  }

  /** Marks every mention, or only first mentions; remembered for every site. */
  setFirstOnly(on: boolean): void {
    this.firstOnly = on;
    if (this.current) {
      this.current.counts = this.countShown();
      this.onCounts(this.current.counts);
    }
    this.draw(this.enabled);
    this.publish();
    void toBackground('settings/set', { firstMentionOnly: on }).catch((error: unknown) => console.warn('Margin: could not save the setting', error));
  }

  private bringCurrentIntoView(): void {
    const range = this.focused && this.current?.ranges[this.focused.spans[this.focused.at]];
    if (!range) return;
    const target = range.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  /** The names of the page, most mentioned first, as the legend lists them. */
  private names(): FocusName[] {
    const current = this.current;
    if (!current) return [];
    const byKey = new Map<string, FocusName>();
    current.spans.forEach((span, i) => {
      if (!NAME_TYPES.has(span.type) || !current.ranges[i]) return;
      const key = current.keys[i];
      const name = byKey.get(key);
      if (name) name.count++;
      else byKey.set(key, { key, text: key.slice(key.indexOf(':') + 1), group: GROUP_OF[span.type], count: 1 });
    });
    return [...byKey.values()].sort((a, b) => b.count - a.count);
  }

  private publish(): void {
    const focused = this.focused;
    this.panel.requests = {
      focus: (key) => void this.focus(key),
      step: (delta) => this.step(delta),
      clear: () => this.unfocus(),
      setFirstOnly: (on) => this.setFirstOnly(on),
    };
    this.panel.set({
      names: this.names(),
      firstOnly: this.firstOnly,
      focused: focused
        ? { key: focused.key, text: focused.key.slice(focused.key.indexOf(':') + 1), at: focused.at, total: focused.spans.length }
        : null,
    });
  }
}
