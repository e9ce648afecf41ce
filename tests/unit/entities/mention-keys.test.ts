import { describe, expect, it } from 'vitest';
import { firstMentions, mentionKeys } from '../../../src/core/entities/mention-keys.ts';
import type { EntitySpan, EntityType } from '../../../src/core/entities/types.ts';

const spans = (list: [EntityType, string][]): EntitySpan[] =>
  list.map(([type, text], i) => ({ type, text, start: i * 100, end: i * 100 + text.length }));

describe('mentionKeys', () => {
  it('joins surnames, possessives and short company names to the full name', () => {
    const keys = mentionKeys(
      spans([
        ['PER', 'Jonas Varga'],
        ['ORG', 'Nordic Ferry Holdings AB'],
        ['PER', 'Varga'],
        ['PER', "Varga's"],
        ['ORG', 'Nordic Ferry Holdings'],
        ['PER', 'Xi Jinping'],
        ['PER', 'Xi'],
        ['LOC', 'Tallinn'],
        ['LOC', 'Tallinn'],
        ['MONEY', '€240 million'],
        ['MONEY', '€240 million'],
        ['ORG', 'Nordic'],
      ]),
    );
    expect(keys).toEqual([
      'PER:Jonas Varga',
      'ORG:Nordic Ferry Holdings AB',
      'PER:Jonas Varga',
      'PER:Jonas Varga',
      'ORG:Nordic Ferry Holdings AB',
      'PER:Xi Jinping',
      'PER:Xi Jinping',
      'LOC:Tallinn',
      'LOC:Tallinn',
      'MONEY:€240 million',
      'MONEY:€240 million',
      'ORG:Nordic', // one word is too little to be the company's short name
    ]);
    expect([...firstMentions(keys)]).toEqual([0, 1, 5, 7, 9, 11]);
  });

  it('marks the full form too when a shorter one came first', () => {
    const list = spans([
      ['ORG', 'Nordvind Shipping'],
      ['PER', 'Lan'],
      ['ORG', 'Nordvind Shipping ASA'],
      ['ORG', 'Nordvind Shipping ASA'],
      ['ORG', 'Nordvind Shipping'],
    ]);
    expect([...firstMentions(mentionKeys(list), list)].sort()).toEqual([0, 1, 2]);
  });

  it('joins a surname to the one full name it belongs to, whichever comes first', () => {
    expect(
      mentionKeys(
        spans([
          ['PER', 'Rinne'],
          ['PER', 'Kaisa Rinne'],
        ]),
      ),
    ).toEqual(['PER:Kaisa Rinne', 'PER:Kaisa Rinne']);
  });
});

describe('firstMentions', () => {
  it('marks each key once without spans', () => {
    expect([...firstMentions(['a', 'b', 'a'])]).toEqual([0, 1]);
  });
});
