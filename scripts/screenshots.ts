/**
 * Screenshots of the clean view for the README: the demo page cleaned by the built extension, in each reading
 * theme, at a laptop and a small window width, written to docs/screenshots/. Run with `npm run screenshots`
 * (builds first); MARGIN_DIST points at another build, CHROMIUM_PATH at another Chromium.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page, type Worker } from 'playwright-core';
import { READING_THEMES } from '../src/core/reading/prefs.ts';
import { startServer } from '../tests/e2e/support/server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(process.env.MARGIN_DIST ?? join(ROOT, 'dist'));
const OUT = join(ROOT, 'docs/screenshots');
const WIDTHS = [1280, 820];
const HEIGHT = 800;

/** Stores the reading look for the demo's site in the extension's database (as the panel's controls would). */
function setTheme(worker: Worker, host: string, theme: string): Promise<void> {
  const row = JSON.stringify({ key: `reading:${host}`, value: { theme } });
  return worker.evaluate(`new Promise((ok, fail) => {
    const open = indexedDB.open('margin');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('settings', 'readwrite');
      tx.objectStore('settings').put(${row});
      tx.oncomplete = () => { open.result.close(); ok(); };
      tx.onerror = () => fail(tx.error);
    };
  })`);
}

/** Cleans the tab showing `page` and waits until the legend has finished with the names. */
async function clean(worker: Worker, page: Page): Promise<void> {
  const url = page.url();
  const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
  for (let tries = 0; ; tries++) {
    const alive = await worker.evaluate(`globalThis.margin.ping(${tabId})`).catch(() => false);
    if (alive || tries > 100) break;
    await page.waitForTimeout(100);
  }
  await worker.evaluate(`globalThis.margin.clean(${tabId})`);
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    const state = (await worker.evaluate(`globalThis.margin.state(${tabId})`)) as { counts: Record<string, number> };
    if (Object.keys(state.counts).length) break;
    await page.waitForTimeout(200);
  }
  // Let highlights and fonts paint.
  await page.waitForTimeout(500);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'margin-shots-'));
  const server = await startServer();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, '--disable-gpu', '--no-first-run', '--hide-scrollbars'],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    await worker.evaluate('new Promise((ok) => { const wait = () => (globalThis.margin ? ok() : setTimeout(wait, 20)); wait(); })');
    const host = new URL(server.origin).hostname;
    for (const theme of READING_THEMES) {
      await setTheme(worker, host, theme);
      for (const width of WIDTHS) {
        const page = await context.newPage();
        await page.setViewportSize({ width, height: HEIGHT });
        await page.goto(`${server.origin}/demo/index.html`);
        await clean(worker, page);
        const file = join(OUT, `clean-view-${theme}-${width}.png`);
        await page.screenshot({ path: file });
        process.stdout.write(`${file}\n`);
        await page.close();
      }
    }
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`screenshots: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
