// @vitest-environment happy-dom
/**
 * Skimming measures a subtree natively (textContent and one selector query). Its text and link text must be
 * those a reader would count, whatever the browser puts in the text of elements that are not reading text.
 */
import { describe, expect, it } from 'vitest';
import { skim } from '../../../src/core/article/skim.ts';
import { F_HIDDEN, F_WEAK, markupFlags } from '../../../src/core/article/hints.ts';
import { analyze } from '../../../src/core/article/analyze.ts';

const SENTENCE = 'The council said on Monday that the bridge would reopen to traffic in the spring.';
const letters = (s: string) => s.replace(/\s+/g, '').length;

describe('skimming a subtree', () => {
  it('leaves out of the link text what is not text inside a link (a <noscript> read as raw markup)', () => {
    const box = document.createElement('div');
    box.innerHTML = `<p>${SENTENCE}</p><a href="/photo"><noscript></noscript> Photo</a><a href="/next">Next story</a>`;
    // A browser running scripts parses <noscript> content as text: here, the markup of a lazy image.
    box.querySelector('noscript')!.textContent = '<img src="https://example.com/images/2024/bridge-at-dawn-large.jpg" alt="The bridge">';
    const skimmed = skim(box, 'DIV', F_HIDDEN)!;
    expect(skimmed.text).toBe(letters(SENTENCE) + letters('Photo') + letters('Next story'));
    expect(skimmed.link).toBe(letters('Photo') + letters('Next story'));
  });

  it('counts script and style text as neither text nor link text', () => {
    const box = document.createElement('div');
    box.innerHTML = `<p>${SENTENCE}</p><script>var a = 1;</script><a href="/x">More<style>.x { color: red }</style></a>`;
    const skimmed = skim(box, 'DIV', F_HIDDEN)!;
    expect(skimmed.text).toBe(letters(SENTENCE) + letters('More'));
    expect(skimmed.link).toBe(letters('More'));
  });

  it('skims a subtree with only a weak furniture word as furniture when it cannot hold a paragraph of prose', () => {
    const box = document.createElement('div');
    box.className = 'sidebar';
    box.innerHTML =
      '<h3>Most read</h3><ul><li><a href="/a">Bridge to reopen in spring</a></li><li><a href="/b">Council votes on budget</a></li></ul>';
    expect(markupFlags(box) & F_WEAK).toBe(F_WEAK);
    const skimmed = skim(box, 'DIV', markupFlags(box))!;
    expect(skimmed).not.toBeNull();
    expect(skimmed.furniture).toBe(true);
    expect(skimmed.link).toBe(letters('Bridge to reopen in spring') + letters('Council votes on budget'));
  });

  it('walks a subtree with only a weak furniture word when it holds prose (a story in a "content-sidebar-wrap")', () => {
    document.body.innerHTML = `<div class="content-sidebar-wrap"><p>${SENTENCE} ${SENTENCE}</p><p>${SENTENCE}</p></div><ul class="nav"><li><a href="/">Home</a></li></ul>`;
    const wrap = document.body.firstElementChild!;
    expect(skim(wrap, 'DIV', markupFlags(wrap))).toBeNull();
    const stats = analyze(document.body);
    // Walked: its paragraphs have measurements of their own, and it is not furniture (mostly prose).
    expect(stats.byElement.get(wrap.querySelector('p')!)?.paragraphs).toBe(1);
    expect(stats.byElement.get(wrap)?.furniture).toBe(false);
    // Skimmed: the menu's items have none.
    expect(stats.byElement.has(document.querySelector('li')!)).toBe(false);
    expect(stats.byElement.get(document.querySelector('ul')!)?.furniture).toBe(true);
  });
});
