import { describe as suite, expect, it } from 'vitest';
import { anchorText, describeText, type Selector } from '../../../src/core/anchoring/index.ts';

/** Selectors for the `nth` occurrence of `needle` in `text`, as Margin stores them. */
function select(text: string, needle: string, nth = 0): Selector[] {
  let at = -1;
  for (let i = 0; i <= nth; i += 1) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`not in text: ${needle}`);
  return describeText(text, at, at + needle.length);
}

function found(text: string, selectors: Selector[]): string | null {
  const r = anchorText(text, selectors);
  return r ? text.slice(r.start, r.end) : null;
}

const WORD = /[\p{L}\p{N}]/u;
const cutsWord = (text: string, at: number) => at > 0 && at < text.length && WORD.test(text[at - 1]) && WORD.test(text[at]);

const FILLER = Array.from(
  { length: 40 },
  (_, i) => `Section ${i} describes the harbour works, the ferry timetable and the cost of dredging in plain terms.`,
).join('\n');

suite('a deleted passage is reported as not found', () => {
  it('does not re-attach a short quote to the same words in another context', () => {
    const before = [
      'The mayor opened the new bridge on a cold Tuesday morning.',
      'Traffic was light, and the toll will rise in spring, officials said.',
      'Critics said the toll was too high for daily commuters from the valley.',
    ].join('\n');
    const sels = select(before, 'the toll');
    const after = [before.split('\n')[0], before.split('\n')[2]].join('\n');
    expect(found(after, sels)).toBeNull();
  });

  it('does not take an exact match from inside a longer word', () => {
    const before = 'Growth slowed. The rate fell by half in a year.\nThe agencies operate separately from the ministry.';
    const sels = select(before, 'rate');
    const after = 'Growth slowed.\nThe agencies operate separately from the ministry.';
    const r = anchorText(after, sels);
    if (r) {
      expect(cutsWord(after, r.start) || cutsWord(after, r.end)).toBe(false);
    }
    expect(r).toBeNull();
  });
});

suite('position and context together pick the right twin', () => {
  it('keeps a quote at its place when a context word changes and a twin with the old context exists far away', () => {
    const sentence = 'Officers said the ferry left the harbour at noon, two hours late.';
    const before = `${sentence}\n${FILLER}\n${sentence}`;
    const sels = select(before, 'the ferry left the harbour');
    const after = `${sentence.replace('Officers', 'Witnesses')}\n${FILLER}\n${sentence}`;
    const r = anchorText(after, sels);
    expect(r?.start).toBe(after.indexOf('the ferry left the harbour'));
  });
});

suite('the stored offset', () => {
  it('is kept when the quote is still there and a word on one side changed, even with a twin nearby', () => {
    const line = 'Harbour news: the ferry left the harbour at noon and the crew waved.';
    const before = `${line}\n${line}`;
    const sels = select(before, 'the ferry left', 1);
    const after = `${line}\n${line.replace('crew waved', 'crew cheered')}`;
    expect(anchorText(after, sels)?.start).toBe(after.lastIndexOf('the ferry left'));
  });

  it('is not taken when the quote there is now the start of a longer word', () => {
    const before = 'The notes were stil missing, so the clerk wrote again.';
    const sels = select(before, 'stil');
    const after = 'The notes were still missing, so the clerk wrote again.';
    expect(found(after, sels)).toBe('still');
  });
});

suite('an exact long match is weighed against its context', () => {
  it('prefers the edited original over an exact copy of the old quote in another context', () => {
    const quote = 'the committee will publish its findings in the autumn';
    const before = [`After a year of hearings, ${quote}, the chair told reporters on Monday.`, FILLER, `Summary: ${quote}.`].join('\n');
    expect(quote.length).toBeGreaterThanOrEqual(40);
    const sels = select(before, quote);
    const after = before.replace(`hearings, ${quote}`, `hearings, ${quote.replace('autumn', 'spring')}`);
    const r = anchorText(after, sels);
    expect(r?.start).toBe(after.indexOf('the committee will publish'));
  });
});

suite('a typo fixed inside a short highlight', () => {
  it('finds a one-word highlight whose swapped letters were corrected', () => {
    const before = 'Applicants will recieve a letter within ten days of the interview.';
    const sels = select(before, 'recieve');
    expect(found('Applicants will receive a letter within ten days of the interview.', sels)).toBe('receive');
  });

  it('finds a three-letter word whose typo was corrected', () => {
    const before = 'She walked to teh station before dawn and waited for the train.';
    const sels = select(before, 'teh');
    expect(found('She walked to the station before dawn and waited for the train.', sels)).toBe('the');
  });

  it('ends the match at the word boundary when a dropped last letter was restored', () => {
    const before = 'The results were stil unclear on Friday, the spokesperson said.';
    const sels = select(before, 'stil');
    expect(found('The results were still unclear on Friday, the spokesperson said.', sels)).toBe('still');
  });
});

suite('a quote with no stored context', () => {
  it('is found by its text alone', () => {
    const text = 'A short note about the harbour and the ferry.';
    expect(found(text, [{ type: 'TextQuoteSelector', exact: 'the ferry', prefix: '', suffix: '' }])).toBe('the ferry');
  });
});
