/** Reading what a reader sees in a page, and selecting text with the mouse. */
import type { Page } from 'playwright-core';

/** Folds white space as the expected.json strings are compared. */
export const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The page's visible text (innerText), whitespace folded. */
export async function visibleText(page: Page): Promise<string> {
  return fold(await page.evaluate(() => document.body.innerText));
}

/** The text of every range registered under each CSS highlight name starting with `prefix`. */
export function highlightTexts(page: Page, prefix = 'margin-'): Promise<Record<string, string[]>> {
  return page.evaluate((p) => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith(p)) out[name] = [...highlight].map((r) => (r as Range).toString());
    });
    return out;
  }, prefix);
}

/** Selects the first occurrence of `phrase` in the page by dragging the mouse across it. */
export async function selectWithMouse(page: Page, phrase: string): Promise<void> {
  const box = await page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      (node.parentElement as Element).scrollIntoView({ block: 'center' });
      const rects = [...range.getClientRects()];
      const first = rects[0];
      const last = rects[rects.length - 1];
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    return null;
  }, phrase);
  if (!box) throw new Error(`"${phrase}" is not in the page`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
  const selected = await page.evaluate(() => document.getSelection()?.toString() ?? '');
  if (fold(selected) !== fold(phrase)) throw new Error(`Selected "${selected}" instead of "${phrase}"`);
}
