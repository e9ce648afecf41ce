// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blockText, rangeForSpan } from '../../../src/core/text/block-text.ts';

function dom(html: string): HTMLElement {
  const div = document.createElement('div');
  div.append(...new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.childNodes);
  document.body.replaceChildren(div);
  return div;
}

describe('blockText', () => {
  it('folds white space, separates blocks by a blank line and keeps line breaks', () => {
    const root = dom('<h1>  Title\n here </h1><p>One <b>two</b>\n three</p><p>four<br>five</p><script>var x</script>');
    expect(blockText([root]).text).toBe('Title here\n\nOne two three\n\nfour\nfive');
  });

  it('leaves out skipped elements and hidden ones', () => {
    const root = dom('<p>keep</p><div class="ad">Advertisement</div><p hidden>secret</p><p>also</p>');
    const text = blockText([root], { skip: (el) => el.classList.contains('ad') }).text;
    expect(text).toBe('keep\n\nalso');
  });

  it('maps spans back to the same characters in the DOM', () => {
    const root = dom('<p>On a visit to <a href="#">Santiago\n  de Chile</a> in March,</p><p>Kenji Morimoto said</p>');
    const map = blockText([root]);
    for (const word of ['Santiago de Chile', 'March', 'Kenji Morimoto', 'Chile in March,']) {
      const start = map.text.indexOf(word);
      const range = rangeForSpan(map, start, start + word.length)!;
      expect(range.toString().replace(/\s+/g, ' ')).toBe(word);
    }
  });

  it('returns no range for a span of separators only', () => {
    const root = dom('<p>a</p><p>b</p>');
    const map = blockText([root]);
    expect(map.text).toBe('a\n\nb');
    expect(rangeForSpan(map, 1, 3)).toBeNull();
  });
});
