import { describe, expect, it } from 'vitest';
import { addCompanyRuns } from '../../../src/core/entities/company-runs.ts';
import type { EntitySpan } from '../../../src/core/entities/types.ts';

const names = (text: string, spans: EntitySpan[] = []) => addCompanyRuns(text, spans).map((s) => `${s.type}:${s.text}`);

describe('addCompanyRuns', () => {
  it('marks an unmarked run of common words that ends like a firm', () => {
    expect(names('She covers grain at Willow Creek Research in Leeds.')).toEqual(['ORG:Willow Creek Research']);
    expect(names('The deal was arranged by Harbour Lane Capital last week.')).toEqual(['ORG:Harbour Lane Capital']);
  });

  it('leaves runs the model marked in part, sentence starts and headlines alone', () => {
    const text = 'A note from Willow Creek Research came later.';
    const start = text.indexOf('Willow');
    expect(names(text, [{ start, end: start + 6, type: 'PER', text: 'Willow' }])).toEqual(['PER:Willow']);
    expect(names('Willow Creek Research said prices would fall.')).toEqual([]);
    expect(names('Shares Rise at Willow Creek Research\nThe firm said so.')).toEqual([]);
  });

  it('does not take a plain capitalised phrase for a company', () => {
    expect(names('He moved to New York City in May.')).toEqual([]);
  });
});
