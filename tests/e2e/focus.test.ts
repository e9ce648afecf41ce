/**
 * Calmer marks: "first mention only", following one name through the article (from the legend and from the
 * side panel's key facts), and every kind of mark drawn with the same line in the legend as in the text.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { callMargin, openExtensionPage, tabIdOf, useBrowser, waitForContentScript } from './support/browser.ts';
import { highlightTexts } from './support/page-helpers.ts';
import { clickInShadow, evalInShadow, findInShadow, shadowText, waitInShadow } from './support/shadow.ts';

const env = useBrowser();
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
const focusMarks = async (page: Page, name: 'mention' | 'current') =>
  (await highlightTexts(page, `margin-focus-${name}`))[`margin-focus-${name}`] ?? [];
/** A setting as the extension's database holds it. */
const storedSetting = (key: string) =>
  env.margin.worker.evaluate(
    (k) =>
      (globalThis as unknown as { margin: { db: { settings: { get(k: string): Promise<{ value: unknown } | undefined> } } } }).margin.db.settings
        .get(k)
        .then((r) => r?.value),
    key,
  );
const position = async (page: Page) => (await shadowText(page, '[data-field="focus-position"]'))?.replace(/\s+/g, ' ').trim();

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

  it('follows one name through the article from the legend: its mentions marked, the rest dimmed, previous and next', async () => {
    const page = await openClean(STORY);
    await clickInShadow(page, '[data-action="focus-name"][data-name="Jonas Varga"]');
    // Every mention, the surname alone included, even with first mentions only on.
    await expect.poll(() => focusMarks(page, 'mention')).toEqual(['Jonas Varga', 'Varga', 'Varga', 'Varga']);
    expect(await focusMarks(page, 'current')).toEqual(['Jonas Varga']);
    expect(await position(page)).toBe('Jonas Varga 1 / 4');
    // The other marks are dimmed: drawn under their dimmed names only.
    const marks = await highlightTexts(page, 'margin-');
    expect(marks['margin-entity-places']).toBeUndefined();
    expect(marks['margin-dim-places']).toEqual(expect.arrayContaining(['Helsinki', 'Tallinn']));
    expect(marks['margin-dim-people'] ?? []).not.toContain('Jonas Varga');

    // Next and previous with the buttons, then with the keys.
    await clickInShadow(page, '[data-action="focus-next"]');
    await expect.poll(() => position(page)).toBe('Jonas Varga 2 / 4');
    const second = await page.evaluate(() => [...(CSS.highlights.get('margin-focus-current') as Highlight)][0].toString());
    expect(second).toBe('Varga');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => position(page)).toBe('Jonas Varga 3 / 4');
    await page.keyboard.press('n');
    await expect.poll(() => position(page)).toBe('Jonas Varga 4 / 4');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => position(page)).toBe('Jonas Varga 3 / 4');
    await clickInShadow(page, '[data-action="focus-prev"]');
    await clickInShadow(page, '[data-action="focus-prev"]');
    await clickInShadow(page, '[data-action="focus-prev"]');
    await expect.poll(() => position(page)).toBe('Jonas Varga 4 / 4'); // round the start

    // Escape stops following: every mark as before.
    await page.keyboard.press('Escape');
    await expect.poll(() => focusMarks(page, 'mention')).toEqual([]);
    expect(await findInShadow(page, '[data-field="focus-position"]')).toBeNull();
    const after = await highlightTexts(page, 'margin-');
    expect(after['margin-entity-places']).toEqual(expect.arrayContaining(['Helsinki', 'Tallinn']));
    expect(Object.keys(after).filter((k) => k.startsWith('margin-dim-'))).toEqual([]);
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
