// Run-time tokens must look like CoNLL tokens (the model was trained on them) and keep exact offsets.
import { describe, expect, it } from 'vitest';
import { sentences, tokenize } from '../../../src/core/entities/tokenize.ts';

const words = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it('splits possessives and clitics, keeps abbreviations and numbers whole', () => {
    expect(words("Malaysia's U.S. deal, worth 1,200.5 million, didn't close at Acme Inc. today.")).toEqual([
      'Malaysia',
      "'s",
      'U.S.',
      'deal',
      ',',
      'worth',
      '1,200.5',
      'million',
      ',',
      'did',
      "n't",
      'close',
      'at',
      'Acme',
      'Inc.',
      'today',
      '.',
    ]);
    expect(words('state-linked 14-03-2024 07:05')).toEqual(['state-linked', '14-03-2024', '07:05']);
  });

  it('keeps offsets into the text, also after astral characters', () => {
    const text = 'Hi 👋 Xi’s team (Kuala Lumpur).';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(words(text)).toContain('Xi');
  });
});

describe('sentences', () => {
  it('splits at line breaks, sentence ends and byline bars', () => {
    const text = 'Headline Here\n\nDesk | Updated: 14-03-2024\n\nIt rose. Then it fell! ok.';
    expect(sentences(text).map((s) => s.map((t) => t.text).join(' '))).toEqual([
      'Headline Here',
      'Desk |',
      'Updated : 14-03-2024',
      'It rose .',
      'Then it fell ! ok .',
    ]);
  });
});
