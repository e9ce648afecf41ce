/**
 * The clean view's reading look and panel in one page session: loads the reader's choices for the site, styles
 * the article in place (core/reading/reading-css.ts), keeps the legend in free margin beside the article as the
 * window and the article change size, and remembers what the reader changes (through the background).
 */
import type { ArticleSelection } from '../../core/article/types.ts';
import { articleWords } from '../../core/reading/article-words.ts';
import {
  clampInto,
  DEFAULT_LEGEND_LAYOUT,
  LEGEND_BUTTON_SIZE,
  LEGEND_WIDTH,
  placeLegend,
  type LegendLayout,
  type LegendPlace,
  type Span,
} from '../../core/reading/legend-layout.ts';
import { DEFAULT_READING, toReadingPrefs, type ReadingPrefs } from '../../core/reading/prefs.ts';
import { COLUMN_ATTRIBUTE, GUTTER_ATTRIBUTE, LOOK_ATTRIBUTE, readingCss } from '../../core/reading/reading-css.ts';
import { readingMinutes } from '../../core/reading/reading-time.ts';
import { toBackground } from '../../shared/messaging.ts';
import type { EntityGroup } from '../../shared/types.ts';
import type { PageStyle } from '../page-style.ts';
import type { LegendStatus, UiStore } from '../ui/store.ts';

/** Wait this long after the last change of a slider before saving it (ms): a drag saves once. */
const SAVE_DELAY_MS = 400;
/** The article's text blocks: the legend keeps clear of their boxes. */
const TEXT_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figure, table, dl';

/** Horizontal extent of the article's visible text blocks (its roots' when it has none), or null. */
export function articleSpan(roots: readonly Element[]): Span | null {
  let left = Infinity;
  let right = -Infinity;
  const add = (el: Element) => {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    left = Math.min(left, box.left);
    right = Math.max(right, box.right);
  };
  for (const root of roots) {
    const blocks = root.matches(TEXT_BLOCKS) ? [root] : [...root.querySelectorAll(TEXT_BLOCKS)];
    if (blocks.length) blocks.forEach(add);
    else add(root);
  }
  return left <= right ? { left, right } : null;
}

export class ReadingView {
  private reading: ReadingPrefs = DEFAULT_READING;
  private layout: LegendLayout = DEFAULT_LEGEND_LAYOUT;
  private loaded: Promise<void> | null = null;
  private roots: readonly Element[] = [];
  private columns: Element[] = [];
  /** Listeners while the clean view shows; null otherwise. */
  private shown: AbortController | null = null;
  /** The reader unfolded the legend where it has no room: it shows over the page until folded again. */
  private opened = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;

  constructor(
    private readonly store: UiStore,
    private readonly style: PageStyle,
    private readonly signal: AbortSignal,
    private readonly onError: (error: unknown) => void,
  ) {
    signal.addEventListener('abort', () => this.hide(), { once: true });
  }

  /** The reader's choices for this site and for the legend, asked once per session. */
  private load(): Promise<void> {
    this.loaded ??= toBackground('reading/get', { url: location.href }).then(
      ({ reading, legend }) => {
        this.reading = toReadingPrefs(reading);
        this.layout = legend;
      },
      (error: unknown) => console.warn('Margin: reading settings not loaded, using the defaults', error),
    );
    return this.loaded;
  }

  /** Shows the panel and the reading look around `selection` (again, for a new article in the same page). */
  async show(selection: ArticleSelection, status: LegendStatus, enabled: EntityGroup[]): Promise<void> {
    await this.load();
    if (this.signal.aborted) return;
    this.unmarkColumns();
    this.roots = selection.keep;
    this.markColumns();
    this.style.setReading(readingCss(this.reading));
    this.applyLook();
    this.shown?.abort();
    const shown = new AbortController();
    this.shown = shown;
    this.signal.addEventListener('abort', () => shown.abort(), { once: true, signal: shown.signal });
    window.addEventListener('resize', () => this.schedulePlace(), { signal: shown.signal });
    const observer = new ResizeObserver(() => this.schedulePlace());
    for (const root of this.roots) observer.observe(root);
    shown.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    const minutes = readingMinutes(articleWords(this.roots));
    this.store.set({ legend: { counts: {}, enabled, status, place: this.place(), reading: this.reading, minutes } });
  }

  /** The legend's names reached a final state (or started over). */
  setStatus(status: LegendStatus, counts: Partial<Record<EntityGroup, number>> = {}): void {
    const legend = this.store.get().legend;
    if (legend) this.store.set({ legend: { ...legend, status, counts } });
  }

