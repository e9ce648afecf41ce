/**
 * Cleans the page in place and restores it: finds the article with the core detector and marks everything
 * else hidden (the browser-injected `clean-view.css` hides the marks). Restoring removes the marks, so the
 * page is exactly as it was (nothing was removed, no inline style was touched).
 */
import { findArticleSteps, PageTooLarge } from '../core/article/find-article.ts';
import { runInSlices, type Budget } from '../core/slices.ts';
import type { ArticleSelection } from '../core/article/types.ts';
import { planHiding, planShells } from '../core/clean/plan.ts';
import { markArticle, markHidden, markShells, unmarkAll } from '../core/clean/marks.ts';
import type { CleanReport } from '../shared/types.ts';
import { CLEAN_ATTRIBUTE, REVEAL_ATTRIBUTE } from './page-style.ts';
import { isOwnUi } from './ui/host.ts';

export interface CleanState {
  selection: ArticleSelection;
  hidden: number;
}

/**
 * Pages larger than this are left alone. Detection runs in slices (see core/slices.ts), so even a page of
 * 100,000 elements never blocks the tab for long, but it takes about 7 µs per element in all: past this size a
 * reader would wait seconds for the clean view. Real news pages have a few thousand elements.
 */
export const MAX_ELEMENTS = 250_000;

/** The page's article as sliceable work; a page over {@link MAX_ELEMENTS} gives its PageTooLarge. */
function* findOnPage(budget: Budget): Generator<void, ArticleSelection | PageTooLarge | null> {
  try {
    return yield* findArticleSteps(document, budget, { maxElements: MAX_ELEMENTS, nativeSelectors: true });
  } catch (error) {
    if (error instanceof PageTooLarge) return error;
    throw error;
  }
}

/**
 * True when the article's first paragraph is invisible as the page stands (`visibility`, which a page-wide
 * rule of an anti-flicker snippet sets on every element until its script shows the page).
 */
function textInvisible(roots: readonly Element[]): boolean {
  let probe: Element | undefined = roots[0];
  for (const root of roots) {
    const paragraph = root.querySelector('p');
    if (paragraph) {
      probe = paragraph;
      break;
    }
  }
  return probe !== undefined && getComputedStyle(probe).visibility !== 'visible';
}

/** The clean view of one page session: what was found and hidden, and the clean in progress. */
export class Cleaner {
  private current: CleanState | null = null;
  /** The clean in progress, so a second request waits for it instead of starting another. */
  private running: Promise<CleanReport> | null = null;
  /** Bumped by restore: a clean that was still running when the reader restored leaves the page alone. */
  private generation = 0;

  /** What the clean view shows, or null when the page is not clean. */
  get state(): CleanState | null {
    return this.current;
  }

  /** Finds the article once per page state (in slices); the selection is reused by entity highlighting. */
  async detectArticle(): Promise<ArticleSelection | null> {
    if (this.current) return this.current.selection;
    const { value } = await runInSlices(findOnPage);
    return value instanceof PageTooLarge ? null : value;
  }

  /**
   * Hides everything but the article. Leaves the page untouched when no article is found.
   * The work runs in slices of the page's main thread; the report gives its total and its longest slice.
   */
  clean(): Promise<CleanReport> {
    this.running ??= this.cleanInSlices(false).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /**
   * Cleans again for a new article (single-page-app navigation): the old clean view stays while the new
   * article is found, and is swapped for the new one in the same slice, so the clutter never shows between.
   */
  async recleanInPlace(): Promise<CleanReport> {
    await this.running;
    this.running = this.cleanInSlices(true).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private alreadyClean(): CleanReport {
    return { article: true, cleaned: true, hidden: this.current!.hidden, ms: { detect: 0, hide: 0, total: 0, longest: 0, slices: 0 } };
  }

  private async cleanInSlices(replace: boolean): Promise<CleanReport> {
    if (this.current && !replace) return this.alreadyClean();
    const started = this.generation;
    const found = { hideMs: 0, tooLarge: 0 };
    const { value: hidden, times } = await runInSlices((budget) => this.cleanSteps(budget, replace, started, found));
    const { hideMs, tooLarge } = found;
    const ms = { detect: times.busy - hideMs, hide: hideMs, total: times.busy, longest: times.longest, slices: times.slices };
    if (hidden !== null) return { article: true, cleaned: true, hidden, ms };
    if (this.current) return this.alreadyClean();
    let message = 'Margin found no article on this page, so it left the page as it was.';
    if (tooLarge)
      message = `This page is very large (${tooLarge.toLocaleString('en')} elements), so Margin left it as it was rather than make you wait.`;
    else if (this.generation !== started) message = 'The page was restored before Margin finished cleaning it.';
    return { article: false, cleaned: false, hidden: 0, message, ms };
  }

  /** Finds the article and hides the rest; gives how many elements were hidden, or null when nothing was. */
  private *cleanSteps(
    budget: Budget,
    replace: boolean,
    started: number,
    found: { hideMs: number; tooLarge: number },
  ): Generator<void, number | null> {
    const selection = yield* findOnPage(budget);
    if (selection instanceof PageTooLarge) {
      found.tooLarge = selection.elements;
      return null;
    }
    if (this.generation !== started) return null;
    if (!selection || selection.keep.length === 0) {
      // A new page without an article: show it as it is.
      if (replace) this.restore();
      return null;
    }
    if (budget.due()) yield;
    const t1 = performance.now();
    // (Read before marking: the page's styles are computed then, and marking makes them stale.)
    const reveal = textInvisible(selection.keep);
    if (replace) unmarkAll(document);
    const count = markHidden(planHiding(document.body, selection, isOwnUi));
    markArticle(selection.keep);
    markShells(planShells(document.body, selection));
    document.documentElement.setAttribute(CLEAN_ATTRIBUTE, '');
    document.documentElement.toggleAttribute(REVEAL_ATTRIBUTE, reveal);
    this.current = { selection, hidden: count };
    found.hideMs = performance.now() - t1;
    return count;
  }

  /** Shows everything again (and stops a clean that is still running). */
  restore(): CleanReport {
    this.generation += 1;
    const t0 = performance.now();
    const hidden = unmarkAll(document);
    document.documentElement.removeAttribute(CLEAN_ATTRIBUTE);
    document.documentElement.removeAttribute(REVEAL_ATTRIBUTE);
    const had = this.current !== null;
    this.current = null;
    const ms = performance.now() - t0;
    return { article: had, cleaned: false, hidden: 0, restored: hidden, ms: { detect: 0, hide: ms, total: ms, longest: ms, slices: 1 } };
  }
}
