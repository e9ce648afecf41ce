/**
 * A highlight quotes what the reader saw (hidden clutter between paragraphs is not part of it), and every
 * highlight's note is reachable from the page, overlapping ones included.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { callMargin, tabIdOf, useBrowser, waitForContentScript } from './support/browser.ts';
import { fold, highlightTexts, visibleText } from './support/page-helpers.ts';
import { clickOnText, waitForEditor, waitForEditorClosed } from './support/note-editor.ts';
import { clickInShadow, findInShadow } from './support/shadow.ts';

const env = useBrowser();
const STORY = '/fixtures/ferry-deal.html';

async function open(path = STORY): Promise<Page> {
  const page = await env.margin.context.newPage();
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(env.server.origin + path);
  await waitForContentScript(env.margin, page);
  return page;
}

/** Drags the mouse from the start of `from` to the end of `to` (each inside one text node). */
async function dragAcross(page: Page, from: string, to: string): Promise<void> {
  const points = await page.evaluate(
    ([a, b]) => {
      const rectOf = (phrase: string, end: boolean) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = (node as Text).data.indexOf(phrase);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, end ? at + phrase.length - 1 : at);
          range.setEnd(node, end ? at + phrase.length : at + 1);
          const r = range.getBoundingClientRect();
          return { x: end ? r.right - 1 : r.left + 1, y: r.top + r.height / 2 };
        }
        throw new Error(`"${phrase}" is not in the page`);
      };
      (document.evaluate(`//p[contains(., "${a}")]`, document, null, 9, null).singleNodeValue as Element).scrollIntoView({ block: 'start' });
      return [rectOf(a, false), rectOf(b, true)];
    },
    [from, to] as const,
  );
  await page.mouse.move(points[0].x, points[0].y);
  await page.mouse.down();
  await page.mouse.move(points[1].x, points[1].y, { steps: 8 });
  await page.mouse.up();
}

const storedQuotes = async (page: Page) =>
  (await callMargin<{ quote: { exact: string } }[]>(env.margin, 'annotations', await page.evaluate(() => location.href))).map((a) => a.quote.exact);

describe('quotes and overlapping highlights', () => {
  it('leaves hidden clutter between paragraphs out of a highlight quote, and finds it again after a reload', async () => {
    const page = await open();
    await callMargin(env.margin, 'clean', await tabIdOf(env.margin, page));
    await expect.poll(() => visibleText(page)).not.toContain('Cheap flights to the islands');

    // Across the advertisement Margin hid.
    await dragAcross(page, 'a yard near Turku.', 'Under the agreement');
    await clickInShadow(page, '[data-action="highlight-yellow"]');
    // As a reader does, the next drag starts once the toolbar has gone (a press on it selects nothing).
    await expect.poll(() => findInShadow(page, '[data-action="highlight-yellow"]')).toBeNull();
    // Across an element the site itself keeps hidden (display: none).
    await dragAcross(page, 'a grant for the chargers.', 'Nordic Ferry Holdings said');
    await clickInShadow(page, '[data-action="highlight-green"]');

    await expect
      .poll(async () => (await storedQuotes(page)).map(fold))
      .toEqual(['a yard near Turku. Under the agreement', 'a grant for the chargers. Nordic Ferry Holdings said']);

    // Found again after a reload, the page shown whole (the advertisement back between the paragraphs).
    await page.reload();
    await waitForContentScript(env.margin, page);
    await expect
      .poll(async () =>
        Object.values(await highlightTexts(page, 'margin-note-'))
          .flat()
          .map(fold),
      )
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^a yard near Turku\. .*Under the agreement$/),
          expect.stringMatching(/^a grant for the chargers\. .*Nordic Ferry Holdings said$/),
        ]),
      );
    await page.close();
  });

  it('opens both notes where two highlights overlap: the inner one first, the outer one on a second click', async () => {
    const page = await open('/fixtures/port-wages.html');
    const tabId = await tabIdOf(env.margin, page);
    const marks = async () => Object.values(await highlightTexts(page, 'margin-note-')).flat().length;
    await callMargin(env.margin, 'highlightText', tabId, 'Union leader Marta Kask said members had accepted it by a wide margin', {
      note: 'Outer note',
    });
    await expect.poll(marks).toBe(1);
    await callMargin(env.margin, 'highlightText', tabId, 'Marta Kask said', { note: 'Inner note', color: 'blue' });
    await expect.poll(marks).toBe(2);

    // Where both are drawn, the inner one opens first…
    await clickOnText(page, 'Marta Kask said', 2);
    let editor = await waitForEditor(page);
    await expect.poll(() => editor.value()).toBe('Inner note');
    await editor.click('close-note');
    await waitForEditorClosed(page);
    // …and a second click at the same place opens the outer one.
    await clickOnText(page, 'Marta Kask said', 2);
    editor = await waitForEditor(page);
    await expect.poll(() => editor.value()).toBe('Outer note');
    await editor.click('close-note');
    await waitForEditorClosed(page);
    // Where only the outer one is drawn, it opens.
    await clickOnText(page, 'accepted it by a wide margin', 4);
    editor = await waitForEditor(page);
    await expect.poll(() => editor.value()).toBe('Outer note');
    await page.close();
  });
});
