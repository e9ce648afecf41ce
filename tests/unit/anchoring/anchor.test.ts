// @vitest-environment happy-dom
import { describe as suite, expect, it } from 'vitest';
import { anchor, anchorAll, buildTextModel, describe, type Selector, type TextQuoteSelector } from '../../../src/core/anchoring/index.ts';
import { h, page, rangeOf } from './helpers.ts';

const PARAS = [
  'Norvania is weighing an offer of technical help from Estmark to build its cobalt refining industry.',
  'During a Port Aldren visit in March, officials said discussions were ongoing. The talks continue.',
  'Surveyed in 2021, the Tesk basin held approximately 8.4 million metric tons of cobalt ore.',
  'Analysts said the talks continue, and that any deal would take years to implement.',
];

function quoteOf(sels: Selector[]): TextQuoteSelector {
  const q = sels.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  if (!q) throw new Error('no quote');
  return q;
}

suite('describe / anchor round trip', () => {
  it('describes a selection as quote and position with context', () => {
    const root = page(PARAS);
    const sels = describe(root, rangeOf(root, 'Port Aldren visit'));
    const q = quoteOf(sels);
    expect(q.exact).toBe('Port Aldren visit');
    expect(q.prefix.endsWith('During a ')).toBe(true);
    expect(q.suffix.startsWith(' in March')).toBe(true);
    expect(q.prefix.length).toBeLessThanOrEqual(32);
    const pos = sels.find((s) => s.type === 'TextPositionSelector');
    expect(pos).toBeDefined();
    expect(anchor(root, sels)?.toString()).toBe('Port Aldren visit');
  });

  it('round-trips a selection across elements and after a reload of the same markup', () => {
    const root = page(PARAS);
    const range = document.createRange();
    range.setStart(root.children[2].firstChild!, 60);
    range.setEnd(root.children[3].firstChild!, 12);
    const sels = describe(root, range);
    const expected = range.toString();
    const reloaded = page(PARAS);
    expect(anchor(reloaded, sels)?.toString()).toBe(expected);
  });

  it('does not count script text and maps element boundary points', () => {
    const root = page(PARAS);
    const model = buildTextModel(root);
    expect(model.text).not.toContain('tracking');
    const range = document.createRange();
    range.setStart(root, 2); // Before the first <p> (after nav and script).
    range.setEnd(root, 3); // After it.
    const sels = describe(root, range);
    expect(quoteOf(sels).exact).toBe(PARAS[0]);
    expect(anchor(root, sels)?.toString()).toBe(PARAS[0]);
  });

  it('returns [] for a collapsed range', () => {
    const root = page(PARAS);
    const r = document.createRange();
    r.setStart(root.children[2].firstChild!, 3);
    expect(describe(root, r)).toEqual([]);
  });

  it('spans inline markup inside the quote', () => {
    const root = h('div', {}, h('p', {}, 'The ', h('b', {}, 'Ministry of Trade'), ' said on ', h('i', {}, 'Tuesday'), ' it would act.'));
    document.body.replaceChildren(root);
    const sels = describe(root, rangeOf(root, 'Trade said on Tues'));
    const again = h('div', {}, h('p', {}, 'The ', h('b', {}, 'Ministry of Trade'), ' said on ', h('i', {}, 'Tuesday'), ' it would act.'));
    document.body.replaceChildren(again);
    expect(anchor(again, sels)?.toString()).toBe('Trade said on Tues');
  });
});

suite('the page changing', () => {
  it('finds the quote after text is inserted before it', () => {
    const root = page(PARAS);
    const sels = describe(root, rangeOf(root, '8.4 million metric tons'));
    const changed = page(['BREAKING: a new paragraph was added at the top of the story.', ...PARAS]);
    expect(anchor(changed, sels)?.toString()).toBe('8.4 million metric tons');
  });

  it('finds a quote in which a word was edited', () => {
    const root = page(PARAS);
    const sels = describe(root, rangeOf(root, 'the Tesk basin held approximately 8.4 million metric tons of cobalt ore'));
    const edited = PARAS.slice();
    edited[2] = edited[2].replace('approximately', 'roughly');
    const changed = page(edited);
    const got = anchor(changed, sels)?.toString() ?? '';
    expect(got).toContain('the Tesk basin held roughly 8.4 million metric tons');
  });

  it('finds a quote whose white space was re-indented', () => {
    const root = page(PARAS);
    const sels = describe(root, rangeOf(root, 'During a Port Aldren visit in March'));
    const changed = page(PARAS.map((p) => p.replace(/ /g, '\n      ')));
    expect(anchor(changed, sels)?.toString().replace(/\s+/g, ' ')).toBe('During a Port Aldren visit in March');
  });

  it('gives up (null) when the passage is gone', () => {
    const root = page(PARAS);
    const sels = describe(root, rangeOf(root, 'any deal would take years to implement'));
    const changed = page(PARAS.slice(0, 3));
    expect(anchor(changed, sels)).toBeNull();
  });

  it('is not fooled by hiding: attributes and styles do not change the text', () => {
    const root = page(PARAS);
    const sels = describe(root, rangeOf(root, 'cobalt ore'));
    root.querySelector('nav')?.setAttribute('hidden', '');
    root.querySelector('footer')?.setAttribute('style', 'display:none');
    expect(anchor(root, sels)?.toString()).toBe('cobalt ore');
    // The position was still right, so it was used as is.
    const pos = sels[1];
    expect(pos.type === 'TextPositionSelector' && buildTextModel(root).text.slice(pos.start, pos.end)).toBe('cobalt ore');
  });
});

