import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callMargin, openPage, tabIdOf, useBrowser } from './support/browser.ts';
import {
  cleanAndSettle,
  coveredParagraphs,
  forgetReadingChoices,
  onPage,
  focusInShadow,
  legendBox,
  legendFolded,
  namesStatus,
  paragraphBoxes,
  WIDTHS,
} from './support/clean-view.ts';
import { fold, visibleText } from './support/page-helpers.ts';
import { chromiumDriver } from './support/chromium-driver.ts';
import { legendScenarios } from './scenarios/clean-view.ts';
import { clickInShadow, evalInShadow, shadowText } from './support/shadow.ts';

const env = useBrowser();
beforeEach(() => forgetReadingChoices(env.margin));
// A page left open by a failed test would take the next test's clean (tabs are found by their address).
afterEach(() => Promise.all(env.margin.context.pages().map((page) => page.close())));

// Beside the article at one width, folded and opened by mouse and keyboard, remembered: shared with Firefox.
legendScenarios(chromiumDriver(env));

/** The demo page, a page without any stylesheet, and a page whose article sits in an offset column. */
const PAGES = ['/demo/index.html', '/fixtures/wide-unstyled.html', '/fixtures/offset-column.html'];

/** Sets the site's own look on or off with the panel's switch (opening a folded legend, and folding it again). */
async function setLook(page: import('playwright-core').Page, site: boolean): Promise<void> {
  const folded = await legendFolded(page);
  if (folded) await clickInShadow(page, '[data-action="unfold-legend"]');
  const checked = await evalInShadow<boolean>(page, '[data-action="site-look"]', 'function () { return this.checked; }');
  if (checked !== site) await clickInShadow(page, '[data-action="site-look"]');
  await expect.poll(() => page.evaluate(() => !document.documentElement.hasAttribute('data-margin-look'))).toBe(site);
  // Opened over the page for the click: folded again, as a reader would.
  if (folded && !(await legendFolded(page)) && (await coveredParagraphs(page)).length) await clickInShadow(page, '[data-action="fold-legend"]');
}

describe('the legend', () => {
  for (const width of WIDTHS) {
    it(`never covers the article's paragraphs at ${width} px, in the reading look and the site's own`, async () => {
      for (const path of PAGES) {
        await onPage(env.margin, env.server.origin + path, width, async (page) => {
          await cleanAndSettle(env.margin, page);
          expect((await paragraphBoxes(page)).length, path).toBeGreaterThan(2);
          expect(await coveredParagraphs(page), `${path}, reading look`).toEqual([]);
          // The site's own look keeps the site's columns (or none): the legend moves or folds to stay clear.
          await setLook(page, true);
          await expect.poll(() => coveredParagraphs(page), { message: `${path}, site's look` }).toEqual([]);
          await setLook(page, false);
          await expect.poll(() => coveredParagraphs(page), { message: `${path}, reading look again` }).toEqual([]);
        });
      }
    });
  }

  it('moves out of the way when the window narrows, and comes back when it widens', async () => {
    await onPage(env.margin, env.server.origin + '/fixtures/offset-column.html', 1920, async (page) => {
      await cleanAndSettle(env.margin, page);
      await setLook(page, true);
      expect(await legendFolded(page)).toBe(false);
      for (const width of [1280, 820, 700, 1920]) {
        await page.setViewportSize({ width, height: 900 });
        await expect.poll(() => coveredParagraphs(page), { message: `${width} px` }).toEqual([]);
      }
      expect(await legendFolded(page)).toBe(false);
    });
  });

  it('moves by dragging its handle and with the arrow keys, remembers where, and goes back with Home', async () => {
    const page = await openPage(env.margin, env.server.origin + '/demo/index.html');
    await cleanAndSettle(env.margin, page);
    const start = (await legendBox(page))!;
    const grip = await evalInShadow<{ x: number; y: number }>(
      page,
      '[data-action="move-legend"]',
      'function () { const r = this.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; }',
    );
    await page.mouse.move(grip!.x, grip!.y);
    await page.mouse.down();
    await page.mouse.move(grip!.x - 150, grip!.y - 200, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => (await legendBox(page))!.left).toBeCloseTo(start.left - 150, -1);
    const moved = (await legendBox(page))!;
    expect(moved.top).toBeCloseTo(start.top - 200, -1);

    await page.reload();
    await cleanAndSettle(env.margin, page);
    const again = (await legendBox(page))!;
    expect(again.left).toBeCloseTo(moved.left, 0);
    expect(again.top).toBeCloseTo(moved.top, 0);

    await focusInShadow(page, '[data-action="move-legend"]');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await legendBox(page))!.left).toBeCloseTo(moved.left - 16, 0);
    expect((await legendBox(page))!.top).toBeCloseTo(moved.top + 16, 0);

    await page.keyboard.press('Home');
    await expect.poll(async () => (await legendBox(page))!.left).toBeCloseTo(start.left, 0);
    expect(await coveredParagraphs(page)).toEqual([]);
    await page.reload();
    await cleanAndSettle(env.margin, page);
    expect((await legendBox(page))!.left).toBeCloseTo(start.left, 0);
    await page.close();
  });
});

