/**
 * Opening a library of thousands of highlights, for both browsers: the newest rows are drawn from the
 * background's first answer while the index Worker starts and indexes, and the Worker's answers take over
 * without redrawing them; a search typed while indexing is answered in full once everything is indexed.
 */
import { describe, expect, it } from 'vitest';
import { until, type Driver } from './driver.ts';
import { clickOn } from './reader.ts';

/** Highlights written straight into the database: three chunks of reading for the library page. */
const COUNT = 6000;
/** Every tenth quote has this word. */
const WORD = 'brine';

const FILL = `
  await Promise.all(['annotations', 'drafts', 'pages'].map((t) => margin.db.table(t).clear()));
  const rows = Array.from({ length: ${COUNT} }, (_, i) => ({
    id: crypto.randomUUID(),
    url: 'https://site-' + (i % 13) + '.example/story/' + (i % 97),
    quote: { type: 'TextQuoteSelector', exact: 'passage ' + i + (i % 10 ? ' about the harbour' : ' about ${WORD} pools'), prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: i, end: i + 25 },
    color: 'yellow',
    note: '',
    createdAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
    updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
    version: 1,
    tags: [],
  }));
  await margin.db.annotations.bulkAdd(rows);
  await margin.db.drafts.put({ annotationId: rows[${COUNT - 2}].id, text: 'half a thought', baseVersion: 1, updatedAt: new Date().toISOString() });
  return rows.length;`;

export function libraryFirstRowsScenarios<P>(d: Driver<P>): void {
  const quotes = (lib: P) => d.evaluate(lib, () => [...document.querySelectorAll('li.annotation blockquote')].map((q) => q.textContent), null);

  describe('the library with thousands of highlights', () => {
    it('keeps the first rows drawn as the index takes over, and answers a search typed while it indexes', async () => {
      expect(await d.inBackground<number>(FILL)).toBe(COUNT);
      const lib = await d.openExtensionPage('src/ui/library/index.html');
      // The first row, marked as soon as it is seen: a list emptied and drawn again would lose the mark.
      const markFirst = () => {
        const row = document.querySelector('li.annotation');
        row?.setAttribute('data-test-first', '');
        return row !== null || null;
      };
      await until(() => d.evaluate(lib, markFirst, null), 'the first row');
      const newest = Array.from(
        { length: 100 },
        (_, i) => `passage ${COUNT - 1 - i}${(COUNT - 1 - i) % 10 ? ' about the harbour' : ` about ${WORD} pools`}`,
      );
      await expect.poll(() => quotes(lib)).toEqual(newest);
      await expect
        .poll(() => d.evaluate(lib, () => document.querySelector('[data-field="indexing"]') === null, null), { timeout: 30_000 })
        .toBe(true);
      expect(await d.evaluate(lib, () => document.querySelector('li.annotation')?.hasAttribute('data-test-first') ?? false, null)).toBe(true);
      expect(await quotes(lib)).toEqual(newest);
      // The draft kept for the second newest row shows (one message asks for every row's draft).
      expect(
        await d.evaluate(
          lib,
          () => [...document.querySelectorAll('li.annotation')].map((li) => li.querySelector('[data-field="draft"]') !== null).indexOf(true),
          null,
        ),
      ).toBe(1);

      // A search typed as soon as the page opens, before the index holds everything, ends with every match.
      await d.close(lib);
      const again = await d.openExtensionPage('src/ui/library/index.html');
      await until(() => d.evaluate(again, () => document.querySelector('li.annotation') !== null || null, null), 'the first row');
      await clickOn(d, again, '[data-action="search"]');
      await d.type(again, WORD);
      await expect
        .poll(() => d.evaluate(again, () => document.querySelector('[data-count="results"]')?.textContent, null), { timeout: 30_000 })
        .toBe(String(COUNT / 10));
      expect((await quotes(again)).every((q) => q?.includes(WORD))).toBe(true);
      await d.close(again);
    });
  });
}
