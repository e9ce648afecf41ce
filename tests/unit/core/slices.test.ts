/**
 * Detection cut into slices gives the same answer as detection in one go, however often it yields; and the
 * slice runner gives the thread back between slices and reports what it measured.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/cli/read-page.ts';
import { findArticle, findArticleSteps, PageTooLarge } from '../../../src/core/article/find-article.ts';
import { parseHTML } from 'linkedom';
import { finish, runInSlices, type Budget } from '../../../src/core/slices.ts';

const PAGE = `${process.cwd()}/tests/fixtures/pages/lithium-refinery.html`;

/** A budget that is due at every check, so the work yields as often as it can. */
function countingBudget(): Budget & { checks: number } {
  return {
    checks: 0,
    due() {
      this.checks += 1;
      return true;
    },
  };
}

describe('sliced article detection', () => {
  it('yields many times on the test news page and still finds the same article and clutter', async () => {
    const whole = findArticle((await readPage(PAGE)).document)!;
    const doc = (await readPage(PAGE)).document;
    const budget = countingBudget();
    const work = findArticleSteps(doc, budget);
    let yields = 0;
    let step = work.next();
    while (!step.done) {
      yields += 1;
      step = work.next();
    }
    const sliced = step.value!;
    expect(yields).toBeGreaterThan(3);
    const describe = (els: Element[]) => els.map((el) => `${el.tagName}#${el.id}.${el.className}:${(el.textContent ?? '').length}`);
    expect(describe(sliced.keep)).toEqual(describe(whole.keep));
    expect(describe(sliced.drop)).toEqual(describe(whole.drop));
    expect(sliced.drop.length).toBeGreaterThan(0);
  });
});

describe('a limit on the page size', () => {
  const big = () => {
    const cards = Array.from({ length: 12_000 }, (_, i) => `<div><a href="/x${i}">Card ${i}</a></div>`).join('');
    const story = Array.from(
      { length: 5 },
      (_, i) =>
        `<p>Paragraph ${i} of the story: the council said on Monday that the works would resume in spring, and the ferry would keep its timetable.</p>`,
    ).join('');
    return parseHTML(`<!doctype html><html><body><article><h1>Works resume</h1>${story}</article><div class="grid">${cards}</div></body></html>`)
      .document as unknown as Document;
  };

  it('stops a page with more elements than the limit, saying how many it has', () => {
    const doc = big();
    const count = doc.body.querySelectorAll('*').length;
    expect(count).toBeGreaterThan(24_000);
    let thrown: unknown = null;
    try {
      findArticle(doc, { maxElements: 22_000 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PageTooLarge);
    expect((thrown as PageTooLarge).elements).toBe(count);
  });

  it('measures a page under the limit as usual', () => {
    const selection = findArticle(big(), { maxElements: 100_000 });
    expect(selection?.keep.map((el) => el.tagName)).toEqual(['ARTICLE']);
  });
});

describe('runInSlices', () => {
  it('runs one slice per yield, lets other tasks run in between, and sums the time', async () => {
    const seen: string[] = [];
    const run = runInSlices(function* (budget) {
      for (let i = 0; i < 3; i += 1) {
        seen.push(`slice ${i}`);
        const until = performance.now() + 3;
        while (performance.now() < until) {
          /* work */
        }
        if (budget.due()) yield;
      }
      return 'done';
    }, 1);
    // Queued after the first slice: it runs before the work ends only if the runner gave the thread back.
    setTimeout(() => seen.push('other task'), 0);
    const { value, times } = await run;
    expect(value).toBe('done');
    // Three yields: four slices (the last one returns).
    expect(times.slices).toBe(4);
    expect(seen.indexOf('other task')).toBeGreaterThan(0);
    expect(seen.indexOf('other task')).toBeLessThan(seen.length - 1);
    expect(times.busy).toBeGreaterThanOrEqual(9);
    expect(times.longest).toBeGreaterThanOrEqual(3);
    expect(times.longest).toBeLessThan(times.busy);
  });

  it('finish runs the same work without yielding the thread', () => {
    const value = finish(
      (function* () {
        yield;
        yield;
        return 42;
      })(),
    );
    expect(value).toBe(42);
  });
});
