// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { describeRule, elementKind, elementLabel, labelFromSelector } from '../../../src/core/picker/describe-rule.ts';

function el(html: string): Element {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
}

describe('rules in words', () => {
  it('names an element by its kind and its heading, label or first words', () => {
    expect(elementLabel(el('<div class="newsletter-box"><h3>Newsletter</h3><p>Sign up for the brief.</p></div>'))).toBe('the box ‘Newsletter’');
    expect(elementLabel(el('<nav aria-label="Sections"><a>Home</a></nav>'))).toBe('the menu ‘Sections’');
    expect(elementLabel(el('<p>Under the agreement, the two cities will share the cost of new quays.</p>'))).toBe(
      'the paragraph ‘Under the agreement, the two cities…’',
    );
    expect(elementLabel(el('<div id="cookie-bar"></div>'))).toBe('the box ‘cookie bar’');
    expect(elementKind(el('<div role="dialog">x</div>'))).toBe('pop-up');
    expect(elementLabel(el('<img alt="Harbour at dawn" src="a.jpg">'))).toBe('the picture ‘Harbour at dawn’');
  });

  it('says where a rule hides: on every page of the site, or on one page only', () => {
    expect(describeRule({ host: 'example.com', selector: 'div.newsletter-box', label: 'the box ‘Newsletter’' })).toBe(
      'the box ‘Newsletter’ on every page of example.com',
    );
    expect(describeRule({ host: 'example.com', selector: 'p', label: 'the paragraph ‘Under…’', page: 'https://example.com/news/ferry?x=1' })).toBe(
      'the paragraph ‘Under…’ on the page example.com/news/ferry only',
    );
  });

  it('describes rules saved before labels from their selector', () => {
    expect(labelFromSelector('#promo')).toBe('the element ‘promo’');
    expect(labelFromSelector('aside > div.newsletter-signup')).toBe('the element ‘newsletter signup’');
    expect(labelFromSelector('div > p')).toBe('the elements of a selector');
    expect(describeRule({ host: 'example.com', selector: '#promo' })).toBe('the element ‘promo’ on every page of example.com');
  });
});