suite('repeated quotes', () => {
  it('chooses the occurrence whose context matches', () => {
    const root = page(PARAS);
    const second = rangeOf(root, 'the talks continue', 0); // In the 4th paragraph ("Analysts said the talks continue").
    const sels = describe(root, second);
    const q = quoteOf(sels);
    expect(q.prefix).toContain('Analysts said');
    // Shift everything so the stored position is useless, and add another copy with different context.
    const changed = page(['Critics warn the talks continue without a mandate.', 'More text here to move offsets around.', ...PARAS]);
    const got = anchor(changed, sels)!;
    expect(got.toString()).toBe('the talks continue');
    expect(got.startContainer.parentElement?.textContent).toContain('Analysts said');
  });

  it('chooses by context even when the position points at another copy', () => {
    const root = h('div', {}, h('p', {}, 'alpha beta gamma delta'), h('p', {}, 'omega beta gamma sigma'));
    document.body.replaceChildren(root);
    const sels = describe(root, rangeOf(root, 'beta gamma', 1));
    const swapped = h('div', {}, h('p', {}, 'omega beta gamma sigma'), h('p', {}, 'alpha beta gamma delta'));
    document.body.replaceChildren(swapped);
    const got = anchor(swapped, sels)!;
    expect(got.startContainer.textContent).toBe('omega beta gamma sigma');
  });

  it('resolves an edited quote to its own place, not to an identical phrase elsewhere', () => {
    const root = page(['The board approved the plan on Monday after a long debate.', 'Elsewhere, the plan on Monday was criticised.']);
    const sels = describe(root, rangeOf(root, 'approved the plan on Monday'));
    const changed = page(['The board endorsed the plan on Monday after a long debate.', 'Elsewhere, the plan on Monday was criticised.']);
    const got = anchor(changed, sels)!;
    expect(got.startContainer.textContent).toContain('The board');
  });
});

suite('ignore predicate', () => {
  it('leaves Margin UI out of the text, so injecting it does not shift anchors', () => {
    const ignore = (el: Element) => el.hasAttribute('data-margin-ui');
    const root = page(PARAS);
    const sels = describe(root, rangeOf(root, 'technical help'), { ignore });
    const ui = h('div', { 'data-margin-ui': '' }, 'technical help Margin panel technical help');
    root.prepend(ui);
    const got = anchor(root, sels, { ignore })!;
    expect(got.toString()).toBe('technical help');
    expect(ui.contains(got.startContainer)).toBe(false);
    expect(buildTextModel(root, { ignore }).text).not.toContain('Margin panel');
    // The position selector is still exact because the UI is not counted.
    const pos = sels[1];
    expect(pos.type === 'TextPositionSelector' && buildTextModel(root, { ignore }).text.slice(pos.start, pos.end)).toBe('technical help');
  });

  it('clips a selection that starts inside ignored UI', () => {
    const ignore = (el: Element) => el.hasAttribute('data-margin-ui');
    const ui = h('span', { 'data-margin-ui': '' }, 'UI');
    const root = h('div', {}, h('p', {}, ui, 'Real text here.'));
    document.body.replaceChildren(root);
    const r = document.createRange();
    r.setStart(ui.firstChild!, 1);
    r.setEnd(root.querySelector('p')!.lastChild!, 4);
    expect(quoteOf(describe(root, r, { ignore })).exact).toBe('Real');
  });
});

suite('many highlights', () => {
  it('anchors 100 highlights on a long article edited in every paragraph', () => {
    const paras: string[] = [];
    for (let i = 0; i < 400; i++) {
      paras.push(
        `Paragraph ${i}: officials in region ${i % 17} reported output of ${i * 3} tonnes while analysts at firm ${i % 11} said demand grew ${i % 9} percent over the quarter.`,
      );
    }
    const root = page(paras);
    const lists: Selector[][] = [];
    for (let i = 0; i < 100; i++)
      lists.push(describe(root, rangeOf(root, `officials in region ${(i * 4) % 17} reported output of ${i * 4 * 3} tonnes`)));
    // Insert text at the top and edit one word in every paragraph so positions fail and fuzzy search runs.
    const changed = page(['Editor note: updated.', ...paras.map((p) => p.replace('reported', 'recorded'))]);
    // Speed is measured by `npm run bench:anchoring`, not here.
    const ranges = anchorAll(changed, lists);
    expect(ranges.every((r) => r !== null)).toBe(true);
    expect(ranges[5]?.toString()).toContain('recorded output of 60 tonnes');
  });
});
