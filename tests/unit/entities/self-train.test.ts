// The recognizer's spans must become the IOB2 labels training reads: every token of a name labelled, B- at
// each name's first token (also for two adjacent names of one type), figures left out, and a sentence whose
// name edge falls inside a token, or that is a headline or a short line, not kept.
import { describe, expect, it } from 'vitest';
import { isTitleCaseLine, keepSentence, spansToSentences } from '../../../scripts/entities/self-train.ts';
import type { EntitySpan, EntityType } from '../../../src/core/entities/types.ts';

/** A span over the first occurrence of `name` in `text`. */
function span(text: string, name: string, type: EntityType): EntitySpan {
  const start = text.indexOf(name);
  if (start < 0) throw new Error(`no ${name} in fixture`);
  return { start, end: start + name.length, type, text: name };
}

const text =
  'Orla Penhallow, the founder of Brisk Ferries Ltd, said on Monday the Wexmoor-based firm would hire 40 people.\n' +
  'Lunmark Tidewater Gains As Ferries Return';

describe('spansToSentences', () => {
  const spans = [
    span(text, 'Orla Penhallow', 'PER'),
    span(text, 'Brisk Ferries Ltd', 'ORG'),
    span(text, 'Monday', 'DATE'),
    span(text, 'Wexmoor', 'LOC'),
    span(text, '40 people', 'QUANTITY'),
    span(text, 'Lunmark', 'ORG'),
    span(text, 'Tidewater', 'ORG'),
  ];
  const [prose, headline] = spansToSentences(text, spans);

  it('labels every token of a name in IOB2 and ignores figures', () => {
    const labelled = prose.words.map((w, i) => `${w}/${prose.tags[i]}`);
    expect(labelled.slice(0, 10)).toEqual([
      'Orla/B-PER',
      'Penhallow/I-PER',
      ',/O',
      'the/O',
      'founder/O',
      'of/O',
      'Brisk/B-ORG',
      'Ferries/I-ORG',
      'Ltd/I-ORG',
      ',/O',
    ]);
    expect(prose.tags[prose.words.indexOf('Monday')]).toBe('O');
    expect(prose.tags[prose.words.indexOf('40')]).toBe('O');
  });

  it('starts each of two adjacent names of one type with B-', () => {
    expect(headline.tags.slice(0, 2)).toEqual(['B-ORG', 'B-ORG']);
  });

  it('marks a sentence whose name ends inside a token as not aligned', () => {
    // "Wexmoor-based" is one token; the place is only part of it.
    expect(prose.aligned).toBe(false);
    const [whole] = spansToSentences(
      text,
      spans.filter((s) => s.text !== 'Wexmoor'),
    );
    expect(whole.aligned).toBe(true);
    expect(keepSentence(whole)).toBe(true);
  });
});

describe('keepSentence', () => {
  const sentence = (s: string) => {
    const words = s.split(' ');
    return { words, tags: words.map(() => 'O'), aligned: true };
  };

  it('drops Title Case headlines, short lines and lines without a sentence mark', () => {
    expect(isTitleCaseLine(sentence('Lunmark Tidewater Gains As Ferries Return').words)).toBe(true);
    expect(keepSentence(sentence('Lunmark Tidewater Gains As Ferries Return To Port .'))).toBe(false);
    expect(keepSentence(sentence('By Orla Penhallow .'))).toBe(false);
    expect(keepSentence(sentence('The ferries will return to the harbour next spring'))).toBe(false);
    expect(keepSentence(sentence('The ferries will return to the harbour next spring .'))).toBe(true);
  });

  it('keeps every aligned sentence when asked for all', () => {
    expect(keepSentence(sentence('By Orla Penhallow'), true)).toBe(true);
    expect(keepSentence({ ...sentence('By Orla Penhallow'), aligned: false }, true)).toBe(false);
  });
});
