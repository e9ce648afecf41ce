// The recognizer's contract (sorted, non-overlapping spans that are slices of the text) and the hard cases
// outside Reuters 1996: headlines in lower case and capitals, non-Western names, bylines and datelines,
// surnames repeated later, possessives.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Recognizer } from '../../../src/core/entities/recognize.ts';
import { loadRecognizerFromDisk } from '../../../src/cli/names-model.ts';
import type { EntitySpan } from '../../../src/core/entities/types.ts';

let recognizer: Recognizer;
beforeAll(async () => {
  recognizer = await loadRecognizerFromDisk();
});

const names = (spans: EntitySpan[]) => spans.filter((s) => ['PER', 'ORG', 'LOC', 'MISC'].includes(s.type)).map((s) => `${s.type}:${s.text}`);
const has = (text: string, expected: string[], context?: string) => {
  const got = names(recognizer.recognize(text, { context }));
  for (const e of expected) expect(got, `in: ${text}`).toContain(e);
};

describe('loadRecognizer', () => {
  it('loads once and returns the same recognizer', async () => {
    expect(await loadRecognizerFromDisk()).toBe(recognizer);
  });
});

describe('recognize contract', () => {
  const text =
    "Malaysia's Prime Minister Anwar Ibrahim met Chinese President Xi Jinping in Kuala Lumpur on 15 April 2025.\n\nThe deal is worth RM9.5 billion, about 2% of output.";
  let spans: EntitySpan[];
  beforeAll(() => {
    spans = recognizer.recognize(text);
  });

  it('returns sorted, non-overlapping slices of the text', () => {
    for (let i = 0; i < spans.length; i++) {
      expect(spans[i].text).toBe(text.slice(spans[i].start, spans[i].end));
      if (i > 0) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
    }
  });

  it('merges names and figures', () => {
    const all = spans.map((s) => `${s.type}:${s.text}`);
    expect(all).toEqual(
      expect.arrayContaining([
        'LOC:Malaysia',
        'PER:Anwar Ibrahim',
        'PER:Xi Jinping',
        'LOC:Kuala Lumpur',
        'DATE:15 April 2025',
        'MONEY:RM9.5 billion',
        'PERCENT:2%',
      ]),
    );
  });

  it('handles empty and name-less text', () => {
    expect(recognizer.recognize('')).toEqual([]);
    expect(names(recognizer.recognize('it was a quiet day and nothing happened.'))).toEqual([]);
  });
});

describe('hard cases', () => {
  it('types a country that acts in the story as a place', () => {
    const doc =
      'Vietnam Port Operator Seals $1.2 Billion Green Fuel Deal\nThe port operator signed a deal on Wednesday. ' +
      'Talks between the two firms began in February, as Vietnam courts shipping lines that want low-carbon fuel.';
    expect(names(recognizer.recognize(doc))).toEqual(['LOC:Vietnam', 'LOC:Vietnam']);
  });

  it('finds non-Western names', () => {
    has('Finance Minister Nirmala Sitharaman presented the budget on Saturday.', ['PER:Nirmala Sitharaman']);
    has('Chinese President Xi Jinping arrived in Malaysia on Tuesday.', ['PER:Xi Jinping', 'LOC:Malaysia']);
    has('Prime Minister Anwar Ibrahim said the talks went well.', ['PER:Anwar Ibrahim']);
  });

  it('strips possessives', () => {
    has("Malaysia's rare earth industry and China's processing lead were discussed.", ['LOC:Malaysia', 'LOC:China']);
  });

  it('reads ALL-CAPS headlines', () => {
    has('MALAYSIA WEIGHS CHINA BID ON MINERAL REFINING', ['LOC:CHINA', 'LOC:MALAYSIA']);
  });

  it('reads a lower-case headline with the article as context', () => {
    const body = 'Officials in Malaysia are weighing a refining deal with China. Chinese President Xi Jinping was in Kuala Lumpur last spring.';
    has('xi jinping pledges malaysia support on minerals', ['PER:xi jinping', 'LOC:malaysia'], body);
  });

  it('tags a surname repeated later like the full name', () => {
    const text = 'The court granted bail to reporter Kavita Deshpande on Monday.\n\nDeshpande had challenged the case, her lawyer said.';
    has(text, ['PER:Kavita Deshpande', 'PER:Deshpande']);
  });

  it('reads bylines and datelines', () => {
    has('Pacific Dispatch News Desk | Updated: 14-03-2026 08:25 IST', ['ORG:Pacific Dispatch News Desk']);
    has('KUALA LUMPUR, Mar 14 (Reuters) - Malaysia said on Thursday it would ban exports.', ['LOC:KUALA LUMPUR', 'ORG:Reuters', 'LOC:Malaysia']);
  });

  it('uses context for one paragraph of a longer article', () => {
    const article = 'Kavita Deshpande, a reporter, filed the petition.\n\nDeshpande said she would appeal.';
    const paragraph = 'Deshpande said she would appeal.';
    has(paragraph, ['PER:Deshpande'], article);
  });
});
