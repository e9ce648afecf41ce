import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { callMargin, launch, openExtensionPage, openPage, tabIdOf, useBrowser, waitForContentScript } from './support/browser.ts';
import { highlightTexts, selectWithMouse } from './support/page-helpers.ts';
import { SEED_PASSAGES, SEED_PATH, seedExpected } from './support/seed.ts';
import { clickOnText, typeInEditor, waitForEditor, waitForEditorClosed } from './support/note-editor.ts';
import { clickInShadow } from './support/shadow.ts';

const QUOTE = SEED_PASSAGES.later;
const SECOND = SEED_PASSAGES.early;
const NOTE = "Japan's offer: who pays for the plant? <b>not bold</b>";

const env = useBrowser();

const noteMarks = async (page: Page) => Object.values(await highlightTexts(page, 'margin-note-')).flat();

/** Types a note in the editor frame with the real keyboard and saves it; the frame closes. */
async function writeNote(page: Page, text: string) {
  const editor = await waitForEditor(page);
  await typeInEditor(page, editor, text);
  await editor.click('save-note');
  await waitForEditorClosed(page);
}

describe('highlights and notes', () => {
  it('survive a reload and a browser restart, show in the side panel, and export as Markdown', async () => {
    let page = await openPage(env.margin, env.server.origin + SEED_PATH);
    await callMargin(env.margin, 'clean', await tabIdOf(env.margin, page));

    // Select, highlight green, then select another passage and add a note.
    await selectWithMouse(page, QUOTE);
    await clickInShadow(page, '[data-action="highlight-green"]');
    await expect.poll(() => noteMarks(page)).toContain(QUOTE);
    await selectWithMouse(page, SECOND);
    await clickInShadow(page, '[data-action="add-note"]');
    await writeNote(page, NOTE);
    await expect.poll(() => noteMarks(page)).toEqual(expect.arrayContaining([QUOTE, SECOND]));

    // Stored in the extension's database, never in the page's storage.
    const url = await page.evaluate(() => location.href);
    // Saving is asynchronous: wait until the note has reached the database.
    await expect.poll(async () => (await callMargin<{ note: string }[]>(env.margin, 'annotations', url)).map((a) => a.note)).toContain(NOTE);
    const stored = await callMargin<{ quote: { exact: string; prefix: string; suffix: string }; position: { start: number }; note: string }[]>(
      env.margin,
      'annotations',
      url,
    );
    expect(stored.map((a) => a.quote.exact)).toEqual([SECOND, QUOTE]); // page order
    expect(stored[0].note).toBe(NOTE);
    expect(stored[0].quote.prefix.length).toBeGreaterThan(10);
    expect(stored[0].quote.suffix.length).toBeGreaterThan(10);
    expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);

    // Reload: every highlight comes back at the same words.
    await page.reload();
    await waitForContentScript(env.margin, page);
    await expect.poll(() => noteMarks(page)).toEqual(expect.arrayContaining([QUOTE, SECOND]));

    // Restart the browser with the same profile.
    await env.margin.close({ keepProfile: true });
    env.margin = await launch(env.margin.profile);
    page = await openPage(env.margin, env.server.origin + SEED_PATH);
    await expect.poll(() => noteMarks(page)).toEqual(expect.arrayContaining([QUOTE, SECOND]));
    const tabId = await tabIdOf(env.margin, page);

    // Side panel: page order, edit reflected in the page, click scrolls to the passage.
    const panel = await openExtensionPage(env.margin, `src/ui/sidepanel/index.html?tabId=${tabId}`);
    const items = panel.locator('li.annotation[data-annotation-id] blockquote'); // not the Trash's
    await expect.poll(() => items.allTextContents()).toEqual([SECOND, QUOTE]);
    await expect.poll(() => panel.locator('li.annotation [data-field="note"]').first().textContent()).toBe(NOTE);
    const second = panel.locator('li.annotation').nth(1);
    await second.locator('[data-action="edit-note"]').click();
    await second.locator('textarea').fill('Edited in the panel');
    await second.locator('[data-action="save-note"]').click();
    await page.bringToFront();
    await page.evaluate(() => window.scrollTo(0, 0));
    await panel.locator('li.annotation').nth(1).locator('blockquote').click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    // Clicking the highlight in the page opens its note, already edited.
    await page.waitForTimeout(800);
    await clickOnText(page, QUOTE);
    const editor = await waitForEditor(page);
    expect(await editor.value()).toBe('Edited in the panel');
    await editor.click('close-note');
    await waitForEditorClosed(page);

    // Export: front matter, quotes with notes and text-fragment links, key facts.
    const markdown = await callMargin<string>(env.margin, 'exportMarkdown', tabId);
    expect(markdown).toMatch(/^---\n/);
    for (const field of ['title', 'url', 'site', 'author', 'published', 'exported', 'tags']) expect(markdown).toMatch(new RegExp(`^${field}:`, 'm'));
    expect(markdown).toContain(seedExpected.title);
    expect(markdown).toContain(`> ${SECOND}`);
    expect(markdown).toContain('Edited in the panel');
    expect(markdown.indexOf(SECOND)).toBeLessThan(markdown.indexOf(QUOTE));
    expect(markdown).toContain('#:~:text=');
    expect(markdown).toContain('Kenji Morimoto');
    expect(markdown).toContain('Antofagasta');

    // One click in the panel saves the same Markdown as a file.
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.locator('[data-action="export"]').click()]);
    expect(download.suggestedFilename()).toMatch(/Weigh a Joint Lithium Refinery.*\.md$/);
    const saved = readFileSync((await download.path())!, 'utf8');
    expect(saved).toContain(`> ${SECOND}`);
    expect(saved).toContain('Edited in the panel');

    // Delete in the panel: the highlight leaves the page at once.
    await panel.locator('li.annotation').nth(0).locator('[data-action="delete"]').click();
    await expect.poll(() => noteMarks(page)).toEqual([QUOTE]);
    await expect.poll(() => items.count()).toBe(1);
  });
});

