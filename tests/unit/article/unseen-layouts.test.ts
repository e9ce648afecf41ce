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

  it('reads a part hidden only on small screens ("hidden md:block", "d-none d-lg-block") as shown', () => {
    const story = `<p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p>`;
    for (const shown of ['hidden md:block', 'd-none d-lg-block']) {
      const html = `<html><body><div class="main"><h1>Reservoir levels rise</h1>
        <div class="story-text">${story}</div>
        <div class="${shown}"><p>${para(4)}</p><p>${para(5)}</p></div>
        </div></body></html>`;
      expect(textOf(html)).toContain('Lake report 5');
    }
  });

  it('still reads a story that a class hides until a script shows it', () => {
    const html = `<html><body><nav><a href="/">Home</a></nav>
      <div class="page-wrap hidden"><div class="article"><h1>Reservoir levels rise</h1><p>${para(1)}</p><p>${para(2)}</p></div></div></body></html>`;
    expect(textOf(html)).toContain('Lake report 2');
  });

  it('takes the post under the headline when the longest prose is the sidebar profile', () => {
    const about = `About me: I grow vegetables on a small plot by the river, write about seeds, soil and weather, and answer every letter that readers send, usually within a week or two, with photos of the plot. Before the plot I taught geography for twenty years, and the maps on these pages are my own, drawn by hand on long winter evenings.`;
    const html = `<html><head><title>Green Plot: Tomatoes in October</title></head><body>
      <div id="header"><h1><a href="/">Green Plot</a></h1></div>
      <div id="main"><div class="post hentry"><h2 class="post-title">Tomatoes in October</h2>
        <div class="photo"><img src="tomatoes.jpg" alt=""><p>The last ones, still green.</p></div>
        <div class="post-footer">Posted by Ann at 09:12</div></div></div>
      <div id="sidebar" class="sidebar section"><div class="widget Profile"><h2>About</h2><dl><dd class="profile-text">${about}</dd></dl>
        <a href="/profile">View my complete profile</a></div>
        <div class="widget Archive"><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/archive/${i}">Archive month ${i}</a></li>`).join('')}</ul></div></div></body></html>`;
    const text = textOf(html);
    expect(text).toContain('Tomatoes in October');
    expect(text).toContain('The last ones, still green.');
    expect(text).not.toContain('About me');
  });

  it('keeps the prose it chose when the headline sits outside it in the page body', () => {
    const html = `<html><head><title>Reservoir levels rise | Valley News</title></head><body>
      <div class="headline-box"><h1>Reservoir levels rise</h1></div>
      <div class="columns"><div class="article-column"><p>${para(1)}</p><p>${para(2)}</p></div></div></body></html>`;
    const text = textOf(html);
    expect(text).toContain('Lake report 2');
    expect(text).toContain('Reservoir levels rise');
  });

  it("takes a blog engine's post under the headline over a longer note in an unmarked column", () => {
    const note = `Note from the author: the views on this site are mine alone and not those of my employer, and nothing written here is advice about money, health or the law, so please ask someone qualified before acting on it.`;
    const html = `<html><head><title>Night Sky: A comet over the lake</title></head><body>
      <div id="banner"><h1>Night Sky</h1></div>
      <div id="alpha"><div id="post-41" class="post-41 post type-post hentry"><h2>A comet over the lake</h2>
        <img src="comet.jpg" alt=""><p>Taken at four in the morning.</p></div></div>
      <div id="beta"><div class="box"><h2>Note</h2><p>${note}</p></div></div></body></html>`;
    const text = textOf(html);
    expect(text).toContain('A comet over the lake');
    expect(text).toContain('Taken at four in the morning.');
    expect(text).not.toContain('Note from the author');
  });

  it('finds the post whose heading writes the title with other quotes, even with a long comment thread inside', () => {
    const note = `Note from the author: the views on this site are mine alone and not those of my employer, and nothing written here is advice about money, health or the law, so please ask someone qualified before acting on it.`;
    const comment = (n: number) =>
      `<li class="comment"><p>Reader ${n} wrote: what a lovely view of the harbour lights, I walked past there last summer and never noticed the old crane.</p></li>`;
    const html = `<html><head><title>Im back from the coast - Harbour Notes</title></head><body>
      <div id="main"><div id="post-7" class="post-7 post"><h2>I’m back from the coast</h2>
        <img src="coast.jpg" alt=""><p>Home again, with sand in every bag.</p>
        <ol class="comment-list">${Array.from({ length: 20 }, (_, i) => comment(i)).join('')}</ol></div></div>
      <div id="side"><div class="box"><p>${note}</p></div></div></body></html>`;
    const text = textOf(html);
    expect(text).toContain('Home again, with sand in every bag.');
    expect(text).not.toContain('Note from the author');
  });
});
