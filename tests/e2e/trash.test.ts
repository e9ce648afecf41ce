/**
 * Nothing a click or an edit does in the side panel loses a note: Delete has an Undo and a Trash, an edit
 * saved from an older version is merged with the newer one, and unsaved text survives closing the panel.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { callMargin, openExtensionPage, openPage, tabIdOf, useBrowser } from './support/browser.ts';
import { highlightTexts } from './support/page-helpers.ts';
import { newsPage } from './support/test-pages.ts';

const env = useBrowser();
const FIRST = 'Paragraph 2 of the story about the harbour bridge';
const SEPARATOR = '\n\n— edited in another tab —\n\n';

const noteMarks = async (page: Page) => Object.values(await highlightTexts(page, 'margin-note-')).flat();

interface Stored {
  id: string;
  note: string;
  version: number;
  deletedAt?: string;
}

/** A news page at `path` with one highlight (and note) made through Margin, and its side panel. */
async function pageWithNote(path: string, note: string) {
  env.server.route(path, newsPage());
  const page = await openPage(env.margin, env.server.origin + path);
  const tabId = await tabIdOf(env.margin, page);
  expect(await callMargin(env.margin, 'highlightText', tabId, FIRST, { note })).toBeTruthy();
  await expect.poll(() => noteMarks(page)).toEqual([FIRST]);
  const url = await page.evaluate(() => location.href);
  const [stored] = await callMargin<Stored[]>(env.margin, 'annotations', url);
  const panel = await openExtensionPage(env.margin, `src/ui/sidepanel/index.html?tabId=${tabId}`);
  await expect.poll(() => panel.locator('li.annotation[data-annotation-id] [data-field="note"]').allTextContents()).toEqual([note]);
  return { page, tabId, url, stored, panel };
}

describe('deleting in the side panel', () => {
  it('can be undone from the toast', async () => {
    const { page, url, panel } = await pageWithNote('/trash/undo.html', 'Worth checking');
    await panel.locator('ol.annotations:not(.trash) li.annotation [data-action="delete"]').click();
    await expect.poll(() => noteMarks(page)).toEqual([]);
    await expect.poll(() => callMargin<Stored[]>(env.margin, 'annotations', url)).toEqual([]);
    await panel.locator('[data-field="undo-toast"] [data-action="undo-delete"]').click();
    await expect.poll(() => noteMarks(page)).toEqual([FIRST]);
    await expect.poll(async () => (await callMargin<Stored[]>(env.margin, 'annotations', url)).map((a) => a.note)).toEqual(['Worth checking']);
    await expect.poll(() => panel.locator('[data-field="undo-toast"]').count()).toBe(0);
    await panel.close();
    await page.close();
  });

  it('puts the highlight in the Trash, from where Restore brings it back with its note', async () => {
    const { page, url, panel } = await pageWithNote('/trash/restore.html', 'Kept in the Trash');
    await panel.locator('li.annotation[data-annotation-id] [data-action="delete"]').click();
    await expect.poll(() => noteMarks(page)).toEqual([]);
    const trashed = panel.locator('[data-section="trash"] li[data-trash-id]');
    await expect.poll(() => trashed.count()).toBe(1);
    expect(await trashed.locator('blockquote').textContent()).toBe(FIRST);
    expect(await trashed.locator('[data-field="note"]').textContent()).toBe('Kept in the Trash');
    expect(await panel.locator('[data-section="trash"]').textContent()).toContain('kept for 30 days');

    // A new panel (the toast is gone): the Trash still holds it.
    await panel.reload();
    await expect.poll(() => trashed.count()).toBe(1);
    await trashed.locator('[data-action="restore"]').click();
    await expect.poll(() => noteMarks(page)).toEqual([FIRST]);
    await expect.poll(() => trashed.count()).toBe(0);
    await expect.poll(() => panel.locator('li.annotation[data-annotation-id] [data-field="note"]').allTextContents()).toEqual(['Kept in the Trash']);
    expect((await callMargin<Stored[]>(env.margin, 'annotations', url)).map((a) => a.deletedAt)).toEqual([undefined]);
    await panel.close();
    await page.close();
  });
});

