// @vitest-environment happy-dom
/**
 * The test news page (tests/fixtures/pages, a cluttered fictional news page): every `visible` string is in the
 * article text, no `hidden` string is, and the metadata matches. Checked on linkedom (the command line's DOM)
 * and happy-dom.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleText, findArticle, readMetadata } from '../../../src/core/article/index.ts';
import { readPage } from '../../../src/cli/read-page.ts';

// Resolved from the working directory: under happy-dom, import.meta.url is a dev-server URL, not a file path.
const PAGE = resolve(process.cwd(), 'tests/fixtures/pages/lithium-refinery.html');
const expected = JSON.parse(readFileSync(PAGE.replace(/\.html$/, '.expected.json'), 'utf8')) as {
  title: string;
  byline: string;
  published: string;
  site: string;
  visible: string[];
  hidden: string[];
};
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

async function linkedomDoc(): Promise<Document> {
  return (await readPage(PAGE)).document;
}

function happyDoc(): Document {
  return new DOMParser().parseFromString(readFileSync(PAGE, 'utf8'), 'text/html');
}

for (const [name, load] of [
  ['linkedom', linkedomDoc],
  ['happy-dom', happyDoc],
] as const) {
  describe(`news page on ${name}`, () => {
    it('keeps every visible string and none of the hidden ones', async () => {
      const doc = await load();
      const selection = findArticle(doc);
      expect(selection).not.toBeNull();
      const text = fold(articleText(selection!).text);
      for (const s of expected.visible) expect(text, s).toContain(fold(s));
      for (const s of expected.hidden) expect(text, s).not.toContain(fold(s));
    });

    it('returns keep roots in document order, none nested, and drops inside them', async () => {
      const doc = await load();
      const { keep, drop } = findArticle(doc)!;
      for (let i = 0; i < keep.length; i++) {
        for (let j = 0; j < keep.length; j++) if (i !== j) expect(keep[i].contains(keep[j])).toBe(false);
        if (i > 0) expect(keep[i - 1].compareDocumentPosition(keep[i]) & 4).toBe(4);
      }
      for (const d of drop) expect(keep.some((k) => k.contains(d))).toBe(true);
    });

    it('reads title, byline and date', async () => {
      const meta = readMetadata(await load());
      expect(meta.title).toBe(expected.title);
      expect(meta.byline).toBe(expected.byline);
      expect(meta.published).toBe(expected.published);
      expect(meta.site).toBe(expected.site);
      expect(meta.lang).toBe('en');
    });
  });
}
