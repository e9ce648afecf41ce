/**
 * Reading the clean view's panel and the article's boxes in a page, for the Chromium-only legend and reading
 * tests: Playwright's spelling of the helpers in tests/e2e/scenarios/clean-view.ts, which both browsers share.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  coveredParagraphs as coveredParagraphsVia,
  focusInShadow as focusInShadowVia,
  FORGET_READING_CHOICES,
  LEGEND,
  legendBox as legendBoxVia,
  legendFolded as legendFoldedVia,
  looks as looksVia,
  namesStatus as namesStatusVia,
  openReadingControls as openReadingControlsVia,
  paragraphBoxes as paragraphBoxesVia,
  type Box,
} from '../scenarios/clean-view.ts';
import { callMargin, type Margin, tabIdOf, type TestEnv, waitForContentScript } from './browser.ts';
import { chromiumDriver } from './chromium-driver.ts';

export type { Box };

/** The widths the clean view is tested at: a small laptop window, a common one, a wide screen. */
export const WIDTHS = [820, 1280, 1920] as const;

export { LEGEND };

/** The shared helpers need only the page and the shadow root: no browser-wide state (env is never read). */
const pw = chromiumDriver({} as TestEnv);

/** The legend's box on screen, or null when there is none. */
export const legendBox = (page: Page) => legendBoxVia(pw, page);
/** True when the legend is folded to its button. */
export const legendFolded = (page: Page) => legendFoldedVia(pw, page);
/** Where the legend's names stand (`loading`, `done`, `too-long`, `failed`, `off`). */
export const namesStatus = (page: Page) => namesStatusVia(pw, page);
/** The boxes of the article's visible paragraphs. */
export const paragraphBoxes = (page: Page) => paragraphBoxesVia(pw, page);
/** Paragraphs whose columns the legend's column crosses (so it would cover them at some scroll position). */
export const coveredParagraphs = (page: Page) => coveredParagraphsVia(pw, page);
/** Gives keyboard focus to the element matching `selector` in Margin's shadow root. */
export const focusInShadow = (page: Page, selector: string) => focusInShadowVia(pw, page, selector);
/** What the reading look changes, as the browser computes it: the article's first paragraph and its column. */
export const looks = (page: Page) => looksVia(pw, page);
/** Opens the reading controls (they start closed). */
export const openReadingControls = (page: Page) => openReadingControlsVia(pw, page);

/** Cleans the page and waits until the legend's names reached a final state. */
export async function cleanAndSettle(margin: Margin, page: Page): Promise<void> {
  await callMargin(margin, 'clean', await tabIdOf(margin, page));
  await expect.poll(() => namesStatus(page).catch(() => null), { timeout: 40_000 }).toMatch(/^(done|too-long|failed|off)$/);
}

/** Forgets every site's reading look and the legend's place (straight in the extension's database). */
export async function forgetReadingChoices(margin: Margin): Promise<void> {
  // A string, not a function: see launch() in browser.ts.
  await margin.worker.evaluate(`(async (margin) => { ${FORGET_READING_CHOICES} })(globalThis.margin)`);
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
