// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { planHiding, planShells } from '../../../src/core/clean/plan.ts';
import {
  ARTICLE_ATTRIBUTE,
  HIDDEN_ATTRIBUTE,
  isMarkedHidden,
  markArticle,
  markHidden,
  markShells,
  SHELL_ATTRIBUTE,
  unmarkAll,
} from '../../../src/core/clean/marks.ts';

function page(html: string) {
  document.body.innerHTML = html;
  return (sel: string) => document.querySelector(sel)!;
}

describe('planHiding', () => {
  it('hides the branches off the path to the article and the drops inside it, nothing on the path', () => {
    const $ = page(`
      <nav id="menu">menu</nav>
      <div id="wrap"><header id="top">top</header>
        <div id="row"><main id="story"><h1>T</h1><p>text</p><div id="share">share</div></main><aside id="side">side</aside></div>
      </div><footer id="foot">foot</footer><script>1</script>`);
    const hidden = planHiding(document.body, { keep: [$('#story')], drop: [$('#share')], method: 'test' });
    expect(hidden.map((el) => el.id)).toEqual(['menu', 'top', 'share', 'side', 'foot']);
  });

  it('keeps several kept subtrees and never hides an ancestor of one', () => {
    const $ = page('<div id="a"><h1 id="h">Head</h1><div id="ad">ad</div></div><div id="b"><p id="p">Body</p><p id="x">x</p></div>');
    const hidden = planHiding(document.body, { keep: [$('#h'), $('#p')], drop: [], method: 'test' });
    expect(hidden.map((el) => el.id)).toEqual(['ad', 'x']);
  });

  it('lists drops in document order, once, and none inside another, whatever order they come in', () => {
    const $ = page(`
      <nav id="menu">menu</nav>
      <main id="story"><div id="ad">ad <span id="inner">x</span></div><p>text</p><div id="share">share</div></main>
      <footer id="foot">foot</footer>`);
    const drop = [$('#share'), $('#inner'), $('#ad'), $('#share')];
    const hidden = planHiding(document.body, { keep: [$('#story')], drop, method: 'test' });
    expect(hidden.map((el) => el.id)).toEqual(['menu', 'ad', 'share', 'foot']);
    const sorted = planHiding(document.body, { keep: [$('#story')], drop: [$('#ad'), $('#inner'), $('#share')], method: 'test' });
    expect(sorted.map((el) => el.id)).toEqual(['menu', 'ad', 'share', 'foot']);
  });

  it('hides only the drops when the article is the whole body (a page that is all story)', () => {
    const $ = page('<h1 id="h">Head</h1><p id="p">Body</p><div id="share">share</div><p id="q">More</p>');
    const hidden = planHiding(document.body, { keep: [document.body], drop: [$('#share')], method: 'test' });
    expect(hidden.map((el) => el.id)).toEqual(['share']);
  });

  it("never hides Margin's own UI", () => {
    const $ = page('<div id="ui">ui</div><main id="m">story</main>');
    const hidden = planHiding(document.body, { keep: [$('#m')], drop: [], method: 'test' }, (el) => el.id === 'ui');
    expect(hidden).toEqual([]);
  });
});

describe('planShells', () => {
  it('names the wrappers on the path to the article that hold loose text, and no other element', () => {
    const $ = page(`
      <div id="page">
        <div id="col">News and press releases <em id="label">label</em>
          <div id="inner"><article id="story"><p>Story text</p></article></div>
        </div>
        <div id="side">Loose text off the path</div>
      </div>`);
    expect(planShells(document.body, { keep: [$('#story')], drop: [], method: 'test' }).map((el) => el.id)).toEqual(['col']);
  });

  it('names none when the article is the whole body, or when the path holds only white space', () => {
    const $ = page('<div id="a">\n  <main id="m"><p>Story</p></main>\n</div>');
    expect(planShells(document.body, { keep: [$('#m')], drop: [], method: 'test' })).toEqual([]);
    document.body.insertBefore(document.createTextNode('Loose text in the body'), document.body.firstChild);
    expect(planShells(document.body, { keep: [document.body], drop: [], method: 'test' })).toEqual([]);
    expect(planShells(document.body, { keep: [$('#m')], drop: [], method: 'test' })).toEqual([document.body]);
  });
});

describe('marks', () => {
  it('marks and unmarks exactly', () => {
    const $ = page('<div id="a"><p id="b">x</p></div><div id="c"></div>');
    expect(markHidden([$('#a'), $('#c'), $('#a')])).toBe(2);
    expect(isMarkedHidden($('#b'))).toBe(true);
    expect(unmarkAll(document)).toBe(2);
    expect(document.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`).length).toBe(0);
  });

  it('marks the article roots and takes those marks away too', () => {
    const $ = page('<div id="a"><p id="b">x</p></div><div id="c"></div>');
    const before = document.body.innerHTML;
    markHidden([$('#c')]);
    markArticle([$('#a')]);
    markShells([document.body]);
    expect($('#a').hasAttribute(ARTICLE_ATTRIBUTE)).toBe(true);
    expect(document.body.hasAttribute(SHELL_ATTRIBUTE)).toBe(true);
    expect(unmarkAll(document)).toBe(1);
    expect(document.body.innerHTML).toBe(before);
    expect(document.body.hasAttribute(SHELL_ATTRIBUTE)).toBe(false);
  });
});
