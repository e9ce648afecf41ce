// Training must see the tokens recognition sees: a title's period stays with the title ("Gov."), and a
// word in several name lists is told apart from a word in one.
import { describe, expect, it } from 'vitest';
import { joinAbbreviationPeriods } from '../../../scripts/entities/conll.ts';
import { norm } from '../../../scripts/entities/gazetteer-build.ts';
import { keepsPeriod, tokenize } from '../../../src/core/entities/tokenize.ts';
import { prepareSentence, staticFeatures } from '../../../src/core/entities/features.ts';
import { decodeGazetteer, encodeGazetteer } from '../../../src/core/entities/gazetteer.ts';

describe('joinAbbreviationPeriods', () => {
  it('joins a title or company form and its period as the tokenizer does, keeping the word tag', () => {
    const [[joined]] = joinAbbreviationPeriods([
      [
        {
          words: ['Ohio', 'Gov', '.', 'Mike', 'Dunn', 'met', 'Acme', 'Corp', '.'],
          tags: ['B-LOC', 'O', 'O', 'B-PER', 'I-PER', 'O', 'B-ORG', 'I-ORG', 'O'],
        },
      ],
    ]);
    expect(joined.words).toEqual(['Ohio', 'Gov.', 'Mike', 'Dunn', 'met', 'Acme', 'Corp.']);
    expect(joined.tags).toEqual(['B-LOC', 'O', 'B-PER', 'I-PER', 'O', 'B-ORG', 'I-ORG']);
    expect(tokenize('Ohio Gov. Mike Dunn met Acme Corp.').map((t) => t.text)).toEqual(joined.words);
  });

  it('leaves a sentence-final period after an ordinary word alone', () => {
    const [[s]] = joinAbbreviationPeriods([[{ words: ['Shares', 'rose', '.'], tags: ['O', 'O', 'O'] }]]);
    expect(s.words).toEqual(['Shares', 'rose', '.']);
    expect(keepsPeriod('rose')).toBe(false);
    expect(keepsPeriod('Gov')).toBe(true);
  });
});

describe('gazetteer features', () => {
  const gazetteer = decodeGazetteer(
    encodeGazetteer(
      new Map([
        ['P', ['dunn']],
        ['O', ['nordvind', 'dunn']],
        ['T', ['gov.']],
      ]),
      4,
    ),
  );

  it('names the set of lists a word is in', () => {
    const both = staticFeatures(prepareSentence(['Dunn', 'said'], gazetteer), 0, { casing: new Map() });
    expect(both).toContain('gzs=gPUgOU');
    const one = staticFeatures(prepareSentence(['Nordvind', 'said'], gazetteer), 0, { casing: new Map() });
    expect(one.some((f) => f.startsWith('gzs='))).toBe(false);
  });

  it('lists phrases in the tokens recognition sees, a title with its period as one token', () => {
    expect(norm('Gov.')).toBe('gov.');
    expect(norm('Acme Inc.')).toBe('acme inc.');
    expect(norm("Macy's")).toBe('macy');
    expect(norm('Alibaba.com')).toBe('alibaba . com');

    const s = prepareSentence(['Ohio', 'Gov.', 'Mike'], gazetteer);
    expect(s.gaz[1]).toContain('gTU');
  });
});
