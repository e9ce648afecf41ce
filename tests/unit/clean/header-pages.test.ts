/**
 * The header-structure pages (tests/fixtures/pages/headers) in Node: after detection and the hide plan, the
 * headline, standfirst, byline, date and caption are left visible and the clutter is hidden. The same pages
 * run in Chromium in tests/e2e/headers.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/cli/read-page.ts';
import { findArticle } from '../../../src/core/article/index.ts';
import { planHiding } from '../../../src/core/clean/plan.ts';
import { headlineHidden } from '../../../src/core/clean/headline-check.ts';
import { blockText } from '../../../src/core/text/block-text.ts';
import { hiddenByMarkup } from '../../../src/core/article/hints.ts';

const DIR = join(import.meta.dirname, '../../fixtures/pages/headers');
const PAGES = readdirSync(DIR).filter((f) => f.endsWith('.html'));

export interface HeaderExpectation {
  headline: string;
  standfirst?: string;
  byline?: string;
  date?: string;
  caption?: string;
  leadImage?: string;
  visible: string[];
  hidden: string[];
}

/** The expectation a header page carries in its `<script type="application/json" id="expected">`. */
export function expectationOf(html: string): HeaderExpectation {
  const json = /<script type="application\/json" id="expected">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!json) throw new Error('header page without its expectation');
  return JSON.parse(json) as HeaderExpectation;
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('header pages (Node)', () => {
  it('has at least 20 pages', () => expect(PAGES.length).toBeGreaterThanOrEqual(20));

  it.each(PAGES)('%s: the header stays, the clutter goes', (file) => {
    const html = readFileSync(join(DIR, file), 'utf8');
    const want = expectationOf(html);
    const doc = parsePage(html);
    const selection = findArticle(doc);
    expect(selection).not.toBeNull();
    const hidden = new Set(planHiding(doc.body, selection!));
    const visible = fold(blockText([doc.body], { skip: (el) => hidden.has(el) || hiddenByMarkup(el) }).text);
    for (const key of ['headline', 'standfirst', 'byline', 'date', 'caption'] as const) {
      const text = want[key];
      if (text) expect(visible, `${key} "${text}"`).toContain(fold(text));
    }
    for (const text of want.visible) expect(visible).toContain(fold(text));
    for (const text of want.hidden) expect(visible, `"${text}" should be hidden`).not.toContain(fold(text));
    if (want.leadImage) expect([...hidden].some((h) => h.contains(doc.querySelector(want.leadImage!)))).toBe(false);
    expect(headlineHidden(doc, [...hidden])).toBe(false);
  });
});
