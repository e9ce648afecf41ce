// One entity, one kind per article, and one key-facts entry: full names, surnames, acronyms and dotted
// forms of the same entity are grouped; figures and dates are listed once.
import { describe, expect, it } from 'vitest';
import { groupMentions, unifyKinds } from '../../../src/core/entities/mentions.ts';
import { keyFacts } from '../../../src/core/facts/key-facts.ts';
import { spans } from './mark-spans.ts';

describe('unifyKinds', () => {
  it('gives a company the kind most of its mentions have', () => {
    const text = 'Alibaba said it would split. Alibaba shares rose. Alibaba gained ground.';
    const got = unifyKinds(
      spans(text, [
        ['Alibaba', 'ORG'],
        ['Alibaba', 'PER'],
        ['Alibaba', 'ORG'],
      ]),
    );
    expect(got.map((s) => s.type)).toEqual(['ORG', 'ORG', 'ORG']);
  });

  it('lets the full name outvote a surname typed otherwise', () => {
    const text = 'Tim Cook spoke. Cook told Benioff. Marc Benioff agreed.';
    const got = unifyKinds(
      spans(text, [
        ['Tim Cook', 'PER'],
        ['Cook', 'ORG'],
        ['Benioff', 'ORG'],
        ['Marc Benioff', 'PER'],
      ]),
    );
    expect(got.map((s) => `${s.type}:${s.text}`)).toEqual(['PER:Tim Cook', 'PER:Cook', 'PER:Benioff', 'PER:Marc Benioff']);
  });

  it('reads US and U.S. as one entity', () => {
    const text = 'US officials said the U.S. would act. The U.S. economy grew.';
    const got = unifyKinds(
      spans(text, [
        ['US', 'ORG'],
        ['U.S.', 'LOC'],
        ['U.S.', 'LOC'],
      ]),
    );
    expect(got.map((s) => s.type)).toEqual(['LOC', 'LOC', 'LOC']);
  });

  it('leaves a split vote alone', () => {
    const text = 'Japan beat Syria. Japan said.';
    const input = spans(text, [
      ['Japan', 'LOC'],
      ['Japan', 'ORG'],
    ]);
    expect(unifyKinds(input).map((s) => s.type)).toEqual(['LOC', 'ORG']);
  });

  it('leaves figures alone', () => {
    const text = 'In 2024 it grew 5%.';
    const input = spans(text, [
      ['2024', 'DATE'],
      ['5%', 'PERCENT'],
    ]);
    expect(unifyKinds(input)).toEqual(input);
  });
});

describe('groupMentions', () => {
  it('joins an acronym to the name it spells', () => {
    const text = 'The Federal Aviation Administration capped output. The FAA said so.';
    const groups = groupMentions(
      spans(text, [
        ['Federal Aviation Administration', 'ORG'],
        ['FAA', 'ORG'],
      ]),
    );
    expect(groups).toMatchObject([{ name: 'Federal Aviation Administration', type: 'ORG', members: [0, 1] }]);
  });

  it('keeps a surname apart when two people share it', () => {
    const text = 'Anna Berg and Olaf Berg met. Berg left.';
    const groups = groupMentions(
      spans(text, [
        ['Anna Berg', 'PER'],
        ['Olaf Berg', 'PER'],
        ['Berg', 'PER'],
      ]),
    );
    expect(groups).toHaveLength(3);
  });
});

describe('keyFacts grouping', () => {
  it('lists each entity once under its full name, and each figure and date once', () => {
    const text = 'Mr Obama spoke on 3 May 2024. Barack Obama said 5% on 3 May 2024. The FAA and the Federal Aviation Administration agreed.';
    const facts = keyFacts(
      text,
      spans(text, [
        ['Obama', 'ORG'],
        ['3 May 2024', 'DATE'],
        ['Barack Obama', 'PER'],
        ['5%', 'PERCENT'],
        ['3 May 2024', 'DATE'],
        ['FAA', 'ORG'],
        ['Federal Aviation Administration', 'ORG'],
      ]),
    );
    expect(facts.map((f) => [f.type, f.text, f.count])).toEqual([
      ['PER', 'Barack Obama', 2],
      ['ORG', 'Federal Aviation Administration', 2],
      ['DATE', '3 May 2024', 2],
      ['PERCENT', '5%', 1],
    ]);
  });
});
