/**
 * Margin's main features in headless Firefox, on the same specified pages and passages as the Chromium
 * suite (demo/expected.json, tests/fixtures/pages/*.expected.json): clean and restore, names and figures,
 * a note made with the mouse and the toolbar, typed in the note frame, kept across a reload, listed in the
 * sidebar page and exported as Markdown.
 */
import { describe, expect, it } from 'vitest';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page } from 'puppeteer-core';
import { fold, highlightTexts as highlightTextsIn, selectWithMouse as selectWithMouseIn } from '../e2e/support/page-helpers.ts';
import { SEED_PASSAGES, SEED_PATH, SPECIFIED_PAGES, seedExpected } from '../e2e/support/seed.ts';
import {
  callMargin,
  clickInFrame,
  clickInShadow,
  openExtensionPage,
  openPage,
  reload,
  shadowText,
  tabIdOf,
  useFirefox,
  waitFor,
  waitForContentScript,
  waitForNoteFrame,
  waitForNoteFrameClosed,
} from './support/firefox.ts';

const env = useFirefox();

// The shared page helpers use only page.evaluate and page.mouse, which both drivers spell the same way.
const asShared = (page: Page) => page as unknown as PlaywrightPage;
const highlightTexts = (page: Page, prefix?: string) => highlightTextsIn(asShared(page), prefix);
const selectWithMouse = (page: Page, phrase: string) => selectWithMouseIn(asShared(page), phrase);
const visibleText = async (page: Page) => fold(await page.evaluate(() => document.body.innerText));
const bodyHtml = (page: Page) => page.evaluate(() => document.body.outerHTML);
const noteMarks = async (page: Page) => Object.values(await highlightTexts(page, 'margin-note-')).flat();

const GROUP = { PER: 'margin-entity-people', ORG: 'margin-entity-organizations', LOC: 'margin-entity-places' } as const;

describe('Margin in Firefox', () => {
  it.each(SPECIFIED_PAGES)('cleans the $name, marks its names and figures, and restores it exactly', async ({ path, expected }) => {
    const page = await openPage(env.margin, env.server.origin + path);
    const tabId = await tabIdOf(env.margin, page);
    const before = await bodyHtml(page);
    const original = await visibleText(page);
    for (const text of expected.hidden) expect(original, 'page sanity').toContain(fold(text));

    const report = await callMargin<{ article: boolean; hidden: number }>(env.margin, 'clean', tabId);
    expect(report.article).toBe(true);
    expect(report.hidden).toBeGreaterThan(5);
    const cleaned = await visibleText(page);
    for (const text of expected.visible) expect(cleaned).toContain(fold(text));
    for (const text of expected.hidden) expect(cleaned, `"${text}" should be hidden`).not.toContain(fold(text));

    // Names and figures, and the legend that counts them (in Margin's closed shadow root).
    await waitFor(() => shadowText(page, '[data-group-count="people"]'), 'the legend');
    const marks = await highlightTexts(page, 'margin-entity-');
    for (const [type, names] of Object.entries(expected.entities) as [keyof typeof GROUP, string[]][]) {
      for (const name of names) expect(marks[GROUP[type]] ?? [], `${name} as ${type}`).toContain(name);
    }
    const figures = [...(marks['margin-entity-figures'] ?? []), ...(marks['margin-entity-dates'] ?? [])].join(' | ');
    for (const number of expected.numbers) expect(figures, `figure ${number}`).toContain(number);
    const people = (marks[GROUP.PER] ?? []).length;
    expect(Number(await shadowText(page, '[data-group-count="people"]'))).toBe(people);
    // The legend switches a kind off and on with a real click.
    await clickInShadow(page, '[data-action="toggle-people"]');
    await expect.poll(async () => (await highlightTexts(page, GROUP.PER))[GROUP.PER]).toBeUndefined();
    await clickInShadow(page, '[data-action="toggle-people"]');
    await expect.poll(async () => (await highlightTexts(page, GROUP.PER))[GROUP.PER]?.length).toBe(people);
    // Firefox: the highlight style is one <style> element, outside the body (restore compares the body).
    expect(await page.evaluate(() => document.querySelectorAll('style[data-margin-style]').length)).toBe(1);
    expect(await page.evaluate(() => document.body.querySelector('style[data-margin-style]'))).toBeNull();

    const restored = await callMargin<{ cleaned: boolean }>(env.margin, 'restore', tabId);
    expect(restored.cleaned).toBe(false);
    expect(await bodyHtml(page)).toBe(before);
    expect(await visibleText(page)).toBe(original);
    expect(Object.keys(await highlightTexts(page, 'margin-entity-'))).toEqual([]);
    await page.close();
  });

  it('cleans from the popup, whose switch restores the page', async () => {
    const page = await openPage(env.margin, env.server.origin + SEED_PATH);
    const tabId = await tabIdOf(env.margin, page);
    const popup = await openExtensionPage(env.margin, `src/ui/popup/index.html?tabId=${tabId}`);
    const checked = () => popup.$eval('[data-action="toggle-clean"]', (el) => (el as HTMLInputElement).checked);
    await expect.poll(checked).toBe(true);
    const hidden = fold(seedExpected.hidden[0]);
    await expect.poll(() => visibleText(page)).not.toContain(hidden);
    await popup.click('[data-action="toggle-clean"]');
    await expect.poll(checked).toBe(false);
    await expect.poll(() => visibleText(page)).toContain(hidden);
    await popup.close();
    await page.close();
  });

  it('keeps a note made with the mouse and the toolbar across a reload, lists it in the sidebar, exports it', async () => {
    const QUOTE = SEED_PASSAGES.later;
    const NOTE = 'Who pays for the plant?';
    const page = await openPage(env.margin, env.server.origin + SEED_PATH);
    const tabId = await tabIdOf(env.margin, page);
    await callMargin(env.margin, 'clean', tabId);

    await selectWithMouse(page, QUOTE);
    await clickInShadow(page, '[data-action="add-note"]');
    const frame = await waitForNoteFrame(page);
    await clickInFrame(frame, '[data-action="note-text"]');
    await page.keyboard.type(NOTE);
    await clickInFrame(frame, '[data-action="save-note"]');
    await waitForNoteFrameClosed(page);
    await expect.poll(() => noteMarks(page)).toContain(QUOTE);

    const url = await page.evaluate(() => location.href);
    await expect.poll(async () => (await callMargin<{ note: string }[]>(env.margin, 'annotations', url)).map((a) => a.note)).toEqual([NOTE]);
    // Stored in Margin's origin, never in the page's.
    expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);

    await reload(page);
    await waitForContentScript(env.margin, page);
    await expect.poll(() => noteMarks(page)).toContain(QUOTE);

    // The sidebar page lists the highlight with its note.
    const sidebar = await openExtensionPage(env.margin, `src/ui/sidepanel/index.html?tabId=${tabId}`);
    await expect
      .poll(() => sidebar.$$eval('li.annotation[data-annotation-id] blockquote', (els) => els.map((el) => el.textContent)))
      .toEqual([QUOTE]);
    expect(await sidebar.$eval('li.annotation [data-field="note"]', (el) => el.textContent)).toBe(NOTE);
    await sidebar.close();

    const markdown = await callMargin<string>(env.margin, 'exportMarkdown', tabId);
    expect(markdown).toMatch(/^---\n/);
    expect(markdown).toContain(seedExpected.title);
    expect(markdown).toContain(`> ${QUOTE}`);
    expect(markdown).toContain(NOTE);
    expect(markdown).toContain(seedExpected.entities.PER[0]);
    await page.close();
  });
});
