/**
 * Calmer marks: "first mention only", following one name through the article (from the legend and from the
 * side panel's key facts), and every kind of mark drawn with the same line in the legend as in the text.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { callMargin, openExtensionPage, tabIdOf, useBrowser, waitForContentScript } from './support/browser.ts';
import { highlightTexts } from './support/page-helpers.ts';
import { chromiumDriver } from './support/chromium-driver.ts';
import { focusMarksOf, focusPosition, focusScenarios } from './scenarios/clean-view.ts';
import { clickInShadow, evalInShadow, shadowText, waitInShadow } from './support/shadow.ts';

const env = useBrowser();
// Following a name clicked in the legend, stepped through by buttons and keys: shared with Firefox.
const driver = chromiumDriver(env);
focusScenarios(driver);
const STORY = '/fixtures/ferry-deal.html';

async function openClean(path: string): Promise<Page> {
  const page = await env.margin.context.newPage();
  // Wide enough for the legend to sit open beside the article.
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto(env.server.origin + path);
  await waitForContentScript(env.margin, page);
  await callMargin(env.margin, 'clean', await tabIdOf(env.margin, page));
  await waitInShadow(page, '[data-group-count="people"]');
  return page;
}

const people = async (page: Page) => (await highlightTexts(page, 'margin-entity-people'))['margin-entity-people'] ?? [];
const focusMarks = (page: Page, name: 'mention' | 'current') => focusMarksOf(driver, page, name);
/** A setting as the extension's database holds it. */
const storedSetting = (key: string) =>
  env.margin.worker.evaluate(
    (k) =>
      (globalThis as unknown as { margin: { db: { settings: { get(k: string): Promise<{ value: unknown } | undefined> } } } }).margin.db.settings
        .get(k)
        .then((r) => r?.value),
    key,
  );
const position = (page: Page) => focusPosition(driver, page);

describe('calmer marks', () => {
  it('marks first mentions only by default, every mention when switched, and remembers the choice', async () => {
    const page = await openClean(STORY);
    // "Jonas Varga" is marked where the story first names him; the later "Varga"s are not.
    await expect.poll(() => people(page)).toContain('Jonas Varga');
    expect(await people(page)).not.toContain('Varga');
    expect(Number(await shadowText(page, '[data-group-count="people"]'))).toBe((await people(page)).length);

    await clickInShadow(page, '[data-action="first-mention-only"]');
    await expect.poll(async () => (await people(page)).filter((t) => t === 'Varga').length).toBe(3);
    await expect.poll(async () => Number(await shadowText(page, '[data-group-count="people"]'))).toBe((await people(page)).length);
    await expect.poll(() => storedSetting('firstMentionOnly')).toBe(false);

    // Remembered: the next clean view marks every mention too, until switched back.
    await page.reload();
    await callMargin(env.margin, 'clean', await tabIdOf(env.margin, page));
    await expect.poll(async () => (await people(page)).filter((t) => t === 'Varga').length).toBe(3);
    await clickInShadow(page, '[data-action="first-mention-only"]');
    await expect.poll(() => people(page)).not.toContain('Varga');
    // The same setting in the options page.
    const options = await openExtensionPage(env.margin, 'src/ui/options/index.html');
    const box = options.locator('[data-setting="firstMentionOnly"]');
    await expect.poll(() => box.isChecked()).toBe(true);
    await options.close();
    await page.close();
  });

  it("follows a name clicked in the side panel's key facts", async () => {
    const page = await openClean(STORY);
    const panel = await openExtensionPage(env.margin, `src/ui/sidepanel/index.html?tabId=${await tabIdOf(env.margin, page)}`);
    const fact = panel.locator('[data-section="People"] button.fact', { hasText: 'Kaisa Rinne' });
    await fact.waitFor();
    await page.bringToFront();
    await fact.click();
    await expect.poll(() => focusMarks(page, 'mention')).toEqual(['Kaisa Rinne', 'Rinne']);
    await expect.poll(() => position(page)).toBe('Kaisa Rinne 1 / 2');
    await panel.close();
    await page.close();
  });

  it("draws each kind's swatch in the legend with the very line its marks have in the text", async () => {
    const page = await openClean(STORY);
    // The text's marks: the page's ::highlight rules as the browser parsed them.
    const textLines = await page.evaluate(() => {
      const out: Record<string, string> = {};
      for (const sheet of document.adoptedStyleSheets) {
        for (const rule of sheet.cssRules) {
          const m = /::highlight\(margin-entity-(\w+)\)/.exec((rule as CSSStyleRule).selectorText ?? '');
          if (!m) continue;
          const s = (rule as CSSStyleRule).style;
          out[m[1]] = [s.textDecorationLine, s.textDecorationStyle, s.textDecorationColor, s.textDecorationThickness].join(' | ');
        }
      }
      return out;
    });
    const groups = Object.keys(textLines);
    expect(groups).toEqual(expect.arrayContaining(['people', 'organizations', 'places', 'figures', 'dates', 'other']));
    const seen = new Set<string>();
    for (const group of groups) {
      const swatch = await evalInShadow<string>(
        page,
        `[data-swatch="${group}"]`,
        'function () { const s = getComputedStyle(this); return [s.textDecorationLine, s.textDecorationStyle, s.textDecorationColor, s.textDecorationThickness].join(" | "); }',
      );
      if (swatch === null) continue; // "Other names" is listed only when the page has some
      const [line, style, , thickness] = textLines[group].split(' | ');
      const [sLine, sStyle, , sThickness] = swatch.split(' | ');
      expect({ group, line: sLine, style: sStyle, thickness: sThickness }).toEqual({ group, line, style, thickness });
      seen.add(`${line} ${style}`);
    }
    // Every kind has a line of its own.
    expect(new Set(groups.map((g) => textLines[g].split(' | ').slice(0, 2).join(' '))).size).toBe(groups.length);
    expect(seen.size).toBeGreaterThanOrEqual(5);
    await page.close();
  });
});
