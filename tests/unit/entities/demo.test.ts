// The demo page's article text must be marked as demo/expected.json says. The text is read from the page
// the way news-page.test.ts reads the test news page: headline, standfirst, byline line, caption and
// paragraphs, one block each, separated by a blank line.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRecognizerFromDisk } from '../../../src/cli/names-model.ts';
import type { EntitySpan } from '../../../src/core/entities/types.ts';
import { blocksText, coveringSpan, readExpectations } from './page-fixture.ts';

const expected = readExpectations('demo/expected.json');

/** The demo article's blocks, joined by blank lines. */
const articleText = () =>
  blocksText('demo/index.html', 'article h1.title, article h2.summary, article .author-details, article figcaption, article .article-content p');

let text = '';
let spans: EntitySpan[] = [];
beforeAll(async () => {
  text = articleText();
  spans = (await loadRecognizerFromDisk()).recognize(text);
});

const NAMES = new Set(['PER', 'ORG', 'LOC']);

describe('demo article', () => {
  it('starts with the Title Case headline and has the byline line', () => {
    expect(text.startsWith('Vietnam Port Operator Seals $1.2 Billion Green Ammonia Deal With Norwegian Shipper\n\n')).toBe(true);
    expect(text).toContain('Meridian Ledger Business Desk | Updated: 26-11-2026 14:05 IST');
  });

  for (const type of ['PER', 'ORG', 'LOC'] as const) {
    for (const name of expected.entities[type]) {
      it(`marks ${type} "${name}"`, () => {
        expect(spans.some((s) => s.type === type && s.text === name)).toBe(true);
      });
    }
  }

  it('marks no other name in the headline than Vietnam', () => {
    const end = text.indexOf('\n');
    const names = spans.filter((s) => s.end <= end && NAMES.has(s.type)).map((s) => `${s.type} ${s.text}`);
    expect(names).toEqual(['LOC Vietnam']);
  });

  for (const figure of expected.numbers) {
    it(`covers the figure "${figure}"`, () => {
      const covering = coveringSpan(text, spans, figure);
      expect(covering).toBeDefined();
      expect(NAMES.has(covering!.type) || covering!.type === 'MISC').toBe(false);
    });
  }

  for (const word of expected.not_entities) {
    it(`does not mark "${word}" as a person, place or organization`, () => {
      for (const s of spans) {
        if (!NAMES.has(s.type)) continue;
        expect(s.text).not.toBe(word);
        expect(s.text.includes(word) && word.includes(' ')).toBe(false);
      }
    });
  }
});
