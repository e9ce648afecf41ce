/**
 * Keeping a clean page clean while it changes: content that arrives later (lazy paragraphs, infinite
 * scroll, cookie banners and pop-ups) is sorted as it arrives — inside the article it stays, anywhere else
 * it is hidden — in the same microtask as the change, so it is never painted. A new URL (single-page-app
 * navigation) means a new article: the caller detects it again.
 */
import type { ArticleSelection } from '../core/article/types.ts';
import { markHidden } from '../core/clean/marks.ts';
import { INVISIBLE } from '../core/clean/plan.ts';
import { isOwnUi } from './ui/host.ts';

export interface LiveCleanOptions {
  /** Called (once per change) when the page's URL changed while clean. */
  onNavigate(): void;
  /** Called with how many new elements were hidden. */
  onHidden?(count: number): void;
}

/** Watches `document.body` while the page is clean, until `signal` aborts. */
export function watchCleanPage(selection: ArticleSelection, options: LiveCleanOptions, signal: AbortSignal): void {
  if (signal.aborted) return;
  const kept = selection.keep;
  let url = location.href;
  // Elements on the path from <body> to the article: a new child of one of them is a new branch of clutter.
  const onPath = new Set<Node>();
  for (const el of kept) for (let a = el.parentElement; a; a = a.parentElement) onPath.add(a);

  const insideArticle = (node: Node) => kept.some((k) => k === node || k.contains(node));

  const observer = new MutationObserver((records) => {
    if (location.href !== url) {
      url = location.href;
      options.onNavigate();
      return;
    }
    const toHide: Element[] = [];
    for (const record of records) {
      if (!onPath.has(record.target)) continue; // inside the article, or inside clutter already hidden
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        const el = node as Element;
        if (INVISIBLE.has(el.tagName) || isOwnUi(el) || insideArticle(el) || kept.some((k) => el.contains(k))) continue;
        toHide.push(el);
      }
    }
    if (toHide.length) {
      const count = markHidden(toHide);
      options.onHidden?.(count);
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  const onPop = () => {
    if (location.href !== url) {
      url = location.href;
      options.onNavigate();
    }
  };
  window.addEventListener('popstate', onPop, { signal });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

/** How long the page must stay unchanged to count as settled, and the longest wait for it (ms). */
export const SETTLE_QUIET_MS = 250;
export const SETTLE_MAX_MS = 3000;

/**
 * Resolves once the page has stopped changing for `quietMs` (or after `maxMs`): a single-page app renders
 * the next article a little after it changed the URL. Resolves at once when `signal` aborts.
 */
export function whenSettled(signal: AbortSignal, quietMs = SETTLE_QUIET_MS, maxMs = SETTLE_MAX_MS): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    let timer = setTimeout(done, quietMs);
    const limit = setTimeout(done, maxMs);
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', done, { once: true });
    function done() {
      signal.removeEventListener('abort', done);
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(limit);
      resolve();
    }
  });
}
