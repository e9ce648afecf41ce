import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { callMargin, launch, openPage, tabIdOf, type Margin } from './support/browser.ts';
import { highlightTexts, selectWithMouse } from './support/page-helpers.ts';
import { startServer, type TestServer } from './support/server.ts';
import { clickInShadow, shadowText } from './support/shadow.ts';
import { newsPage } from './support/test-pages.ts';

const FIRST = 'officials in the capital agreed';
const SECOND = 'the timetable had slipped by several months';

let server: TestServer;
let margin: Margin;

/** A profile in developer mode: Chromium reloads an unpacked extension only then (else it disables it). */
function developerProfile(): string {
  const profile = mkdtempSync(join(tmpdir(), 'margin-e2e-'));
  mkdirSync(join(profile, 'Default'));
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  return profile;
}

beforeAll(async () => {
  server = await startServer();
  margin = await launch(developerProfile());
});
afterAll(async () => {
  await margin?.close();
  await server?.close();
});

/** Reloads the extension as an update does, and waits for the new version's service worker. */
async function reloadExtension(m: Margin): Promise<Margin> {
  const old = m.worker;
  await old.evaluate('chrome.runtime.reload()').catch(() => undefined); // the worker goes away as it answers
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    const worker = m.context.serviceWorkers().find((w) => w !== old);
    if (worker) {
      await worker.evaluate('new Promise((ok) => { const wait = () => (globalThis.margin ? ok() : setTimeout(wait, 20)); wait(); })');
      return { ...m, worker };
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error('The extension did not come back after its reload');
}

const noteMarks = async (page: Page) => Object.values(await highlightTexts(page, 'margin-note-')).flat();
const uiHosts = (page: Page) => page.evaluate(() => document.querySelectorAll('margin-ui').length);

describe('an extension update', () => {
  it('reaches open tabs without a reload: highlights drawn again, highlighting works, one interface', async () => {
    server.route('/update/story.html', newsPage());
    const page = await openPage(margin, server.origin + '/update/story.html');
    await selectWithMouse(page, FIRST);
    await clickInShadow(page, '[data-action="highlight-yellow"]');
    await expect.poll(() => noteMarks(page)).toEqual([FIRST]);
    expect(await uiHosts(page)).toBe(1);

    margin = await reloadExtension(margin);

    // The old copy ended and took its interface with it; the new one drew the stored highlight again.
    await expect.poll(() => uiHosts(page)).toBe(0);
    await expect.poll(() => noteMarks(page)).toEqual([FIRST]);
    // Highlighting a selection works again, through one interface.
    await selectWithMouse(page, SECOND);
    await clickInShadow(page, '[data-action="highlight-yellow"]');
    await expect.poll(async () => (await noteMarks(page)).sort()).toEqual([FIRST, SECOND].sort());
    expect(await uiHosts(page)).toBe(1);
    const stored = await callMargin<{ quote: { exact: string } }[]>(margin, 'annotations', page.url());
    expect(stored.map((a) => a.quote.exact).sort()).toEqual([FIRST, SECOND].sort());
    await page.close();
  });

  it('ends the clean view with the old version, leaving the page as it was', async () => {
    server.route('/update/clean.html', newsPage());
    const page = await openPage(margin, server.origin + '/update/clean.html');
    const before = await page.evaluate(() => document.body.outerHTML);
    await callMargin(margin, 'clean', await tabIdOf(margin, page));
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-margin-clean'))).toBe(true);

    margin = await reloadExtension(margin);

    await expect.poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-margin-clean'))).toBe(false);
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(before);
    expect(Object.keys(await highlightTexts(page))).toEqual([]);
    expect(await uiHosts(page)).toBe(0);
    await page.close();
  });

  it('tells the reader to reload when Margin went away unnoticed and they select text', async () => {
    server.route('/update/gone.html', newsPage());
    const page = await openPage(margin, server.origin + '/update/gone.html');
    // The worker stops when idle (its lifeline ports drop, and the page's copy sees its extension still
    // there); then the extension goes away without a new version to take over.
    const cdp = await margin.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForTimeout(4000);
    const extensions = await margin.context.newPage();
    await extensions.goto('chrome://extensions');
    await extensions.evaluate((id) => chrome.management.setEnabled(id, false), margin.extensionId);
    await extensions.close();

    await page.bringToFront();
    await selectWithMouse(page, FIRST);
    await expect.poll(() => shadowText(page, '[data-field="toast"]').catch(() => null)).toMatch(/Margin was updated — reload the page/);
    expect(await shadowText(page, '[data-action="highlight-yellow"]').catch(() => null)).toBeNull();
    await page.close();
  });
});