describe("the legend's names", () => {
  it('says a page is too long to mark, and the clean view still works', async () => {
    const sentence = 'The committee met again in the long hall and read the minutes of the previous meeting aloud. ';
    const paragraph = `<p>${sentence.repeat(30)}</p>`;
    // About 350,000 characters of article: over what Margin marks.
    env.server.route(
      '/legend/too-long.html',
      `<!doctype html><title>Minutes</title><body><nav class="menu"><a href="/a">Home</a> <a href="/b">Archive</a></nav><article><h1>The minutes</h1>${paragraph.repeat(125)}</article><aside class="rail"><h3>Most read</h3></aside></body>`,
    );
    const page = await openPage(env.margin, env.server.origin + '/legend/too-long.html');
    await cleanAndSettle(env.margin, page);
    expect(await namesStatus(page)).toBe('too-long');
    expect(await shadowText(page, '[data-status="too-long"]')).toMatch(/too long/);
    const text = await visibleText(page);
    expect(text).toContain(fold('The minutes'));
    expect(text).not.toContain('Most read');
    expect(await shadowText(page, '[data-field="reading-time"]')).toMatch(/\d+ min read/);
    await clickInShadow(page, '[data-action="restore-page"]');
    await expect.poll(() => visibleText(page)).toContain('Most read');
    await page.close();
  });

  it('ends in counts on an article with names, with "Show whole page" still there', async () => {
    const page = await openPage(env.margin, env.server.origin + '/demo/index.html');
    await cleanAndSettle(env.margin, page);
    expect(await namesStatus(page)).toBe('done');
    expect(Number(await shadowText(page, '[data-group-count="people"]'))).toBeGreaterThan(0);
    await clickInShadow(page, '[data-action="restore-page"]');
    await expect.poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-margin-clean'))).toBe(false);
    expect(await legendBox(page).catch(() => null)).toBeNull();
    await page.close();
  });

  it('says so when an article has no names or figures', async () => {
    const plain =
      '<p>the river was quiet that morning, and the birds had gone somewhere warmer. nobody on the path said much; the fog kept the far bank hidden until well after breakfast, and the ferry waited at its post.</p>';
    env.server.route(
      '/legend/no-names.html',
      `<!doctype html><title>the river</title><body><nav class="menu"><a href="/a">home</a></nav><article><h1>a quiet river</h1>${plain.repeat(6)}</article></body>`,
    );
    const page = await openPage(env.margin, env.server.origin + '/legend/no-names.html');
    await cleanAndSettle(env.margin, page);
    expect(await namesStatus(page)).toBe('done');
    expect(await shadowText(page, '[data-status="none"]')).toMatch(/No names/);
    await page.close();
  });
});

describe('restoring while the look is on', () => {
  it('gives the page back exactly', async () => {
    const page = await openPage(env.margin, env.server.origin + '/fixtures/offset-column.html');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const tabId = await tabIdOf(env.margin, page);
    await cleanAndSettle(env.margin, page);
    await callMargin(env.margin, 'restore', tabId);
    const after = await page.evaluate(() => document.documentElement.outerHTML.replace(/<margin-ui[^>]*><\/margin-ui>/, ''));
    expect(after).toBe(before);
    await page.close();
  });
});