  /** Takes the look, the marks and the panel away: the page is as the cleaner alone leaves it. */
  hide(): void {
    this.shown?.abort();
    this.shown = null;
    cancelAnimationFrame(this.frame);
    this.unmarkColumns();
    this.roots = [];
    const root = document.documentElement;
    root.removeAttribute(LOOK_ATTRIBUTE);
    root.removeAttribute(GUTTER_ATTRIBUTE);
    this.style.setReading('');
    this.opened = false;
    if (this.store.get().legend) this.store.set({ legend: null });
  }

  /**
   * Folds or opens the legend. Where it has no room it is folded anyway: opening it there shows it over the
   * page for now, and folding it again changes nothing the reader chose, so neither is remembered.
   */
  fold(folded: boolean): void {
    this.opened = !folded;
    const remembered = folded ? !this.placeFor({ collapsed: false, at: this.layout.at }, false).folded : this.layout.collapsed;
    if (remembered) {
      this.layout = { ...this.layout, collapsed: folded };
      this.save('legend/set', () => toBackground('legend/set', this.layout));
    }
    this.updatePlace();
  }

  move(at: { x: number; y: number } | null): void {
    const place = this.store.get().legend?.place;
    const size = place?.folded ? LEGEND_BUTTON_SIZE : LEGEND_WIDTH;
    const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
    this.layout = { ...this.layout, at: at && clampInto(at, size, viewport) };
    this.updatePlace();
    this.save('legend/set', () => toBackground('legend/set', this.layout));
  }

  setReading(patch: Partial<ReadingPrefs>): void {
    this.reading = toReadingPrefs({ ...this.reading, ...patch });
    if (this.shown) this.style.setReading(readingCss(this.reading));
    this.applyLook();
    const legend = this.store.get().legend;
    if (legend) this.store.set({ legend: { ...legend, reading: this.reading, place: this.place() } });
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(
      () => this.save('reading/set', () => toBackground('reading/set', { url: location.href, reading: this.reading })),
      SAVE_DELAY_MS,
    );
  }

  private save(what: string, send: () => Promise<unknown>): void {
    send().catch((error: unknown) => {
      console.warn(`Margin: ${what} not saved`, error);
      this.onError(error);
    });
  }

  private applyLook(): void {
    const root = document.documentElement;
    if (this.reading.styled && this.roots.length) root.setAttribute(LOOK_ATTRIBUTE, this.reading.theme);
    else root.removeAttribute(LOOK_ATTRIBUTE);
  }

  /** Marks the article's ancestors (up to `<body>`), which the reading look turns into plain blocks. */
  private markColumns(): void {
    const marked = new Set<Element>();
    for (const root of this.roots) {
      for (let el = root.parentElement; el && el !== document.documentElement; el = el.parentElement) {
        if (marked.has(el)) break;
        marked.add(el);
      }
    }
    this.columns = [...marked];
    for (const el of this.columns) el.setAttribute(COLUMN_ATTRIBUTE, '');
  }

  private unmarkColumns(): void {
    for (const el of this.columns) el.removeAttribute(COLUMN_ATTRIBUTE);
    this.columns = [];
  }

  /**
   * Where the legend goes now. The gutter is taken away before the article is measured and put back in the
   * same task when still needed, so the page is never painted between.
   */
  private place(): LegendPlace {
    const auto = this.placeFor(this.layout, false);
    // Opened over the page only while it has no room: once it has (a wider window, another look) that ends.
    if (!auto.folded) this.opened = false;
    const place = this.opened ? this.placeFor(this.layout, true) : auto;
    document.documentElement.toggleAttribute(GUTTER_ATTRIBUTE, place.gutter);
    return place;
  }

  /** Where the legend would go with `layout` (measured without the gutter, which the caller sets again). */
  private placeFor(layout: LegendLayout, opened: boolean): LegendPlace {
    const root = document.documentElement;
    root.removeAttribute(GUTTER_ATTRIBUTE);
    return placeLegend({
      viewport: { width: root.clientWidth, height: window.innerHeight },
      article: articleSpan(this.roots),
      layout,
      opened,
    });
  }

  private updatePlace(): void {
    const legend = this.store.get().legend;
    if (legend && this.shown) this.store.set({ legend: { ...legend, place: this.place() } });
  }

  /** Places the legend again at the next frame (resizes come in bursts). */
  private schedulePlace(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.updatePlace());
  }
}
