import { describe, expect, it } from 'vitest';
import { keyFacts, sentenceAround } from '../../../src/core/facts/key-facts.ts';
import { spans } from '../entities/mark-spans.ts';

describe('keyFacts', () => {
  it('counts names, folds surnames into the full name, and gives figures their sentence', () => {
    const text = 'Mara Okafor visited Norvania. Norvania holds 8.4 million metric tons. Okafor said more.';
    const facts = keyFacts(
      text,
      spans(text, [
        ['Mara Okafor', 'PER'],
        ['Norvania', 'LOC'],
        ['Norvania', 'LOC'],
        ['8.4 million metric tons', 'QUANTITY'],
        ['Okafor', 'PER'],
      ]),
    );
    expect(facts.map((f) => [f.type, f.text, f.count])).toEqual([
      ['PER', 'Mara Okafor', 2],
      ['LOC', 'Norvania', 2],
      ['QUANTITY', '8.4 million metric tons', 1],
    ]);
    expect(facts[2].sentence).toBe('Norvania holds 8.4 million metric tons.');
    expect(facts[0].first).toBe(0);
  });

  it('strips possessives from names', () => {
    const text = "Malaysia's plan and Malaysia";
    const facts = keyFacts(
      text,
      spans(text, [
        ["Malaysia's", 'LOC'],
        ['Malaysia', 'LOC'],
      ]),
    );
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ text: 'Malaysia', count: 2 });
  });

  it('finds the sentence around a span', () => {
    expect(sentenceAround('One. In 2019, two! Three', 8, 12)).toBe('In 2019, two!');
    const text = 'Intro. It will build a $1.2 billion terminal at Cai Mep. Next.';
    const at = text.indexOf('$1.2 billion');
    expect(sentenceAround(text, at, at + 12)).toBe('It will build a $1.2 billion terminal at Cai Mep.');
  });
});
