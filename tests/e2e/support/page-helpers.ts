/**
 * Reading what a reader sees in a page, and selecting text with the mouse, for Playwright's pages (and
 * puppeteer's, which spell page.evaluate and page.mouse the same way). The work is done in
 * tests/e2e/scenarios/reader.ts, which the scenarios both browsers run use through their drivers.
 */
import type { Page } from 'playwright-core';
import { fold, highlightTexts as highlightTextsVia, selectWithMouse as selectWithMouseVia } from '../scenarios/reader.ts';

export { fold };

/** The page operations the helpers need, in Playwright's words. */
export const playwrightPage = {
  evaluate: <R, A>(page: Page, fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (a: unknown) => never, arg) as Promise<R>,
  click: (page: Page, x: number, y: number) => page.mouse.click(x, y),
  async drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 5 });
    await page.mouse.up();
  },
};

/** The page's visible text (innerText), whitespace folded. */
export async function visibleText(page: Page): Promise<string> {
  return fold(await page.evaluate(() => document.body.innerText));
}

/** The text of every range registered under each CSS highlight name starting with `prefix`. */
export function highlightTexts(page: Page, prefix = 'margin-'): Promise<Record<string, string[]>> {
  return highlightTextsVia(playwrightPage, page, prefix);
}

/** Selects the first occurrence of `phrase` in the page by dragging the mouse across it. */
export function selectWithMouse(page: Page, phrase: string): Promise<void> {
  return selectWithMouseVia(playwrightPage, page, phrase);
}
