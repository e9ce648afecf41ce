// @vitest-environment happy-dom
/**
 * Furniture that markup alone misnames, written by hand: a "Related posts" heading and its list in boxes of
 * their own, a story container that scripts select by a "js-social-…" class, a long copyright notice.
 */
import { describe, expect, it } from 'vitest';
import { articleText, findArticle } from '../../../src/core/article/index.ts';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function textOf(html: string): string | null {
  const selection = findArticle(parse(html));
  return selection ? articleText(selection).text.replace(/\s+/g, ' ') : null;
}

const para = (n: number) =>
  `Story sentence ${n}: the ferry company said on Monday that the winter timetable, agreed with the island council after a long dispute, would add two crossings a day from November.`;

describe('furniture sections', () => {
  it('drops the links under a "Related posts" heading set in a box of its own, not the story after them', () => {
    const cards = Array.from(
      { length: 4 },
      (_, i) => `<p><a href="/r${i}">Other ferry story number ${i}</a> A line of summary for card ${i}, short.</p>`,
    ).join('');
    const html = `<html><body><div class="wrap"><h1>Winter ferries</h1><p>${para(1)}</p><p>${para(2)}</p>
      <div class="red-title">Related Posts</div><div class="red-list">${cards}</div><p>${para(3)}</p></div></body></html>`;
    const text = textOf(html)!;
    expect(text).toContain('Story sentence 3');
    expect(text).not.toContain('Other ferry story');
    expect(text).not.toContain('A line of summary');
  });

  it('reads a story container that scripts select by a "js-social-images" class', () => {
    const nav = `<ul class="menu">${Array.from({ length: 10 }, (_, i) => `<li><a href="/s${i}">Section ${i}</a></li>`).join('')}</ul>`;
    const html = `<html><body>${nav}<div class="content"><h1>Winter ferries</h1><div class="cms_content js-social-images">
      <p>${para(1)}</p><p>${para(2)}</p></div></div></body></html>`;
    const text = textOf(html);
    expect(text).toContain('Story sentence 1');
    expect(text).toContain('Story sentence 2');
  });

  it('leaves out a long copyright notice after the story', () => {
    const legal = Array.from(
      { length: 10 },
      (_, i) =>
        `Legal clause ${i}: no part of this site may be reproduced, stored or sent in any form without the prior written consent of the publisher.`,
    ).join(' ');
    const html = `<html><body><div id="pageBody"><h1>Winter ferries</h1><div class="article-body"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div>
      <div class="c_copyright"><div class="copyright">${legal}</div></div></div></body></html>`;
    const text = textOf(html)!;
    expect(text).toContain('Story sentence 3');
    expect(text).not.toContain('Legal clause');
  });
});
