import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPage, useBrowser, waitForContentScript } from './support/browser.ts';
import { readingLookScenarios } from './scenarios/clean-view.ts';
import { chromiumDriver } from './support/chromium-driver.ts';
import { cleanAndSettle, forgetReadingChoices, LEGEND, looks, openReadingControls, WIDTHS } from './support/clean-view.ts';
import { fold, visibleText } from './support/page-helpers.ts';
import { clickInShadow, evalInShadow, shadowText } from './support/shadow.ts';

const env = useBrowser();
beforeEach(() => forgetReadingChoices(env.margin));
// A page left open by a failed test would take the next test's clean (tabs are found by their address).
afterEach(() => Promise.all(env.margin.context.pages().map((page) => page.close())));

// The controls by mouse and keyboard, remembered for the site only, and the site's own look: shared with Firefox.
readingLookScenarios(chromiumDriver(env));

const DEMO = '/demo/index.html';

/** The page's markup as a fingerprint: the look adds no element and writes no inline style. */
const markup = (page: Page) =>
  page.evaluate(() => ({
    elements: document.body.getElementsByTagName('*').length,
    styled: [...document.body.querySelectorAll('[style]')].map((el) => el.getAttribute('style')).join('|'),
  }));

describe('the reading look', () => {
  for (const width of WIDTHS) {
    it(`sets the article in a centred column of readable size at ${width} px, in place`, async () => {
      const page = await env.margin.context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(env.server.origin + DEMO);
      await waitForContentScript(env.margin, page);
      const before = await markup(page);
      await cleanAndSettle(env.margin, page);
      const look = await looks(page);
      expect(look.theme).toBe('light');
      expect(look.fontSize).toBe('19px');
      expect(parseFloat(look.lineHeight)).toBeCloseTo(19 * 1.6, 1);
      expect(look.maxWidth).toBe('680px');
      expect(look.right - look.left).toBeLessThanOrEqual(680);
      // Centred: the demo's column sits right of a 200 px menu and beside a sidebar as the site draws it.
      expect(Math.abs(look.left - (look.viewport - look.right))).toBeLessThanOrEqual(2);
      expect(look.background).toBe('rgb(255, 255, 255)');
      expect(await markup(page)).toEqual(before);
      await page.close();
    });
  }

  it('estimates the reading time from the article’s words', async () => {
    const page = await openPage(env.margin, env.server.origin + DEMO);
    await cleanAndSettle(env.margin, page);
    const words = await page.evaluate(
      () =>
        [...document.querySelectorAll('[data-margin-article]')]
          .map((el) => (el as HTMLElement).innerText)
          .join(' ')
          .split(/\s+/)
          .filter((w) => /[\p{L}\p{N}]/u.test(w)).length,
    );
    const shown = await shadowText(page, '[data-field="reading-time"]');
    const minutes = Number(/^(\d+) min read$/.exec(shown ?? '')?.[1]);
    // At 238 words a minute, give or take the rounding of a word count made another way.
    expect(minutes).toBeGreaterThanOrEqual(Math.max(1, Math.floor(words / 238)));
    expect(minutes).toBeLessThanOrEqual(Math.max(1, Math.ceil(words / 238)));
    await page.close();
  });
});

describe('printing a cleaned page', () => {
  it('prints the clean view in dark ink on white, without Margin’s panel', async () => {
    const page = await openPage(env.margin, env.server.origin + DEMO);
    await cleanAndSettle(env.margin, page);
    await openReadingControls(page);
    await clickInShadow(page, '[data-control="theme"][value="dark"]');
    await expect.poll(async () => (await looks(page)).background).toBe('rgb(27, 29, 33)');

    await page.emulateMedia({ media: 'print' });
    const printed = await looks(page);
    expect(printed.background).toBe('rgb(255, 255, 255)');
    expect(printed.color).toBe('rgb(31, 35, 40)');
    expect(await visibleText(page)).not.toContain(fold('Latest News'));
    expect(await visibleText(page)).toContain(fold('Saigon Coastal Port Corporation has agreed'));
    // Print media re-places the panel, which may redraw it: ask until the element read is the one drawn.
    await expect.poll(() => evalInShadow<string>(page, LEGEND, 'function () { return getComputedStyle(this).display; }')).toBe('none');

    await page.emulateMedia({ media: 'screen' });
    expect((await looks(page)).background).toBe('rgb(27, 29, 33)');
    await page.close();
  });

  it("prints the clean view in the site's own look too", async () => {
    const page = await openPage(env.margin, env.server.origin + DEMO);
    await cleanAndSettle(env.margin, page);
    await clickInShadow(page, '[data-action="site-look"]');
    await expect.poll(async () => (await looks(page)).theme).toBeNull();
    await page.emulateMedia({ media: 'print' });
    expect(await visibleText(page)).not.toContain(fold('Latest News'));
    expect(await visibleText(page)).toContain(fold('Saigon Coastal Port Corporation has agreed'));
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });
});
