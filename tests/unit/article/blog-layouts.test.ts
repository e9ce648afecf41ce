// @vitest-environment happy-dom
/**
 * Layouts of blog engines, written by hand: the post's container carries its tags and categories as class
 * names, the engine wraps the posts in a "widget", and readers' comments follow the post flat, under a
 * heading, with no container that names them.
 */
import { describe, expect, it } from 'vitest';
import { articleText, findArticle } from '../../../src/core/article/index.ts';
import { isCommentsHeading } from '../../../src/core/article/text-cues.ts';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function textOf(html: string): string | null {
  const selection = findArticle(parse(html));
  return selection ? articleText(selection).text.replace(/\s+/g, ' ') : null;
}

const para = (n: number) =>
  `Post sentence ${n}: the garden club met on Saturday to plant the new beds by the library, and members agreed, after a long debate, to grow only plants that need little water.`;

const sidebar = `<div class="sidebar"><h3>Archives</h3><ul>${Array.from({ length: 8 }, (_, i) => `<li><a href="/m${i}">Month ${i}</a></li>`).join('')}</ul></div>`;

describe('blog layouts', () => {
  it('reads a post whose container names its tags ("tag-share") as a post, not a share bar', () => {
    const html = `<html><body><div id="page"><div class="hentry post-77 type-post tag-share tag-social category-sharing-tools">
      <h2 class="entry-title">Garden beds</h2><p>${para(1)}</p><p>${para(2)}</p></div>${sidebar}</div></body></html>`;
    const text = textOf(html);
    expect(text).toContain('Post sentence 1');
    expect(text).toContain('Post sentence 2');
    expect(text).not.toContain('Month 3');
  });

  it('still reads a share class as furniture away from a post container', () => {
    const html = `<html><body><div class="story"><h1>Garden beds</h1><p>${para(1)}</p><p>${para(2)}</p>
      <div class="tag-share"><a href="/fb">Share on the network</a> <a href="/tw">Post it elsewhere</a></div></div></body></html>`;
    const text = textOf(html)!;
    expect(text).toContain('Post sentence 2');
    expect(text).not.toContain('Share on the network');
  });

  it('finds the post body inside the engine\'s "widget" wrapper of the posts', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/l${i}">Blogroll friend number ${i}</a></li>`).join('');
    const html = `<html><body><div class="main"><div class="widget Blog" id="Blog1"><div class="post hentry">
      <h3 class="post-title">Garden beds</h3><div class="post-body entry-content">${para(1)}<br><br>${para(2)}<div class="separator"><a href="/img1"><img src="/bed.png"></a> Beds by the library, north side</div><div class="separator">Beds by the library, south side, in May</div></div>
      <div class="post-footer"><a href="/c">Posted by Ann</a> <a href="/l">Labels: garden</a> <a href="/x">Email This</a> <a href="/y">BlogThis!</a></div></div>
      <div class="blog-pager">${Array.from({ length: 5 }, (_, i) => `<a href="/o${i}">Older post about the garden ${i}</a>`).join(' ')}</div></div></div>
      <div class="widget LinkList"><ul>${links}</ul></div></body></html>`;
    const text = textOf(html)!;
    expect(text).toContain('Post sentence 1');
    expect(text).toContain('Post sentence 2');
    expect(text).not.toContain('Blogroll friend');
  });

  it('drops readers\' comments set out flat after a "Comments" heading', () => {
    const comments = Array.from(
      { length: 6 },
      (_, i) =>
        `<div id="c${i}"><p>Reader remark ${i}: what a lovely idea, we tried the same thing in our street, and the bees came back within a month.</p></div><p class="posted">Posted by: Reader ${i} at May ${i + 1}, 2012 9:0${i} AM</p>`,
    ).join('');
    const html = `<html><body><div class="content"><h2 class="date">May 1, 2012</h2><h3>Garden beds</h3>
      <p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p><p class="posted">Posted by Ann at 9:00 AM</p>
      <h2 id="comments">Comments</h2>${comments}</div>${sidebar}</body></html>`;
    const text = textOf(html)!;
    expect(text).toContain('Post sentence 3');
    expect(text).not.toContain('Reader remark');
    expect(text).not.toContain('Posted by: Reader');
  });

  it('finds a short story that a small page sets in a box marked "sidebar widget"', () => {
    const html = `<html><body><div id="wrapper"><div class="top-bar"><a href="/">Home</a> <a href="/about">About</a></div>
      <div class="sidebar"><div class="widget special"><h2>Garden beds</h2><p>By Ann, 1 May 2012</p><p>${para(1)}</p><p>${para(2)}</p></div></div></div></body></html>`;
    const text = textOf(html);
    expect(text).toContain('Post sentence 1');
  });

  it('recognizes the headings of comment threads, not subheadings that open with the same word', () => {
    for (const t of ['Comments', '12 Comments', 'Comments (3)', '3 Responses to “Garden beds”', 'Leave a Reply', 'Post a comment', 'Kommentare'])
      expect(isCommentsHeading(t), t).toBe(true);
    for (const t of ['Responses to the drought', 'Comments from the mayor', 'Reply of the council']) expect(isCommentsHeading(t), t).toBe(false);
  });
});
