// @vitest-environment happy-dom
/**
 * Skimming measures a subtree natively (textContent and one selector query). Its text and link text must be
 * those a reader would count, whatever the browser puts in the text of elements that are not reading text.
 */
import { describe, expect, it } from 'vitest';
import { skim } from '../../../src/core/article/skim.ts';
import { F_HIDDEN } from '../../../src/core/article/hints.ts';

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
});
