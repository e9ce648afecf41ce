// Mention replacement must keep every sentence well labelled: the new name carries the old name's type
// over all its tokens, context words and MISC names stay, and the same seed gives the same copies.
import { describe, expect, it } from 'vitest';
import {
  augmentDocuments,
  caseListPhrase,
  corpusPhrases,
  listPools,
  replaceMentions,
  tokenCasing,
  trainingMentions,
  type MentionPools,
} from '../../../scripts/entities/augment.ts';
import type { ConllSentence } from '../../../scripts/entities/conll.ts';
import { labelsToSpans } from '../../../src/core/entities/labels.ts';

const sentence = (text: string, tags: string): ConllSentence => ({ words: text.split(' '), tags: tags.split(' ') });

const doc: ConllSentence[] = [
  sentence('Harriet Quell said Bramblecorp shares rose in Tessaly .', 'B-PER I-PER O B-ORG O O O B-LOC O'),
  sentence('Quell spoke at the Danish summit .', 'B-PER O O O B-MISC O O'),
];

const pools: { train: MentionPools; lists: MentionPools } = {
  train: { PER: [['Ona', 'Vell']], ORG: [['Corvid', 'Systems', 'Ltd']], LOC: [['Port', 'Arden']] },
  lists: { PER: [['Kestrel']], ORG: [['Lumo']], LOC: [['Westmarch']] },
};

/** The sentence's names as "TYPE text" strings. */
const names = (s: ConllSentence) => labelsToSpans(s.tags).map((x) => `${x.type} ${s.words.slice(x.start, x.end).join(' ')}`);

describe('replaceMentions', () => {
  it('swaps names for training mentions of the same type, with B/I tags over every new token', () => {
    const [first, second] = replaceMentions(doc, pools, 0, () => 0);
    expect(first.words).toEqual(['Ona', 'Vell', 'said', 'Corvid', 'Systems', 'Ltd', 'shares', 'rose', 'in', 'Port', 'Arden', '.']);
    expect(first.tags).toEqual(['B-PER', 'I-PER', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O', 'B-LOC', 'I-LOC', 'O']);
    // The surname alone becomes the replacement's surname; the MISC name and the context stay.
    expect(second.words).toEqual(['Vell', 'spoke', 'at', 'the', 'Danish', 'summit', '.']);
    expect(second.tags).toEqual(['B-PER', 'O', 'O', 'O', 'B-MISC', 'O', 'O']);
  });

  it('draws a first and a last name from the list for a full name, and list names for the other types', () => {
    const [first] = replaceMentions(doc, pools, 1, () => 0);
    expect(names(first)).toEqual(['PER Kestrel Kestrel', 'ORG Lumo', 'LOC Westmarch']);
  });

  it('writes a replacement in capitals inside an all-capitals headline and in lower case in a lower-case tweet', () => {
    const headline = [sentence('BRAMBLECORP BUYS TESSALY MILL', 'B-ORG O B-LOC O')];
    expect(replaceMentions(headline, pools, 0, () => 0)[0].words).toEqual(['CORVID', 'SYSTEMS', 'LTD', 'BUYS', 'PORT', 'ARDEN', 'MILL']);
    const tweet = [sentence('loving bramblecorp today', 'O B-ORG O')];
    expect(replaceMentions(tweet, pools, 0, () => 0)[0].words).toEqual(['loving', 'corvid', 'systems', 'ltd', 'today']);
  });

  it('keeps some names as they are when only a share of the names is replaced, one choice per name', () => {
    // The draws alternate: keep the person, replace the company (from the list), keep the place.
    const draws = [0.9, 0.1, 0.1, 0, 0.9];
    let k = 0;
    const [first, second] = replaceMentions(doc, pools, 0.5, () => draws[k++] ?? 0, 0.5);
    expect(names(first)).toEqual(['PER Harriet Quell', 'ORG Lumo', 'LOC Tessaly']);
    expect(names(second)).toEqual(['PER Quell', 'MISC Danish']);
  });

  it('leaves a name as it is when its type has no replacement anywhere', () => {
    const empty = { train: { PER: [], ORG: [], LOC: [] }, lists: { PER: [], ORG: [], LOC: [] } };
    expect(replaceMentions(doc, empty, 0.5, () => 0.3)).toEqual(doc);
  });
});

describe('augmentDocuments', () => {
  const docs = Array.from({ length: 40 }, () => doc);

  it('copies about the asked share of documents, the same ones for the same seed', () => {
    const a = augmentDocuments(docs, pools, { share: 0.5, listShare: 0.5, seed: 7 });
    const b = augmentDocuments(docs, pools, { share: 0.5, listShare: 0.5, seed: 7 });
    expect(a).toEqual(b);
    expect(a.docs.length).toBeGreaterThan(10);
    expect(a.docs.length).toBeLessThan(30);
    expect(a.from.length).toBe(a.docs.length);
    expect(augmentDocuments(docs, pools, { share: 0, listShare: 0.5, seed: 7 }).docs).toEqual([]);
  });

  it('keeps the token count and tags of each copy in step', () => {
    const { docs: copies } = augmentDocuments(docs, pools, { share: 1, listShare: 0.5, seed: 3 });
    for (const s of copies.flat()) expect(s.tags.length).toBe(s.words.length);
    expect(new Set(copies.flat().flatMap(names)).size).toBeGreaterThan(3);
  });
});

describe('pools and casing', () => {
  it('collects distinct training mentions per type in their usual casing, not the headline form', () => {
    const got = trainingMentions([doc, [sentence('BRAMBLECORP rallies', 'B-ORG O')], [sentence('NATO met', 'B-ORG O')]]);
    expect(got.PER).toEqual([['Harriet', 'Quell'], ['Quell']]);
    expect(got.ORG).toEqual([['Bramblecorp'], ['NATO']]);
    expect(got.LOC).toEqual([['Tessaly']]);
  });

  it('cases list phrases from cased sources, keeps function words small and a common word off a ticker form', () => {
    const corpus = corpusPhrases([[sentence('the green field of Tessaly', 'O O O O B-LOC'), sentence('Green is nice', 'O O O')]]);
    expect(corpus.names).toEqual(['Tessaly']);
    expect(corpus.commonWords.has('green')).toBe(true);
    const casing = tokenCasing(['iPhone', 'GREEN', 'McAllen', 'The Hague'], corpus.commonWords);
    expect(caseListPhrase('iphone', casing)).toEqual(['iPhone']);
    expect(caseListPhrase('green day', casing)).toEqual(['Green', 'Day']);
    expect(caseListPhrase('bank of the west', casing)).toEqual(['Bank', 'of', 'the', 'West']);
    expect(caseListPhrase('mcallen', casing)).toEqual(['McAllen']);
  });

  it('reads ORG from the company and brand lists, PER from personal names and LOC from places', () => {
    const lists = new Map([
      ['O', ['lumo corp.']],
      ['B', ['vexa']],
      ['P', ['kestrel']],
      ['L', ['port arden']],
      ['A', ['led']],
    ]);
    expect(listPools(lists, new Map())).toEqual({ PER: [['Kestrel']], ORG: [['Lumo', 'Corp.'], ['Vexa']], LOC: [['Port', 'Arden']] });
  });
});
