/**
 * The reader's header is part of the article: on pages that place the headline, standfirst, byline, date
 * and lead image the ways news sites do (tests/fixtures/pages/headers, each with its expectation inline),
 * clean view shows them and hides the clutter around them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callMargin, openPage, tabIdOf, useBrowser } from './support/browser.ts';
import { fold, visibleText } from './support/page-helpers.ts';

const env = useBrowser();

const DIR = join(import.meta.dirname, '../fixtures/pages/headers');
const PAGES = readdirSync(DIR).filter((f) => f.endsWith('.html'));

interface HeaderExpectation {
  headline: string;
  standfirst?: string;
  byline?: string;
  date?: string;
  caption?: string;
  leadImage?: string;
  visible: string[];
  hidden: string[];
}

function expectationOf(file: string): HeaderExpectation {
  const html = readFileSync(join(DIR, file), 'utf8');
  const json = /<script type="application\/json" id="expected">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!json) throw new Error(`${file} has no expectation`);
  return JSON.parse(json) as HeaderExpectation;
}

describe('the reader header in clean view', () => {
  it('has at least 20 page structures', () => expect(PAGES.length).toBeGreaterThanOrEqual(20));

  it.each(PAGES)('%s: headline, standfirst, byline, date and lead image stay; the clutter goes', async (file) => {
    const want = expectationOf(file);
    const page = await openPage(env.margin, `${env.server.origin}/fixtures/headers/${file}`);
    const tabId = await tabIdOf(env.margin, page);
    const before = await visibleText(page);
    for (const text of want.hidden) expect(before, `page sanity: "${text}" is shown before cleaning`).toContain(fold(text));

    const report = await callMargin<{ article: boolean }>(env.margin, 'clean', tabId);
    expect(report.article).toBe(true);
    const cleaned = await visibleText(page);
    const parts = { headline: want.headline, standfirst: want.standfirst, byline: want.byline, date: want.date, caption: want.caption };
    for (const [part, text] of Object.entries(parts)) if (text) expect(cleaned, `${part} "${text}"`).toContain(fold(text));
    for (const text of want.visible) expect(cleaned).toContain(fold(text));
    for (const text of want.hidden) expect(cleaned, `"${text}" should be hidden`).not.toContain(fold(text));
    if (want.leadImage) expect(await page.locator(want.leadImage).isVisible(), 'lead image').toBe(true);
    await page.close();
  });
});
