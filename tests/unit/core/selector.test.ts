// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pickTarget, targetElements } from '../../../src/core/picker/selector.ts';

function page(html: string) {
  document.body.innerHTML = html;
  return (sel: string) => document.querySelector(sel)!;
}

const ARTICLE = `<main><article class="story"><div class="article-content">
  <p>First paragraph of the story.</p><p>Second paragraph of the story.</p>
  <p>Third paragraph of the story.</p><p>Fourth paragraph, the one picked.</p>
</div></article></main>`;

describe('pickTarget', () => {
  it('prefers a stable id', () => {
    const $ = page('<div id="newsletter-box" class="box">x</div>');
    expect(pickTarget($('#newsletter-box'))).toEqual({ selector: '#newsletter-box' });
  });

  it('skips generated ids and state classes, and uses a stable class', () => {
    const $ = page('<div id="div-gpt-ad-1596526845321-0" class="ad-slot active">ad</div><div class="other">y</div>');
    expect(pickTarget($('.ad-slot'))).toEqual({ selector: 'div.ad-slot' });
  });

  it('uses telling attributes before classes', () => {
    const $ = page('<div class="box" aria-label="Newsletter">a</div><div class="box">b</div>');
    expect(pickTarget($('[aria-label]'))).toEqual({ selector: 'div[aria-label="Newsletter"]' });
  });

  it('qualifies by the nearest named ancestors when classes repeat', () => {
    const $ = page('<aside id="side"><div class="widget">a</div></aside><main><div class="widget">b</div><div class="widget">c</div></main>');
    expect(pickTarget($('#side .widget'))).toEqual({ selector: '#side > div.widget' });
    const deep = page('<aside id="side"><section><div class="widget">a</div></section></aside><div class="widget">b</div>');
    expect(pickTarget(deep('#side .widget'))).toEqual({ selector: '#side div.widget' });
  });

  it('never saves a position: a paragraph among paragraphs is kept by its words', () => {
    page(ARTICLE);
    const fourth = document.querySelectorAll('p')[3];
    const target = pickTarget(fourth)!;
    expect(target.selector).not.toMatch(/nth|first|last/);
    expect(target).toEqual({ selector: 'div.article-content > p', text: 'Fourth paragraph, the one picked.' });
    expect(targetElements(document, target)).toEqual([fourth]);
    // On another article of the site the same rule finds nothing.
    page(ARTICLE.replace('Fourth paragraph, the one picked.', 'A different fourth paragraph.'));
    expect(targetElements(document, target)).toEqual([]);
  });

  it('matches exactly the picked element, or with its words only elements that read the same', () => {
    page('<div><p>1</p><p>2</p><section><p class="x css-1a2B3c">3</p><p class="x">4</p></section><img src="/a.png"><img src="/b.png"></div>');
    for (const el of document.querySelectorAll('p, img')) {
      const target = pickTarget(el)!;
      expect(target.selector).not.toMatch(/nth/);
      expect(targetElements(document, target)).toEqual([el]);
    }
  });

  it('gives up rather than use a position for an element without words or names', () => {
    const $ = page('<div><span></span><span></span></div>');
    expect(pickTarget($('span'))).toBeNull();
  });
});