describe('two tabs editing one note', () => {
  it('keep both texts, and the second is told they were merged', async () => {
    const { page, tabId, url, panel } = await pageWithNote('/trash/two-tabs.html', 'Start');
    const other = await openExtensionPage(env.margin, `src/ui/sidepanel/index.html?tabId=${tabId}`);
    const item = (p: Page) => p.locator('li.annotation[data-annotation-id]').first();
    // Both open the editor on the same version.
    for (const p of [panel, other]) {
      await item(p).locator('[data-action="edit-note"]').click();
      await expect.poll(() => item(p).locator('textarea').inputValue()).toBe('Start');
    }
    await item(panel).locator('textarea').fill('Start, written in the first tab');
    await item(panel).locator('[data-action="save-note"]').click();
    await expect.poll(async () => (await callMargin<Stored[]>(env.margin, 'annotations', url))[0].note).toBe('Start, written in the first tab');

    // The second editor still shows its own text (the save did not wipe it) and saves over the newer note.
    expect(await item(other).locator('textarea').inputValue()).toBe('Start');
    await item(other).locator('textarea').fill('Start, written in the second tab');
    await item(other).locator('[data-action="save-note"]').click();
    await expect
      .poll(async () => (await callMargin<Stored[]>(env.margin, 'annotations', url))[0].note)
      .toBe(`Start, written in the first tab${SEPARATOR}Start, written in the second tab`);
    await expect.poll(() => item(other).locator('[data-field="merged"]').count()).toBe(1);
    expect(await item(other).locator('[data-field="merged"]').textContent()).toMatch(/merged with an edit from another tab/i);
    await expect.poll(() => item(panel).locator('[data-field="note"]').textContent()).toContain('written in the second tab');
    await other.close();
    await panel.close();
    await page.close();
  });
});

describe('unsaved text in the side panel', () => {
  it('survives closing the editor and reopening the panel, and Save clears it', async () => {
    const { page, url, stored, panel } = await pageWithNote('/trash/draft.html', 'Saved words');
    const item = panel.locator('li.annotation[data-annotation-id]').first();
    await item.locator('[data-action="edit-note"]').click();
    await item.locator('textarea').fill('Saved words and half a thought');
    // The draft is written a moment after typing stops.
    await expect
      .poll(() => env.margin.worker.evaluate(`globalThis.margin.db.drafts.get(${JSON.stringify(stored.id)}).then((d) => d?.text ?? null)`))
      .toBe('Saved words and half a thought');
    await panel.reload();
    await expect.poll(() => item.locator('[data-field="draft"]').count()).toBe(1);
    await item.locator('[data-action="edit-note"]').click();
    await expect.poll(() => item.locator('textarea').inputValue()).toBe('Saved words and half a thought');
    expect(await item.locator('[data-field="draft-restored"]').count()).toBe(1);
    await item.locator('[data-action="save-note"]').click();
    await expect.poll(async () => (await callMargin<Stored[]>(env.margin, 'annotations', url))[0].note).toBe('Saved words and half a thought');
    expect(await env.margin.worker.evaluate(`globalThis.margin.db.drafts.count()`)).toBe(0);
    await panel.reload();
    await expect.poll(() => item.locator('[data-field="note"]').textContent()).toBe('Saved words and half a thought');
    expect(await item.locator('[data-field="draft"]').count()).toBe(0);
    await panel.close();
    await page.close();
  });
});

describe('a full disk', () => {
  it('is reported in the side panel, and the typed text is kept to save again', async () => {
    const { page, url, panel } = await pageWithNote('/trash/full-disk.html', 'First words');
    const item = panel.locator('li.annotation[data-annotation-id]').first();
    await item.locator('[data-action="edit-note"]').click();
    await item.locator('textarea').fill('First words, and more that will not fit');
    // The browser's storage refuses every annotation write, as IndexedDB does when the quota is used up.
    await env.margin.worker.evaluate(`(() => {
      const table = globalThis.margin.db.annotations;
      table.realPut = table.put;
      table.put = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    })()`);
    await item.locator('[data-action="save-note"]').click();
    await expect.poll(() => item.locator('[data-field="save-error"]').textContent()).toMatch(/Margin could not save: the browser's storage is full/);
    expect(await item.locator('textarea').inputValue()).toBe('First words, and more that will not fit');
    expect((await callMargin<Stored[]>(env.margin, 'annotations', url))[0].note).toBe('First words');

    await env.margin.worker.evaluate(`(() => { const table = globalThis.margin.db.annotations; table.put = table.realPut; })()`);
    await item.locator('[data-action="save-note"]').click();
    await expect
      .poll(async () => (await callMargin<Stored[]>(env.margin, 'annotations', url))[0].note)
      .toBe('First words, and more that will not fit');
    await expect.poll(() => item.locator('[data-field="save-error"]').count()).toBe(0);
    await panel.close();
    await page.close();
  });
});
