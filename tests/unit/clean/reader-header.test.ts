// @vitest-environment happy-dom
/** The reader's header: recognizing the headline, finding the header's parts, keeping them, checking a plan. */
import { describe, expect, it } from 'vitest';
import { findPageHeadline, isTitleText, precedes } from '../../../src/core/article/header-headline.ts';
import { findReaderHeader } from '../../../src/core/article/header-parts.ts';
import { splitDrops, withReaderHeader } from '../../../src/core/article/header-keep.ts';
import { headlineHidden } from '../../../src/core/clean/headline-check.ts';
import { planHiding } from '../../../src/core/clean/plan.ts';
import { HIDDEN_ATTRIBUTE, markHidden } from '../../../src/core/clean/marks.ts';
import { isSiteNamePart } from '../../../src/core/article/title.ts';

const BODY = [1, 2, 3]
  .map(
    (n) =>
      `<p>Paragraph ${n}: the ferry company said on Monday that the older boat would sail again in March after its hull was mended in the dry dock.</p>`,
  )
  .join('');

function page(head: string, body: string): (sel: string) => Element {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  return (sel) => document.querySelector(sel)!;
}

describe('isTitleText', () => {
  it('matches the headline of a declared title, with or without the site name, and small rewordings', () => {
    expect(isTitleText('Ferry returns after repairs', 'ferry returns after repairs | the gazette')).toBe(true);
    expect(isTitleText('Ferry returns after repairs', 'ferry returns after repairs')).toBe(true);
    expect(isTitleText('Island ferry returns after a winter of repairs', 'island ferry returns after winter of repairs - gazette')).toBe(true);
  });
  it('does not take the site name, a section label or another story for the headline', () => {
    expect(isTitleText('The Gazette', 'ferry returns after repairs | the gazette')).toBe(false);
    expect(isTitleText('News', 'news: ferry returns after repairs')).toBe(false);
    expect(isTitleText('Council tax to rise next year', 'ferry returns after repairs | the gazette')).toBe(false);
  });
  it('reads "Blog name: Post title" as two parts, and takes neither the blog name nor its long prefix for the headline', () => {
    expect(isTitleText('Why I gave up on raised beds', 'notes from the allotment: why i gave up on raised beds')).toBe(true);
    expect(isTitleText('Notes from the Allotment', 'notes from the allotment: why i gave up on raised beds')).toBe(false);
    expect(isSiteNamePart('notes from the allotment', 'notes from the allotment: why i gave up on raised beds')).toBe(true);
    expect(isSiteNamePart('why i gave up on raised beds', 'notes from the allotment: why i gave up on raised beds')).toBe(false);
    expect(isSiteNamePart('brexit', 'brexit')).toBe(false);
  });
});

describe('findPageHeadline', () => {
  it('finds the heading that matches og:title wherever it is, and skips teasers and hidden copies', () => {
    const $ = page(
      '<meta property="og:title" content="Ferry returns after repairs"><title>Ferry returns after repairs | Gazette</title>',
      `<h1 hidden>Ferry returns after repairs</h1><ul><li><a href="/x"><h3>Ferry returns after repairs</h3></a></li></ul>
       <div class="sidebar"><h2 id="h">Ferry returns after repairs</h2></div><article>${BODY}</article>`,
    );
    expect(findPageHeadline(document, [$('article')])).toBe($('#h'));
  });
  it('reads the headline from JSON-LD when the page has no OpenGraph title', () => {
    const $ = page(
      '<title>Sport | Gazette</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry returns after repairs"}</script>',
      `<h1 class="site">Gazette</h1><div class="post"><h1 id="h">Ferry returns after repairs</h1>${BODY}</div>`,
    );
    expect(findPageHeadline(document)).toBe($('#h'));
  });
  it('gives null when no heading matches', () => {
    page('<title>Something else entirely</title>', `<h1>Ferry returns after repairs</h1>${BODY}`);
    expect(findPageHeadline(document)).toBeNull();
  });
});

