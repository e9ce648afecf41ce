import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { callMargin, openExtensionPage, openPage, tabIdOf, useBrowser } from './support/browser.ts';
import { SEED_PASSAGES, SEED_PATH } from './support/seed.ts';
import { newsPage } from './support/test-pages.ts';

const env = useBrowser();

const BRIDGE_PATH = '/library/bridge.html';
const BRIDGE_QUOTE = 'The minister said the plan would cost more than expected';
const BRIDGE_HEAD = '<meta property="og:site_name" content="Harbour Courier"><meta name="author" content="Ines Varga">';
const LITHIUM_NOTE = 'Brine from the flats: compare [[Salt flats]] #water';

interface Hit {
  url: string;
  quote: string;
  note: string;
  title: string;
}

const results = (lib: Page) => lib.locator('li.annotation blockquote').allTextContents();
const count = async (lib: Page) => Number(await lib.locator('[data-count="results"]').textContent());

describe('the library', () => {
  it('lists notes from two pages, finds and filters them, organises them, and opens a passage', async () => {
    // Notes on two pages: the test news page (Pacific Dispatch) and a page of the Harbour Courier.
    env.server.route(BRIDGE_PATH, newsPage({ title: 'Harbour bridge runs late', head: BRIDGE_HEAD }));
    const lithium = await openPage(env.margin, env.server.origin + SEED_PATH);
    const lithiumTab = await tabIdOf(env.margin, lithium);
    await callMargin(env.margin, 'highlightText', lithiumTab, SEED_PASSAGES.later, { note: LITHIUM_NOTE, color: 'green' });
    await callMargin(env.margin, 'highlightText', lithiumTab, SEED_PASSAGES.early, { color: 'yellow' });
    const bridge = await openPage(env.margin, env.server.origin + BRIDGE_PATH);
    await callMargin(env.margin, 'highlightText', await tabIdOf(env.margin, bridge), BRIDGE_QUOTE, { note: 'cost overrun', color: 'blue' });

    // Scriptable: globalThis.margin.search finds across pages, with the page's URL, quote and note.
    await expect
      .poll(async () => (await callMargin<Hit[]>(env.margin, 'search', 'brine')).map((h) => [h.url, h.quote, h.note]))
      .toEqual([[lithium.url(), SEED_PASSAGES.later, LITHIUM_NOTE]]);
    // The page records (title, site, key facts) follow the save.
    await expect
      .poll(async () => (await callMargin<Hit[]>(env.margin, 'search', '', { person: 'Kenji Morimoto' })).length, { timeout: 15_000 })
      .toBe(2);
    await expect
      .poll(async () => (await callMargin<Hit[]>(env.margin, 'search', 'courier')).map((h) => h.title))
      .toEqual(['Harbour bridge runs late']);

    const lib = await openExtensionPage(env.margin, 'src/ui/library/index.html');
    // Every highlight, newest first, and both pages with title, site, author and count.
    await expect.poll(() => results(lib)).toEqual([BRIDGE_QUOTE, SEED_PASSAGES.early, SEED_PASSAGES.later]);
    const bridgeCard = lib.locator(`section.page-card[data-page-url="${bridge.url()}"]`);
    await expect.poll(() => bridgeCard.locator('[data-field="page-title"]').textContent()).toBe('Harbour bridge runs late');
    expect(await bridgeCard.locator('[data-field="site"]').textContent()).toBe('Harbour Courier');
    expect(await bridgeCard.locator('[data-field="author"]').textContent()).toContain('Ines Varga');
    expect(await bridgeCard.locator('[data-count="page-highlights"]').textContent()).toBe('1');
    const lithiumCard = lib.locator(`section.page-card[data-page-url="${lithium.url()}"]`);
    expect(await lithiumCard.locator('[data-field="page-title"]').textContent()).toBe(
      'Chile and Japan Weigh a Joint Lithium Refinery in the Atacama',
    );
    expect(await lithiumCard.locator('[data-count="page-highlights"]').textContent()).toBe('2');

    // Search as you type: prefixes of words in quotes, notes, titles and sites.
    const search = lib.locator('[data-action="search"]');
    await search.pressSequentially('salt fl');
    await expect.poll(() => results(lib)).toEqual([SEED_PASSAGES.later]);
    await search.fill('atacama');
    await expect.poll(() => results(lib)).toEqual([SEED_PASSAGES.early, SEED_PASSAGES.later]);
    await search.fill('courier');
    await expect.poll(() => results(lib)).toEqual([BRIDGE_QUOTE]);
    await search.fill('overrun');
    await expect.poll(() => results(lib)).toEqual([BRIDGE_QUOTE]);
    await search.fill('');
    await expect.poll(() => count(lib)).toBe(3);

    // Each filter: site, colour, date range, the names the page mentions.
    await lib.locator('[data-filter="site"]').selectOption('Pacific Dispatch');
    await expect.poll(() => results(lib)).toEqual([SEED_PASSAGES.early, SEED_PASSAGES.later]);
    await lib.locator('[data-filter="color"]').selectOption('green');
    await expect.poll(() => results(lib)).toEqual([SEED_PASSAGES.later]);
    await lib.locator('[data-action="clear-filters"]').click();
    await expect.poll(() => count(lib)).toBe(3);
    const today = await lib.evaluate(() => new Date().toISOString().slice(0, 10));
    await lib.locator('[data-filter="from"]').fill('2000-01-01');
    await lib.locator('[data-filter="to"]').fill('2000-12-31');
    await expect.poll(() => count(lib)).toBe(0);
    await lib.locator('[data-filter="to"]').fill(today);
    await expect.poll(() => count(lib)).toBe(3);
    await lib.locator('[data-action="clear-filters"]').click();
    await lib.locator('[data-filter="person"]').selectOption('Kenji Morimoto');
    await expect.poll(() => results(lib)).toEqual([SEED_PASSAGES.early, SEED_PASSAGES.later]);
    await lib.locator('[data-filter="place"]').selectOption('Santiago');
    await expect.poll(() => count(lib)).toBe(2);
    await lib.locator('[data-action="clear-filters"]').click();

    // Tags on a highlight, typed with completion, then found by the tag filter and by search.
    const later = lib.locator('li.annotation', { hasText: SEED_PASSAGES.later });
    await later.locator('[data-action="tags"]').fill('#minerals, brine');
    await later.locator('[data-action="tags"]').press('Enter');
    await expect.poll(() => later.locator('[data-field="tags"]').textContent()).toBe('#minerals#brine');
    await expect
      .poll(() => lib.locator('#known-tags option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)))
      .toContain('minerals');
    await lib.locator('[data-filter="tag"]').selectOption('minerals');
    await expect.poll(() => results(lib)).toEqual([SEED_PASSAGES.later]);
    await lib.locator('[data-action="clear-filters"]').click();
    await search.fill('mineral');
    await expect.poll(() => results(lib)).toEqual([SEED_PASSAGES.later]);
    await search.fill('');

    // A note about the whole page, and tags on the page: kept, and searchable.
    await bridgeCard.locator('summary').click();
    await bridgeCard.locator('[data-action="page-note"]').fill('Follow up with the council in *May*');
    await bridgeCard.locator('[data-action="save-page-note"]').click();
    await bridgeCard.locator('[data-action="tags"]').fill('infrastructure');
    await bridgeCard.locator('[data-action="tags"]').press('Enter');
    await expect.poll(() => bridgeCard.locator('[data-field="tags"]').textContent()).toBe('#infrastructure');
    await search.fill('council');
    await expect.poll(() => results(lib)).toEqual([BRIDGE_QUOTE]);
    await search.fill('');
    await lib.locator('[data-filter="tag"]').selectOption('infrastructure');
    await expect.poll(() => results(lib)).toEqual([BRIDGE_QUOTE]);
    await lib.locator('[data-action="clear-filters"]').click();

    // Colour meanings: named once, shown on every highlight of that colour and in the colour filter, and in
    // another library tab that was already open.
    const other = await openExtensionPage(env.margin, 'src/ui/library/index.html');
    await expect.poll(() => count(other)).toBe(3);
    await lib.bringToFront();
    await lib.locator('[data-color-meaning="yellow"]').fill('claim');
    await lib.locator('[data-color-meaning="green"]').fill('evidence');
    await lib.locator('[data-action="save-meanings"]').click();
    const early = lib.locator('li.annotation', { hasText: SEED_PASSAGES.early });
    await expect.poll(() => early.locator('[data-field="color-meaning"]').textContent()).toBe('claim');
    expect(await later.locator('[data-field="color-meaning"]').textContent()).toBe('evidence');
    expect(await lib.locator('[data-filter="color"] option[value="yellow"]').textContent()).toBe('yellow — claim');
    await expect
      .poll(() => other.locator('li.annotation', { hasText: SEED_PASSAGES.early }).locator('[data-field="color-meaning"]').textContent())
      .toBe('claim');
    await other.close();
    const settings = await lib.evaluate(() => chrome.runtime.sendMessage({ margin: 1, type: 'settings/get', payload: {} }));
    expect(settings.value.colorMeanings).toEqual({ yellow: 'claim', green: 'evidence' });

    // The index follows a note edited in another tab (here: saved through the background).
    const [bridgeNote] = await callMargin<{ id: string; version: number }[]>(env.margin, 'annotations', bridge.url());
    await lib.evaluate(
      ([id, version]) =>
        chrome.runtime.sendMessage({ margin: 1, type: 'annotations/update', payload: { id, note: 'tolls rising', baseVersion: version } }),
      [bridgeNote.id, bridgeNote.version] as const,
    );
    await search.fill('tolls');
    await expect.poll(() => results(lib)).toEqual([BRIDGE_QUOTE]);
    await search.fill('');

    // Delete from the library, with the side panel's Undo, and the Trash.
    await early.locator('[data-action="delete"]').click();
    await expect.poll(() => count(lib)).toBe(2);
    await expect.poll(() => lib.locator('[data-count="trash"]').textContent()).toBe('1');
    await lib.locator('[data-action="undo-delete"]').click();
    await expect.poll(() => count(lib)).toBe(3);

    // Going back to the source: a click opens the page at the passage (text fragment, then Margin's flash).
    const opened = env.margin.context.waitForEvent('page');
    await later.locator('blockquote').click();
    const source = await opened;
    expect(source.url()).toContain(':~:text=');
    expect(source.url().split('#')[0]).toBe(lithium.url());
    await expect.poll(() => source.evaluate(() => window.scrollY), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await later.locator('[data-field="orphan"]').count()).toBe(0);

    // An orphan: the bridge page no longer has the passage; the library says so and keeps the quote.
    env.server.route(BRIDGE_PATH, newsPage({ title: 'Harbour bridge runs late', head: BRIDGE_HEAD }).replaceAll(BRIDGE_QUOTE, 'The plan changed'));
    const bridgeItem = lib.locator('li.annotation', { hasText: BRIDGE_QUOTE });
    await lib.bringToFront();
    await bridgeItem.locator('blockquote').click();
    await expect.poll(() => bridgeItem.locator('[data-field="orphan"]').count(), { timeout: 20_000 }).toBe(1);
    expect(await bridgeItem.locator('blockquote').textContent()).toBe(BRIDGE_QUOTE);
  });

  it('opens from the popup, the side panel and the keyboard shortcut', async () => {
    const page = await openPage(env.margin, env.server.origin + SEED_PATH);
    const tabId = await tabIdOf(env.margin, page);
    const libraryTabs = () =>
      env.margin.worker.evaluate(async () => (await chrome.tabs.query({})).filter((t) => t.url?.endsWith('/src/ui/library/index.html')).length);
    const before = await libraryTabs();
    const panel = await openExtensionPage(env.margin, `src/ui/sidepanel/index.html?tabId=${tabId}`);
    await panel.locator('[data-action="open-library"]').click();
    await expect.poll(libraryTabs).toBe(before + 1);
    const popup = await openExtensionPage(env.margin, 'src/ui/popup/index.html');
    await popup.locator('[data-action="open-library"]').click();
    await expect.poll(libraryTabs).toBe(before + 2);
    await callMargin(env.margin, 'command', 'open-library', tabId);
    await expect.poll(libraryTabs).toBe(before + 3);
    const manifest = await env.margin.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.commands?.['open-library']?.suggested_key).toEqual({ default: 'Alt+Shift+L' });
  });
});
