// The seed page's article text must be marked as the fixture says. The fixture is read from ../shared
// (never copied into the repository); the text is laid out as the extension does: blocks separated by a
// blank line.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRecognizer } from '../../../src/core/entities/recognize.ts';
import type { EntitySpan } from '../../../src/core/entities/types.ts';
import { blocksText, coveringSpan, readExpectations } from './page-fixture.ts';

const DIR = '../shared/fixtures/seed/';
const expected = readExpectations(DIR + 'devdiscourse-rare-earth.expected.json');

/** Headline, standfirst, byline line and paragraphs of the seed article, one block each. */
const articleText = () => blocksText(DIR + 'devdiscourse-rare-earth.html', 'h1.title, h2.summary, .author-details, .article-content p');

let text = '';
let spans: EntitySpan[] = [];
beforeAll(async () => {
  text = articleText();
  spans = (await loadRecognizer()).recognize(text);
});

const NAME_TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC']);

describe('seed article', () => {
  it('has the byline line and four paragraphs', () => {
    expect(text).toContain('Devdiscourse News Desk | Updated: 28-08-2025 10:52 IST');
    expect(text.split('\n\n')).toHaveLength(7);
  });

  for (const type of ['PER', 'ORG', 'LOC'] as const) {
    for (const name of expected.entities[type]) {
      it(`marks ${type} "${name}"`, () => {
        expect(spans.some((s) => s.type === type && s.text === name)).toBe(true);
      });
    }
  }

  it('marks Malaysia as LOC without the possessive', () => {
    const malaysia = spans.filter((s) => s.text.startsWith('Malaysia'));
    expect(malaysia.length).toBeGreaterThan(3);
    for (const s of malaysia) expect(s).toMatchObject({ type: 'LOC', text: 'Malaysia' });
  });

  for (const figure of expected.numbers) {
    it(`covers the figure "${figure}"`, () => {
      const covering = coveringSpan(text, spans, figure);
      expect(covering).toBeDefined();
      expect(NAME_TYPES.has(covering!.type)).toBe(false);
    });
  }

  it('covers the date and time of the byline with one span', () => {
    const at = text.indexOf('28-08-2025 10:52 IST');
    const covering = spans.filter((s) => s.start < at + 20 && at < s.end);
    expect(covering).toHaveLength(1);
    expect(covering[0]).toMatchObject({ text: '28-08-2025 10:52 IST', type: 'DATE' });
  });

  for (const word of expected.not_entities) {
    it(`does not mark "${word}" as a person, place or organization`, () => {
      for (const s of spans) {
        if (s.type !== 'PER' && s.type !== 'ORG' && s.type !== 'LOC') continue;
        expect(s.text).not.toBe(word);
        // No name may cover the phrase either (e.g. "Chinese President Xi Jinping" as one PER).
        expect(s.text.includes(word) && word.includes(' ')).toBe(false);
      }
    });
  }
});
