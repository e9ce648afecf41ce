/**
 * Same article, same notes; different article, different notes: hash routes of a single-page app keep their
 * own notes, an article's AMP address shares the notes of the canonical address it declares, and a canonical
 * address on another site is ignored.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { callMargin, openPage, tabIdOf, useBrowser } from './support/browser.ts';
import { highlightTexts } from './support/page-helpers.ts';
import { newsPage } from './support/test-pages.ts';

const env = useBrowser();
/** A passage of the test article (support/test-pages.ts) with no name or figure in it. */
const PASSAGE = 'the harbour bridge';

const marks = async (page: Page) => Object.values(await highlightTexts(page, 'margin-note-')).flat();
const highlight = async (page: Page) => callMargin(env.margin, 'highlightText', await tabIdOf(env.margin, page), PASSAGE);
const keys = () => env.margin.worker.evaluate('globalThis.margin.db.annotations.toArray().then((all) => all.map((a) => a.url))') as Promise<string[]>;

beforeAll(() => {
  env.server.route('/spa/index.html', newsPage({ title: 'A hash-routed news app' }));
  env.server.route('/news/story.html', newsPage({ title: 'The story' }));
  env.server.route('/news/amp/story.html', newsPage({ title: 'The story (AMP)', head: '<link rel="canonical" href="/news/story.html">' }));
  const foreign = () => `http://localhost:${new URL(env.server.origin).port}/news/story.html`;
  env.server.route(
    '/claims/story.html',
    newsPage({ title: "A page claiming another site's article", head: `<link rel="canonical" href="${foreign()}">` }),
  );
});

describe('page keys', () => {
  it('keeps the notes of two hash routes apart', async () => {
    const page = await openPage(env.margin, `${env.server.origin}/spa/index.html#/story-a`);
    await highlight(page);
    await expect.poll(() => marks(page)).toContain(PASSAGE);
    expect(await keys()).toContain(`${env.server.origin}/spa/index.html#/story-a`);

    await page.evaluate(() => {
      location.hash = '#/story-b';
    });
    await expect.poll(() => marks(page)).toEqual([]);
    await page.evaluate(() => {
      location.hash = '#/story-a';
    });
    await expect.poll(() => marks(page)).toContain(PASSAGE);
    await page.close();
  });

  it("shows a note made on an article's AMP address on its canonical address, but not another site's", async () => {
    const amp = await openPage(env.margin, `${env.server.origin}/news/amp/story.html`);
    await highlight(amp);
    await expect.poll(keys).toContain(`${env.server.origin}/news/story.html`);
    const canonical = await openPage(env.margin, `${env.server.origin}/news/story.html#comments`);
    await expect.poll(() => marks(canonical)).toContain(PASSAGE);
    await amp.close();
    await canonical.close();

    // A canonical address on another site is ignored: the page keeps its own key.
    const claims = await openPage(env.margin, `${env.server.origin}/claims/story.html`);
    await highlight(claims);
    await expect.poll(keys).toContain(`${env.server.origin}/claims/story.html`);
    expect((await keys()).some((key) => key.startsWith('http://localhost'))).toBe(false);
    await claims.close();
  });
});
