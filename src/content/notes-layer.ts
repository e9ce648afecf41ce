/**
 * The reader's highlights in the page: fetched from the background (the database lives in the extension's
 * origin), anchored to the page's text, drawn as CSS highlights, and hit-tested for clicks.
 *
 * This layer works with ids, quotes and colours only. Note text is not for the content script (the background
 * sends it blank here) and never goes into the page: the note editor frame fetches it itself.
 */
import { anchor, anchorAll } from '../core/anchoring/anchor.ts';
import { describe, readsWithGaps } from '../core/anchoring/describe.ts';
import { buildTextModel, rangeFromOffsets } from '../core/anchoring/text-model.ts';
import type { TextPositionSelector, TextQuoteSelector } from '../core/anchoring/types.ts';
import { toBackground } from '../shared/messaging.ts';
import { currentPageKey } from './page-key.ts';
import { HIGHLIGHT_COLORS, type Annotation, type HighlightColor } from '../shared/types.ts';
import { highlightName, type PageStyle } from './page-style.ts';
import type { Flasher } from './scroll.ts';
import { isOwnUi } from './ui/host.ts';

const ignore = (el: Element) => isOwnUi(el);
/** Text the reader could not see (clutter Margin hid, `display: none`), left out of a new highlight's quote. */
const unseen = (el: Element) => typeof el.checkVisibility === 'function' && !el.checkVisibility();

/** Keeps no note text in the content script, whatever an answer held. */
const withoutNote = (annotation: Annotation): Annotation => (annotation.note ? { ...annotation, note: '' } : annotation);

export class NotesLayer {
  private annotations: Annotation[] = [];
  private ranges = new Map<string, Range>();
  /** What the last click on highlights found, innermost first, and which of them it opened. */
  private lastHit: { ids: string[]; opened: string } | null = null;

  /** The page session's highlight stylesheet and scroll-to flash. */
  constructor(
    private readonly style: PageStyle,
    private readonly flasher: Flasher,
  ) {}

  /** The page's key in the database. */
  get url(): string {
    return currentPageKey();
  }

  /** Fetches this page's annotations and draws them. */
  async reload(): Promise<void> {
    this.set(await toBackground('annotations/list', { url: this.url }));
  }

  /** Draws `annotations` (this page's, as the background sent them). */
  set(annotations: Annotation[]): void {
    this.annotations = annotations.map(withoutNote);
    if (annotations.length || this.ranges.size) this.paint();
  }

  /** Saves `range` as a new highlight and draws it. */
  async create(range: Range, color: HighlightColor, note = ''): Promise<Annotation | null> {
    const selectors = describe(document.body, range, { ignore, unseen });
    const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
    const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
    if (!quote || !position || !quote.exact.trim()) return null;
    const annotation = await toBackground('annotations/create', { url: this.url, quote, position, color, note });
    this.annotations.push(withoutNote(annotation));
    this.paint();
    return annotation;
  }

  /** How many annotations this page has. */
  get count(): number {
    return this.annotations.length;
  }

  /** Highlights the first occurrence of `exact` in the page (for the console API and the demo). */
  async createFromText(exact: string, color: HighlightColor, note: string): Promise<Annotation | null> {
    const range = anchor(document.body, [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }], { ignore });
    return range ? this.create(range, color, note) : null;
  }

  get(id: string): Annotation | undefined {
    return this.annotations.find((a) => a.id === id);
  }

  /** Anchors every annotation against one snapshot of the page's text and registers the highlights. */
  paint(): void {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const model = buildTextModel(document.body, { ignore });
    const found = anchorAll(
      document.body,
      this.annotations.map((a) => [a.quote, a.position]),
      { ignore, model },
    );
    // A quote that left out hidden clutter between paragraphs is still at its position when the clutter
    // shows again (the page reloaded without the clean view): the same text once whole nodes are skipped.
    this.annotations.forEach((a, i) => {
      if (!found[i] && readsWithGaps(model, a.position.start, a.position.end, a.quote.exact)) {
        found[i] = rangeFromOffsets(model, a.position.start, a.position.end);
      }
    });
    this.ranges.clear();
    const byColor = new Map<HighlightColor, Range[]>(HIGHLIGHT_COLORS.map((c) => [c, []]));
    this.annotations.forEach((annotation, i) => {
      const range = found[i];
      if (!range) return;
      this.ranges.set(annotation.id, range);
      byColor.get(annotation.color)?.push(range);
    });
    if (this.annotations.length) this.style.install();
    for (const [color, ranges] of byColor) {
      if (ranges.length) CSS.highlights.set(highlightName.note(color), new Highlight(...ranges));
      else CSS.highlights.delete(highlightName.note(color));
    }
  }

  /**
   * The id of the annotation to open for a click at a viewport point, if any (CSS highlights are not
   * elements, so test ranges). Where highlights overlap, the innermost (shortest) opens first, so a highlight
   * inside another is always reachable; another click where the same highlights overlap opens the next one.
   */
  hitTest(x: number, y: number): string | null {
    const ids = this.hitsAt(x, y);
    const last = this.lastHit;
    const same = last && last.ids.length === ids.length && last.ids.every((id, i) => id === ids[i]);
    const opened = ids.length === 0 ? null : same ? ids[(ids.indexOf(last.opened) + 1) % ids.length] : ids[0];
    this.lastHit = opened ? { ids, opened } : null;
    return opened;
  }

  /** Every annotation drawn at a viewport point, innermost first. */
  hitsAt(x: number, y: number): string[] {
    if (this.ranges.size === 0) return [];
    const caret = document.caretRangeFromPoint?.(x, y);
    if (!caret) return [];
    const hits: { id: string; length: number }[] = [];
    for (const [id, range] of this.ranges) {
      if (range.isPointInRange(caret.startContainer, caret.startOffset)) {
        // caretRangeFromPoint snaps to the nearest character boundary; check the point is on the text.
        const inside = [...range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
        if (inside) hits.push({ id, length: range.toString().length });
      }
    }
    return hits.sort((a, b) => a.length - b.length).map((h) => h.id);
  }

  /** Scrolls the highlight into view and flashes it; false when it could not be anchored. */
  scrollTo(id: string): boolean {
    const range = this.ranges.get(id);
    if (!range) return false;
    this.flasher.flash(range);
    return true;
  }

  /** Ids of annotations that could not be found in the page (orphans). */
  orphans(): string[] {
    return this.annotations.filter((a) => !this.ranges.has(a.id)).map((a) => a.id);
  }
}
