// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { describe as describeRange, readsWithGaps } from '../../../src/core/anchoring/describe.ts';
import { buildTextModel } from '../../../src/core/anchoring/text-model.ts';
import type { TextPositionSelector, TextQuoteSelector } from '../../../src/core/anchoring/types.ts';

const HTML = `<p id="a">Ships will cross the gulf by 2028 on new trade routes.</p>
<div class="ad" hidden><span>Advertisement</span></div>
<p id="b">Under the agreement, the two cities will share the cost.</p>`;

function select(): Range {
  document.body.innerHTML = HTML;
  const a = document.getElementById('a')!.firstChild as Text;
  const b = document.getElementById('b')!.firstChild as Text;
  const range = document.createRange();
  range.setStart(a, a.data.indexOf('routes.'));
  range.setEnd(b, 'Under the agreement'.length);
  return range;
}

const unseen = (el: Element) => el.closest('[hidden]') !== null;

describe('quotes of what the reader saw', () => {
  it('leaves hidden elements between paragraphs out of the quote, keeping offsets and context', () => {
    const [quote, position] = describeRange(document.body, select(), { unseen }) as [TextQuoteSelector, TextPositionSelector];
    expect(quote.exact.replace(/\s+/g, ' ')).toBe('routes. Under the agreement');
    const whole = describeRange(document.body, select()) as [TextQuoteSelector, TextPositionSelector];
    expect(whole[0].exact).toContain('Advertisement');
    expect(position).toEqual(whole[1]);
    expect(quote.prefix).toBe(whole[0].prefix);
  });

  it('finds such a quote again at its position with the clutter showing, and nothing else there', () => {
    const [quote, position] = describeRange(document.body, select(), { unseen }) as [TextQuoteSelector, TextPositionSelector];
    const model = buildTextModel(document.body);
    expect(readsWithGaps(model, position.start, position.end, quote.exact)).toBe(true);
    expect(readsWithGaps(model, position.start, position.end, 'routes. Under an agreement')).toBe(false);
    expect(readsWithGaps(model, position.start + 1, position.end, quote.exact)).toBe(false);
  });
});
