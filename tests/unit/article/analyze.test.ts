// @vitest-environment happy-dom
/**
 * The measuring pass skims furniture and hidden subtrees natively; one that turns out to hold a large share of
 * the page's text (a story in a hidden wrapper that a script reveals, a long block with a misleading class) is
 * measured again in place, walking it. The numbers must be those of a walk that walked it from the start.
 */
import { describe, expect, it } from 'vitest';
import { analyze, analyzeSteps, type ElementStats, type PageStats } from '../../../src/core/article/analyze.ts';
import { finish, NO_BUDGET } from '../../../src/core/slices.ts';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const para = (n: number) =>
  `Paragraph ${n} of the story: the council said on Monday that the bridge, closed since the spring floods, would reopen to traffic, and that repairs had cost less than feared.`;
const story = [1, 2, 3, 4].map((n) => `<p>${para(n)} <a href="/x${n}">More</a></p>`).join('');
const nav = '<nav><a href="/">Home</a> <a href="/news">News</a></nav>';
const footer = '<footer><a href="/privacy">Privacy</a> © Example</footer>';

/** Every element's numbers, in the order of `all`. */
const numbers = (stats: PageStats) =>
  stats.all.map((s: ElementStats) => ({
    tag: s.tag,
    order: s.order,
    text: s.text,
    link: s.link,
    value: s.value,
    clean: s.clean,
    prose: s.prose,
    paragraphs: s.paragraphs,
    ownText: s.ownText,
    ownLink: s.ownLink,
    ownPunct: s.ownPunct,
    furniture: s.furniture,
  }));

/** Measures a page as analyze does, and once more walking the elements that `selector` finds from the start. */
function both(html: string, selector: string) {
  const again = analyze(parse(html).body);
  const doc = parse(html);
  const fromStart = finish(analyzeSteps(doc.body, NO_BUDGET, Infinity, doc.querySelectorAll(selector)));
  return { again, fromStart };
}

describe('measuring a page', () => {
  it('walks a hidden wrapper that holds the story, with the numbers of a walk that walked it from the start', () => {
    const html = `<html><body>${nav}<div id="wrap" hidden><article><h2>Bridge to reopen</h2>${story}
      <div hidden>An editor's note hidden inside the hidden story.</div>
      <div class="share-bar"><a href="/s">Share</a> <a href="/t">Tweet</a></div></article></div>${footer}</body></html>`;
    const { again, fromStart } = both(html, '#wrap');
    // The wrapper was walked after all: its paragraphs have measurements of their own.
    expect(again.all.filter((s) => s.tag === 'P')).toHaveLength(4);
    expect(numbers(again)).toEqual(numbers(fromStart));
    // The headings the later steps look through are those of the walk, in document order, none stale.
    expect(again.headings.map((s) => [s.tag, s.order])).toEqual(fromStart.headings.map((s) => [s.tag, s.order]));
    expect(again.headings.map((s) => s.tag)).toEqual(['H2']);
    expect(again.headings.every((s) => again.byElement.get(s.el) === s)).toBe(true);
  });

  it('lists the headings and the marked ingredient lists in document order, also after walking a subtree again', () => {
    const html = `<html><body><h1>Bridge to reopen</h1>${nav}<div class="comments" id="late"><h3>Readers' tips</h3>${[11, 12, 13, 14].map((n) => `<p>${para(n)}</p>`).join('')}</div>
      <article><h2 itemprop="headline">Bridge to reopen</h2><ul class="ingredients"><li>Two bolts</li></ul>${story}<h4>More</h4></article>${footer}</body></html>`;
    const { again, fromStart } = both(html, '#late');
    const tags = (list: ElementStats[]) => list.map((s) => `${s.tag}@${s.order}`);
    expect(again.all.some((s) => s.tag === 'H3')).toBe(true);
    expect(tags(again.headings)).toEqual(tags(fromStart.headings));
    expect(again.headings.map((s) => s.tag)).toEqual(['H1', 'H3', 'H2', 'H4']);
    expect(tags(again.ingredients)).toEqual(tags(fromStart.ingredients));
    expect(again.ingredients.map((s) => s.tag)).toEqual(['UL']);
  });

  it('walks a long inline element with a furniture class inside a paragraph, counting its text for the paragraph', () => {
    const html = `<html><body>${nav}<main><p>Lead. <span class="related" id="long">${para(5)} <b>${para(6)}</b> <a href="/y">a link inside</a>
      <i hidden>Words hidden inside the long element, <a href="/z">with a link</a>.</i>
      <script>var x = "script text that a native text read counts";</script></span> End.</p>${story}</main>${footer}</body></html>`;
    const { again, fromStart } = both(html, '#long');
    expect(again.all.some((s) => s.tag === 'B')).toBe(true);
    expect(numbers(again)).toEqual(numbers(fromStart));
  });

  it('walks a large subtree found inside a subtree that was itself walked again', () => {
    const html = `<html><body>${nav}<div id="outer" style="display:none"><p>${para(7)}</p>
      <div class="comments" id="inner"><p>${para(8)}</p><p>${para(9)}</p><p>${para(10)}</p></div></div>${footer}</body></html>`;
    const { again, fromStart } = both(html, '#outer, #inner');
    expect(again.byElement.get(again.root!.el.querySelector('#inner p')!)).toBeDefined();
    expect(numbers(again)).toEqual(numbers(fromStart));
  });

  it('judges a wrapper with a weak furniture word again once a large comment section inside it is walked', () => {
    const html = `<html><body>${nav}<div class="widget" id="outer"><p>${para(11)}</p>
      <div class="comments" id="inner"><p>${para(12)}</p><p>${para(13)}</p><p>${para(14)}</p></div></div>${footer}</body></html>`;
    const { again, fromStart } = both(html, '#inner');
    const outer = again.byElement.get(again.root!.el.querySelector('#outer')!)!;
    // Mostly prose once the comments are walked: not furniture (only the comment section inside is).
    expect(outer.furniture).toBe(false);
    expect(numbers(again)).toEqual(numbers(fromStart));
  });

  it('keeps every measurement in document order, numbered by its position', () => {
    const html = `<html><body>${nav}<div id="wrap" hidden><article>${story}<aside class="share"><a href="/s">Share</a></aside></article></div>${footer}</body></html>`;
    const stats = analyze(parse(html).body);
    stats.all.forEach((s, i) => {
      expect(s.order).toBe(i);
      expect(stats.byElement.get(s.el)).toBe(s);
      if (i > 0) expect(stats.all[i - 1].el.compareDocumentPosition(s.el) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    });
    // Everything is measured except the insides of the skimmed nav, footer and share box.
    const walked = [...stats.root!.el.querySelectorAll('*')].filter((el) => !el.parentElement!.closest('nav, footer, .share'));
    expect(stats.all.length).toBe(walked.length + 1);
  });

  it('asks its budget after every skimmed subtree, so many small skimmed boxes cannot make one long slice', () => {
    // Twenty comment boxes (each skimmed: a strong furniture word), far fewer elements than a budget check's stride.
    const boxes = Array.from({ length: 20 }, (_, n) => `<div class="comment"><a href="/u${n}">Reader ${n}</a> <p>${para(n)}</p></div>`).join('');
    const doc = parse(`<html><body><article>${story}</article>${boxes}</body></html>`);
    let asked = 0;
    const work = analyzeSteps(doc.body, { due: () => (asked += 1) > 0 });
    let yields = 0;
    while (!work.next().done) yields += 1;
    expect(yields).toBeGreaterThanOrEqual(20);
  });
});
