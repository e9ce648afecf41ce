// The test news page's article text must be marked as its expectations say. The text is laid out as the
// extension does: blocks separated by a blank line.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRecognizerFromDisk } from '../../../src/cli/names-model.ts';
import type { EntitySpan } from '../../../src/core/entities/types.ts';
import { blocksText, coveringSpan, readExpectations } from './page-fixture.ts';

const PAGE = 'tests/fixtures/pages/lithium-refinery';
const expected = readExpectations(PAGE + '.expected.json');

/** Headline, standfirst, byline line and paragraphs of the test article, one block each. */
const articleText = () => blocksText(PAGE + '.html', '.post .headline, .post .dek, .post .meta-line, .body-copy p');

let text = '';
let spans: EntitySpan[] = [];
beforeAll(async () => {
  text = articleText();
  spans = (await loadRecognizerFromDisk()).recognize(text);
});

const NAME_TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC']);

describe('test news article', () => {
  it('has the byline line and five paragraphs', () => {
    expect(text).toContain('Pacific Dispatch News Desk | Updated: 14-03-2026 08:25 IST');
    expect(text.split('\n\n')).toHaveLength(8);
  });

  for (const type of ['PER', 'ORG', 'LOC'] as const) {
    for (const name of expected.entities[type]) {
      it(`marks ${type} "${name}"`, () => {
        expect(spans.some((s) => s.type === type && s.text === name)).toBe(true);
      });
    }
  }

  it('marks Chile as LOC without the possessive', () => {
    const chile = spans.filter((s) => s.text.startsWith('Chile'));
    expect(chile.length).toBeGreaterThan(3);
    for (const s of chile) expect(s).toMatchObject({ type: 'LOC', text: 'Chile' });
  });

  for (const figure of expected.numbers) {
    it(`covers the figure "${figure}"`, () => {
      const covering = coveringSpan(text, spans, figure);
      expect(covering).toBeDefined();
      expect(NAME_TYPES.has(covering!.type)).toBe(false);
    });
  }

  it('covers the date and time of the byline with one span', () => {
    const at = text.indexOf('14-03-2026 08:25 IST');
    const covering = spans.filter((s) => s.start < at + 20 && at < s.end);
    expect(covering).toHaveLength(1);
    expect(covering[0]).toMatchObject({ text: '14-03-2026 08:25 IST', type: 'DATE' });
  });

  for (const word of expected.not_entities) {
    it(`does not mark "${word}" as a person, place or organization`, () => {
      for (const s of spans) {
        if (s.type !== 'PER' && s.type !== 'ORG' && s.type !== 'LOC') continue;
        expect(s.text).not.toBe(word);
        // No name may cover the phrase either (e.g. "Japanese Minister Kenji Morimoto" as one PER).
        expect(s.text.includes(word) && word.includes(' ')).toBe(false);
      }
    });
  }
});
