/**
 * The library of every note, for both browsers: notes from two pages listed with their pages, found by
 * search as the reader types, and a click on a passage opening its page there. (The Chromium suite's
 * tests/e2e/library.test.ts covers the library further: filters, tags, colour meanings, the Trash.)
 */
import { describe, expect, it } from 'vitest';
import { SEED_PASSAGES, SEED_PATH } from '../support/seed.ts';
import { newsPage } from '../support/test-pages.ts';
import type { Driver } from './driver.ts';
import { clickOn } from './reader.ts';

const BRIDGE_PATH = '/library/bridge.html';
const BRIDGE_TITLE = 'Harbour bridge runs late';
const BRIDGE_QUOTE = 'The minister said the plan would cost more than expected';
const BRIDGE_HEAD = '<meta property="og:site_name" content="Harbour Courier">';
const LITHIUM_NOTE = 'Brine from the flats: compare [[Salt flats]] #water';
const LITHIUM_TITLE = 'Chile and Japan Weigh a Joint Lithium Refinery in the Atacama';

/** Registers the library tests against `d`. */
export function libraryScenarios<P>(d: Driver<P>): void {
  const results = (lib: P) => d.evaluate(lib, () => [...document.querySelectorAll('li.annotation blockquote')].map((q) => q.textContent), null);
  const cardTitle = (lib: P, url: string) =>
    d.evaluate(lib, (u) => document.querySelector(`section.page-card[data-page-url="${u}"] [data-field="page-title"]`)?.textContent ?? null, url);
  /** Replaces the search box's text by typing, as the reader does. */
  async function search(lib: P, text: string): Promise<void> {
    await clickOn(d, lib, '[data-action="search"]');
    await d.press(lib, 'Control+A');
    await d.press(lib, 'Backspace');
    await d.type(lib, text);
  }

  describe('the library', () => {
    it('lists notes from two pages, finds one as the reader types, and opens a page at its passage', async () => {
      d.route(BRIDGE_PATH, newsPage({ title: BRIDGE_TITLE, head: BRIDGE_HEAD }));
      const lithium = await d.openPage(d.origin + SEED_PATH);
      const lithiumTab = await d.tabIdOf(lithium);
      await d.callMargin('highlightText', lithiumTab, SEED_PASSAGES.later, { note: LITHIUM_NOTE, color: 'green' });
      await d.callMargin('highlightText', lithiumTab, SEED_PASSAGES.early, { color: 'yellow' });
      const bridge = await d.openPage(d.origin + BRIDGE_PATH);
      await d.callMargin('highlightText', await d.tabIdOf(bridge), BRIDGE_QUOTE, { note: 'cost overrun', color: 'blue' });
      const [lithiumUrl, bridgeUrl] = [await d.url(lithium), await d.url(bridge)];
      // The page records (title, site) follow the save; globalThis.margin.search finds across pages.
      await expect.poll(async () => (await d.callMargin<{ title: string }[]>('search', 'courier')).map((h) => h.title)).toEqual([BRIDGE_TITLE]);
      await d.close(bridge);

      const lib = await d.openExtensionPage('src/ui/library/index.html');
      // Every highlight, newest first, and both pages by title.
      await expect.poll(() => results(lib)).toEqual([BRIDGE_QUOTE, SEED_PASSAGES.early, SEED_PASSAGES.later]);
      await expect.poll(() => cardTitle(lib, bridgeUrl)).toBe(BRIDGE_TITLE);
      expect(await cardTitle(lib, lithiumUrl)).toBe(LITHIUM_TITLE);

      // Search as you type: words of a quote, of a note, of a site.
      await search(lib, 'salt fl');
      await expect.poll(() => results(lib)).toEqual([SEED_PASSAGES.later]);
      await search(lib, 'overrun');
      await expect.poll(() => results(lib)).toEqual([BRIDGE_QUOTE]);
      await search(lib, 'courier');
      await expect.poll(() => results(lib)).toEqual([BRIDGE_QUOTE]);
      await search(lib, 'brine');
      await expect.poll(() => results(lib)).toEqual([SEED_PASSAGES.later]);

      // A click on the passage opens its page scrolled to it (a text fragment, then Margin's flash).
      await d.close(lithium);
      const source = await d.openedBy(() => clickOn(d, lib, 'li.annotation blockquote'));
      await expect.poll(async () => (await d.url(source)).split('#')[0], { timeout: 15_000 }).toBe(lithiumUrl);
      const passageShown = (text: string) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = (n as Text).data.indexOf(text);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(n, at);
          range.setEnd(n, at + text.length);
          const box = range.getBoundingClientRect();
          return window.scrollY > 0 && box.top >= 0 && box.bottom <= innerHeight;
        }
        return false;
      };
      await expect.poll(() => d.evaluate(source, passageShown, SEED_PASSAGES.later), { timeout: 15_000 }).toBe(true);
      await d.close(source);
      await d.close(lib);
    });
  });
}