describe('a highlight whose passage left the page', () => {
  it('is kept and flagged in the side panel, and comes back when the passage does', async () => {
    const { newsPage } = await import('./support/test-pages.ts');
    const path = '/notes/changing.html';
    const passage = 'officials in the capital agreed that the timetable had slipped';
    env.server.route(path, newsPage({ topic: 'the ferry terminal' }));
    const page = await openPage(env.margin, env.server.origin + path);
    const tabId = await tabIdOf(env.margin, page);
    expect(await callMargin(env.margin, 'highlightText', tabId, passage, { note: 'Keep this' })).toBeTruthy();

    // The site rewrites the story: the passage is gone.
    env.server.route(path, newsPage({ topic: 'the ferry terminal' }).replaceAll(passage, 'the council has not yet published a new schedule'));
    await page.reload();
    await waitForContentScript(env.margin, page);
    const panel = await openExtensionPage(env.margin, `src/ui/sidepanel/index.html?tabId=${tabId}`);
    await expect.poll(() => panel.locator('[data-field="orphan"]').count()).toBe(1);
    expect(await panel.locator('[data-field="note"]').textContent()).toBe('Keep this');

    env.server.route(path, newsPage({ topic: 'the ferry terminal' }));
    await page.reload();
    await waitForContentScript(env.margin, page);
    await expect.poll(() => noteMarks(page)).toContain(passage);
    await panel.reload();
    await expect.poll(() => panel.locator('li.annotation').count()).toBe(1);
    expect(await panel.locator('[data-field="orphan"]').count()).toBe(0);
    await panel.close();
    await page.close();
  });
});

describe('single-page-app navigation', () => {
  it("shows each address's own highlights", async () => {
    const { newsPage } = await import('./support/test-pages.ts');
    env.server.route('/spa/a.html', newsPage({ topic: 'the tram line', script: 'window.go = () => history.pushState({}, "", "/spa/b.html");' }));
    const page = await openPage(env.margin, env.server.origin + '/spa/a.html');
    const tabId = await tabIdOf(env.margin, page);
    await callMargin(env.margin, 'highlightText', tabId, 'Paragraph 2 of the story about the tram line');
    await expect.poll(() => noteMarks(page)).toEqual(['Paragraph 2 of the story about the tram line']);
    await page.evaluate(() => (window as unknown as { go: () => void }).go());
    // Same text on screen, but /spa/b.html has no highlights of its own.
    await expect.poll(() => noteMarks(page)).toEqual([]);
    await page.goBack();
    await expect.poll(() => noteMarks(page)).toEqual(['Paragraph 2 of the story about the tram line']);
    await page.close();
  });
});

describe('tags in the note editor', () => {
  it('are typed with completion from the reader’s tags, saved with the note, and filter the library', async () => {
    const { newsPage } = await import('./support/test-pages.ts');
    const path = '/notes/tagged.html';
    const passage = 'officials in the capital agreed that the timetable had slipped';
    env.server.route(path, newsPage({ topic: 'the tidal barrier' }));
    const page = await openPage(env.margin, env.server.origin + path);
    const tabId = await tabIdOf(env.margin, page);
    // A tag already in use on another highlight: the editor offers it.
    const other = await callMargin<{ id: string }>(env.margin, 'highlightText', tabId, 'Paragraph 4 of the story about the tidal barrier');
    const lib = await openExtensionPage(env.margin, 'src/ui/library/index.html');
    await lib.evaluate(
      (id) => chrome.runtime.sendMessage({ margin: 1, type: 'annotations/tags', payload: { id, tags: ['flood-defence'] } }),
      other.id,
    );

    // The reader is back on the article (typing goes to the focused tab).
    await page.bringToFront();
    await selectWithMouse(page, passage);
    await clickInShadow(page, '[data-action="add-note"]');
    const editor = await waitForEditor(page);
    await typeInEditor(page, editor, 'Ask about the barrier budget');
    const frame = page.frames().find((f) => f.url().includes('/src/ui/note-frame/index.html'))!;
    await expect
      .poll(() => frame.locator('#known-tags option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)))
      .toEqual(['flood-defence']);
    expect(await frame.locator('[data-action="tags"]').getAttribute('list')).toBe('known-tags');
    await frame.locator('[data-action="tags"]').click();
    await page.keyboard.type('#tidal works, flood-defence');
    await editor.click('save-note');
    await waitForEditorClosed(page);

    // Saving is asynchronous: wait until the note and its tags have reached the database.
    const stored = async () =>
      (await callMargin<{ quote: { exact: string }; note: string; tags: string[] }[]>(env.margin, 'annotations', page.url())).find(
        (a) => a.quote.exact === passage,
      );
    await expect.poll(stored).toMatchObject({ note: 'Ask about the barrier budget', tags: ['tidal works', 'flood-defence'] });
    // The library's tag filter offers the new tag and finds the highlight by it.
    await lib.reload();
    await expect
      .poll(() => lib.locator('[data-filter="tag"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)))
      .toContain('tidal works');
    await lib.locator('[data-filter="tag"]').selectOption('tidal works');
    await expect.poll(() => lib.locator('li.annotation blockquote').allTextContents()).toEqual([passage]);
    await lib.close();
    await page.close();
  });
});
