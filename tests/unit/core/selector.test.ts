// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { robustSelector } from '../../../src/core/picker/selector.ts';

function page(html: string) {
  document.body.innerHTML = html;
  return (sel: string) => document.querySelector(sel)!;
}

describe('robustSelector', () => {
  it('prefers a stable id', () => {
    const $ = page('<div id="newsletter-box" class="box">x</div>');
    expect(robustSelector($('#newsletter-box'))).toBe('#newsletter-box');
  });

  it('skips generated ids and state classes, and uses a stable class', () => {
    const $ = page('<div id="div-gpt-ad-1596526845321-0" class="ad-slot active">ad</div><div class="other">y</div>');
    expect(robustSelector($('.ad-slot'))).toBe('div.ad-slot');
  });

  it('qualifies by parent when classes repeat, and by position only as a last resort', () => {
    const $ = page('<aside id="side"><div class="widget">a</div></aside><main><div class="widget">b</div><div class="widget">c</div></main>');
    expect(robustSelector($('#side .widget'))).toBe('#side > div.widget');
    const third = document.querySelectorAll('.widget')[2];
    const selector = robustSelector(third);
    expect(selector).toMatch(/nth-of-type\(2\)$/);
    expect([...document.querySelectorAll(selector)]).toEqual([third]);
  });

  it('always matches exactly the picked element', () => {
    page('<div><p>1</p><p>2</p><section><p class="x css-1a2B3c">3</p><p class="x">4</p></section></div>');
    for (const el of document.querySelectorAll('p')) {
      expect([...document.querySelectorAll(robustSelector(el))]).toEqual([el]);
    }
  });
});
