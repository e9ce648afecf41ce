/**
 * An update reaching open tabs, for both browsers (tests/e2e/update.test.ts, tests/e2e-firefox/update.test.ts):
 * the extension is reloaded as an update does, with a page open, and the page gets the new copy of Margin
 * without being reloaded. Chrome leaves the old copy running, cut off, and it ends itself; Firefox stops it.
 */
import { describe, expect, it } from 'vitest';
import { newsPage } from '../support/test-pages.ts';
import type { Driver } from './driver.ts';
import { highlightTexts, noteMarks, selectWithMouse } from './reader.ts';

const FIRST = 'officials in the capital agreed';
const SECOND = 'the timetable had slipped by several months';

/** Registers the update tests against `d`; `reloadExtension` reloads Margin and waits for the new version. */
export function updateScenarios<P>(d: Driver<P>, reloadExtension: () => Promise<void>): void {
  const uiHosts = (page: P) => d.evaluate(page, () => document.querySelectorAll('margin-ui').length, null);
  const isClean = (page: P) => d.evaluate(page, () => document.documentElement.hasAttribute('data-margin-clean'), null);
  const bodyHtml = (page: P) => d.evaluate(page, () => document.body.outerHTML, null);
  /** Marks the page's document, so a test can tell it was not reloaded. */
  const markDocument = (page: P) => d.evaluate(page, () => void ((window as unknown as { sameDocument: boolean }).sameDocument = true), null);
  const sameDocument = (page: P) => d.evaluate(page, () => (window as unknown as { sameDocument?: boolean }).sameDocument === true, null);

  describe('an extension update', () => {
    it('reaches open tabs without a reload: highlights drawn again, highlighting works, one interface', async () => {
      d.route('/update/story.html', newsPage());
      const page = await d.openPage(d.origin + '/update/story.html');
      await selectWithMouse(d, page, FIRST);
      await d.shadow.click(page, '[data-action="highlight-yellow"]');
      await expect.poll(() => noteMarks(d, page)).toEqual([FIRST]);
      expect(await uiHosts(page)).toBe(1);
      await markDocument(page);

      await reloadExtension();

      // The old copy ended and took its interface with it; the new one drew the stored highlight again.
      await expect.poll(() => uiHosts(page)).toBe(0);
      await expect.poll(() => noteMarks(d, page)).toEqual([FIRST]);
      // Highlighting a selection works again, through one interface.
      await selectWithMouse(d, page, SECOND);
      await d.shadow.click(page, '[data-action="highlight-yellow"]');
      await expect.poll(async () => (await noteMarks(d, page)).sort()).toEqual([FIRST, SECOND].sort());
      expect(await uiHosts(page)).toBe(1);
      const stored = await d.callMargin<{ quote: { exact: string } }[]>('annotations', await d.url(page));
      expect(stored.map((a) => a.quote.exact).sort()).toEqual([FIRST, SECOND].sort());
      expect(await sameDocument(page)).toBe(true);
      await d.close(page);
    });

    it('ends the clean view with the old version, leaving the page as it was; the new one cleans and restores', async () => {
      d.route('/update/clean.html', newsPage());
      const page = await d.openPage(d.origin + '/update/clean.html');
      const before = await bodyHtml(page);
      await d.callMargin('clean', await d.tabIdOf(page));
      expect(await isClean(page)).toBe(true);
      await markDocument(page);

      await reloadExtension();

      await expect.poll(() => isClean(page)).toBe(false);
      expect(await bodyHtml(page)).toBe(before);
      expect(Object.keys(await highlightTexts(d, page))).toEqual([]);
      expect(await uiHosts(page)).toBe(0);
      // The new copy is at work in the same document.
      const tabId = await d.tabIdOf(page);
      await expect.poll(() => d.callMargin('ping', tabId)).toBe(true);
      expect(await d.callMargin<{ article: boolean }>('clean', tabId)).toMatchObject({ article: true });
      expect(await isClean(page)).toBe(true);
      await d.callMargin('restore', tabId);
      expect(await bodyHtml(page)).toBe(before);
      expect(await sameDocument(page)).toBe(true);
      await d.close(page);
    });
  });
}