describe('findReaderHeader', () => {
  it('finds the standfirst, byline, date and lead image between the headline and the body, not the teasers', () => {
    const $ = page(
      '<meta property="og:title" content="Ferry returns after repairs">',
      `<div class="hero"><figure id="img"><img src="/a.jpg" width="800" height="400"><figcaption>The ferry in dock.</figcaption></figure>
       <h1>Ferry returns after repairs</h1><p class="dek" id="dek">The older boat has been out since November.</p></div>
       <ul class="more"><li><a href="/1"><span class="byline">By Staff</span> Other story one</a></li><li><a href="/2"><time>1 May</time> Other story two</a></li></ul>
       <div class="meta" id="meta"><span class="byline">By Mara Lind</span> · <time datetime="2026-03-04">4 March 2026</time></div>
       <article id="body">${BODY}</article>`,
    );
    const header = findReaderHeader(document, { keep: [$('#body')], drop: [], method: 'test' });
    expect(header.headline).toBe($('h1'));
    expect(header.standfirst).toBe($('#dek'));
    expect(header.image).toBe($('#img'));
    // The byline and date share one short line, which is kept whole.
    expect(header.byline).toEqual([$('#meta')]);
    expect(header.bylineNames.map((e) => e.textContent)).toEqual(['By Mara Lind']);
    expect(header.dateStamps.map((e) => e.getAttribute('datetime'))).toEqual(['2026-03-04']);
  });

  it('finds a byline in a small column beside the body', () => {
    const $ = page(
      '<meta property="og:title" content="Ferry returns after repairs">',
      `<h1>Ferry returns after repairs</h1><div class="row"><aside class="info"><p class="author" id="by">Mara Lind</p></aside><div id="body">${BODY}</div></div>`,
    );
    const header = findReaderHeader(document, { keep: [$('#body')], drop: [], method: 'test' });
    expect(header.bylineNames).toEqual([$('#by')]);
    expect(header.byline.length === 1 && header.byline[0].contains($('#by'))).toBe(true);
  });

  it('does not take the lines of an author box for the standfirst', () => {
    const $ = page(
      '<meta property="og:title" content="Ferry returns after repairs">',
      `<div class="post" id="post"><h1>Ferry returns after repairs</h1>
       <div class="author-card"><a class="name" href="/staff/mara">Mara Lind</a><div class="description">Mara covers the islands and their boats for the paper. Before that she spent ten years on the harbour desk of a weekly in the north, and she still keeps a dinghy of her own at the old slipway.</div></div>
       <div id="body">${BODY}</div></div>`,
    );
    const header = findReaderHeader(document, { keep: [$('#post')], drop: [], method: 'test' });
    expect(header.standfirst).toBeNull();
  });
});

describe('withReaderHeader', () => {
  it('keeps header parts outside the roots as roots, and splits a drop that holds one', () => {
    const $ = page(
      '<meta property="og:title" content="Ferry returns after repairs">',
      `<div class="sidebar"><h1>Ferry returns after repairs</h1><div class="promo">Subscribe now</div></div>
       <article id="body"><header id="head"><div class="share"><a href="/s">Share</a></div><p class="byline" id="by">By Mara Lind</p></header>${BODY}</article>`,
    );
    const selection = withReaderHeader(document, { keep: [$('#body')], drop: [$('#head')], method: 'test' });
    expect(selection.keep).toEqual([$('h1'), $('#body')]);
    expect(selection.drop).toEqual([$('.share')]);
    const hidden = planHiding(document.body, selection);
    expect(hidden).toContain($('.promo'));
    expect(headlineHidden(document, hidden)).toBe(false);
    // Before: the sidebar holding the headline was hidden.
    expect(headlineHidden(document, planHiding(document.body, { keep: [$('#body')], drop: [$('#head')], method: 'test' }))).toBe(true);
  });

  it('splitDrops replaces a drop by its children that hold no part, level by level', () => {
    const $ = page('', '<div id="d"><span id="a">a</span><div id="m"><b id="p">part</b><i id="x">x</i></div><span id="c">c</span></div>');
    expect(splitDrops([$('#d')], [$('#p')]).map((e) => e.id)).toEqual(['a', 'x', 'c']);
    expect(splitDrops([$('#a')], [$('#p')])).toEqual([$('#a')]);
  });
});

describe('headlineHidden', () => {
  it('reads the marks of a cleaned page when no plan is given', () => {
    const $ = page(
      '<meta property="og:title" content="Ferry returns after repairs">',
      `<div id="side"><h1>Ferry returns after repairs</h1></div>${BODY}`,
    );
    expect(headlineHidden(document)).toBe(false);
    markHidden([$('#side')]);
    expect($('#side').hasAttribute(HIDDEN_ATTRIBUTE)).toBe(true);
    expect(headlineHidden(document)).toBe(true);
  });
  it('is false on a page without a matching headline', () => {
    page('<title>Nothing matches here</title>', BODY);
    expect(headlineHidden(document, [document.body.firstElementChild!])).toBe(false);
  });
});

describe('precedes', () => {
  it('orders elements as the document does, ancestors first', () => {
    const $ = page('', '<div id="a"><p id="x"></p></div><div id="b"><h1 id="y"></h1></div>');
    expect(precedes($('#x'), $('#y'))).toBe(true);
    expect(precedes($('#y'), $('#x'))).toBe(false);
    expect(precedes($('#a'), $('#x'))).toBe(true);
    expect(precedes($('#x'), $('#a'))).toBe(false);
  });
});
