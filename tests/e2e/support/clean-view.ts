/** Reading the clean view's panel and the article's boxes in a page, for the legend and reading tests. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { callMargin, type Margin, tabIdOf, waitForContentScript } from './browser.ts';
import { clickInShadow, evalInShadow } from './shadow.ts';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The widths the clean view is tested at: a small laptop window, a common one, a wide screen. */
export const WIDTHS = [820, 1280, 1920] as const;

/** The legend's panel or folded button. */
export const LEGEND = '.legend, .legend-button';

/** The legend's box on screen, or null when there is none. */
export function legendBox(page: Page): Promise<Box | null> {
  return evalInShadow<Box>(
    page,
    LEGEND,
    'function () { const r = this.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }; }',
  );
}

/** True when the legend is folded to its button. */
export async function legendFolded(page: Page): Promise<boolean> {
  return (await evalInShadow<boolean>(page, LEGEND, "function () { return this.classList.contains('legend-button'); }")) === true;
}

/** Where the legend's names stand (`loading`, `done`, `too-long`, `failed`, `off`). */
export function namesStatus(page: Page): Promise<string | null> {
  return evalInShadow<string>(page, LEGEND, "function () { return this.getAttribute('data-names'); }");
}

/** The boxes of the article's visible paragraphs. */
export function paragraphBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-margin-article] p, p[data-margin-article]')]
      .map((p) => p.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom })),
  );
}

/** Paragraphs whose columns the legend's column crosses (so it would cover them at some scroll position). */
export async function coveredParagraphs(page: Page): Promise<Box[]> {
  const legend = await legendBox(page);
  if (!legend) throw new Error('no legend');
  return (await paragraphBoxes(page)).filter((p) => p.left < legend.right && legend.left < p.right);
}

/** Cleans the page and waits until the legend's names reached a final state. */
export async function cleanAndSettle(margin: Margin, page: Page): Promise<void> {
  await callMargin(margin, 'clean', await tabIdOf(margin, page));
  await expect.poll(() => namesStatus(page).catch(() => null), { timeout: 40_000 }).toMatch(/^(done|too-long|failed|off)$/);
}

/** Opens the reading controls (they start closed). */
export async function openReadingControls(page: Page): Promise<void> {
  if (await legendFolded(page)) await clickInShadow(page, '[data-action="unfold-legend"]');
  const open = await evalInShadow<string>(page, '[data-action="toggle-reading"]', "function () { return this.getAttribute('aria-expanded'); }");
  if (open !== 'true') await clickInShadow(page, '[data-action="toggle-reading"]');
}

/** Gives keyboard focus to the element matching `selector` in Margin's shadow root. */
export async function focusInShadow(page: Page, selector: string): Promise<void> {
  await evalInShadow(page, selector, 'function () { this.focus(); }');
}

/** Forgets every site's reading look and the legend's place (straight in the extension's database). */
export async function forgetReadingChoices(margin: Margin): Promise<void> {
  // A string, not a function: see launch() in browser.ts.
  await margin.worker.evaluate(`new Promise((ok, fail) => {
    const open = indexedDB.open('margin');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('settings', 'readwrite');
      const store = tx.objectStore('settings');
      store.getAllKeys().onsuccess = (e) => {
        for (const key of e.target.result) if (key === 'legend-layout' || String(key).startsWith('reading:')) store.delete(key);
      };
      tx.oncomplete = () => { db.close(); ok(); };
      tx.onerror = () => fail(tx.error);
    };
  })`);
}

/** Runs `test` on a new page at `width` × 900 px showing `url`, and closes the page whatever happens. */
export async function onPage(margin: Margin, url: string, width: number, test: (page: Page) => Promise<void>): Promise<void> {
  const page = await margin.context.newPage();
  try {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(url);
    await waitForContentScript(margin, page);
    await test(page);
  } finally {
    await page.close();
  }
}
