import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPage, useBrowser, waitForContentScript } from './support/browser.ts';
import { cleanAndSettle, focusInShadow, forgetReadingChoices, LEGEND, openReadingControls, WIDTHS } from './support/clean-view.ts';
import { fold, visibleText } from './support/page-helpers.ts';
import { clickInShadow, evalInShadow, shadowText } from './support/shadow.ts';

const env = useBrowser();
beforeEach(() => forgetReadingChoices(env.margin));
// A page left open by a failed test would take the next test's clean (tabs are found by their address).
afterEach(() => Promise.all(env.margin.context.pages().map((page) => page.close())));

const DEMO = '/demo/index.html';

/** What the reading look changes, as the browser computes it: the article's first paragraph and its column. */
function looks(page: Page) {
  return page.evaluate(() => {
    const p = document.querySelector('article p, [data-margin-article] p')!;
    const root = p.closest('[data-margin-article]') ?? p.closest('article')!;
    const style = getComputedStyle(p);
    const rootBox = root.getBoundingClientRect();
    return {
      fontSize: style.fontSize,
      lineHeight: style.lineHeight,
      fontFamily: style.fontFamily,
      color: style.color,
      background: getComputedStyle(document.documentElement).backgroundColor,
      maxWidth: getComputedStyle(root).maxWidth,
      left: Math.round(rootBox.left),
      right: Math.round(rootBox.right),
      viewport: document.documentElement.clientWidth,
      theme: document.documentElement.getAttribute('data-margin-look'),
    };
  });
}

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

  it('follows the controls, by mouse and keyboard, and remembers them for the site only', async () => {
    const page = await openPage(env.margin, env.server.origin + DEMO);
    await cleanAndSettle(env.margin, page);
    await openReadingControls(page);

    await clickInShadow(page, '[data-control="theme"][value="sepia"]');
    await expect.poll(async () => (await looks(page)).background).toBe('rgb(244, 236, 216)');
    expect((await looks(page)).color).toBe('rgb(59, 47, 30)');
    // Arrow keys move through a radio group: sepia → dark.
    await focusInShadow(page, '[data-control="theme"][value="sepia"]');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await looks(page)).theme).toBe('dark');
    expect((await looks(page)).background).toBe('rgb(27, 29, 33)');

    await clickInShadow(page, '[data-control="font"][value="serif"]');
    await expect.poll(async () => (await looks(page)).fontFamily).toMatch(/^Charter/);

    await focusInShadow(page, '[data-control="size"]');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await looks(page)).fontSize).toBe('21px');
    await focusInShadow(page, '[data-control="line-height"]');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => parseFloat((await looks(page)).lineHeight)).toBeCloseTo(21 * 1.7, 1);
    await focusInShadow(page, '[data-control="width"]');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await looks(page)).maxWidth).toBe('600px');
    const chosen = await looks(page);

    // Saved a moment after the last change; a reload cleaned again shows the same look.
    await page.waitForTimeout(1000);
    await page.reload();
    await cleanAndSettle(env.margin, page);
    const again = await looks(page);
    expect({ ...again, left: 0, right: 0 }).toEqual({ ...chosen, left: 0, right: 0 });

    // Another site (the same server under another name) keeps the defaults.
    const other = await openPage(env.margin, env.server.origin.replace('127.0.0.1', 'localhost') + DEMO);
    await cleanAndSettle(env.margin, other);
    const otherLook = await looks(other);
    expect(otherLook.theme).toBe('light');
    expect(otherLook.fontSize).toBe('19px');
    await other.close();
    await page.close();
  });

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

  it("gives the site's own look back with one switch, and remembers it", async () => {
    const page = await openPage(env.margin, env.server.origin + DEMO);
    const site = await looks(page);
    await cleanAndSettle(env.margin, page);
    const styled = await looks(page);
    expect(styled.fontSize).not.toBe(site.fontSize);
    expect(styled.left).not.toBe(site.left);

    await clickInShadow(page, '[data-action="site-look"]');
    await expect.poll(async () => (await looks(page)).theme).toBeNull();
    const back = await looks(page);
    // (The column's right edge may move: the cleaner hides the sidebar the site's column shared the row with.)
    for (const key of ['fontSize', 'lineHeight', 'fontFamily', 'color', 'left', 'background'] as const) expect(back[key], key).toBe(site[key]);
    // The clutter stays hidden: only the look went.
    expect(await visibleText(page)).not.toContain(fold('Latest News'));

    await page.waitForTimeout(1000);
    await page.reload();
    await cleanAndSettle(env.margin, page);
    expect((await looks(page)).fontSize).toBe(site.fontSize);
    // The controls of a look that is off cannot be used.
    await openReadingControls(page);
    expect(await evalInShadow<boolean>(page, 'fieldset.controls', 'function () { return this.disabled; }')).toBe(true);
    await clickInShadow(page, '[data-action="site-look"]');
    await expect.poll(async () => (await looks(page)).fontSize).toBe('19px');
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
    expect(await evalInShadow<string>(page, LEGEND, 'function () { return getComputedStyle(this).display; }')).toBe('none');

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
