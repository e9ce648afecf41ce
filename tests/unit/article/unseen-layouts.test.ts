// @vitest-environment happy-dom
/**
 * Layouts of pages nobody tuned for, written by hand: stylesheet-hidden copies of the story, pages whose
 * story is too short to score as prose. The story's words must come out once; the rest must not.
 */
import { describe, expect, it } from 'vitest';
import { articleText, findArticle } from '../../../src/core/article/index.ts';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function textOf(html: string): string {
  const selection = findArticle(parse(html));
  return selection ? articleText(selection).text.replace(/\s+/g, ' ') : '';
}

const count = (text: string, part: string) => text.split(part).length - 1;

const para = (n: number) =>
  `Lake report ${n}: the water board said on Friday that levels in the reservoir had risen for a third week, after rain in the hills, and that the hosepipe limits would end soon.`;

describe('pages nobody tuned for', () => {
  it('leaves out copies of the story and notices that a stylesheet class hides', () => {
    const story = `<p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p>`;
    const html = `<html><body><div class="main">
      <div class="print-header hidden"><p>Print notice: this printed copy is for your own reading only, ask us before you share it with others.</p></div>
      <h1>Reservoir levels rise</h1>
      <div class="variant-b hide">${story}</div>
      <div class="story-text">${story}</div>
      </div></body></html>`;
    const text = textOf(html);
    expect(count(text, 'Lake report 1')).toBe(1);
    expect(text).toContain('Lake report 3');
    expect(text).not.toContain('Print notice');
  });

  it('still reads a story that a class hides until a script shows it', () => {
    const html = `<html><body><nav><a href="/">Home</a></nav>
      <div class="page-wrap hidden"><div class="article"><h1>Reservoir levels rise</h1><p>${para(1)}</p><p>${para(2)}</p></div></div></body></html>`;
    expect(textOf(html)).toContain('Lake report 2');
  });
});
