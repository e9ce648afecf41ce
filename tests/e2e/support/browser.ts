/**
 * Headless Chromium with the built extension (dist/) loaded, and the ways tests drive it: the service
 * worker's `globalThis.margin` API, extension pages, and Margin's in-page UI inside its closed shadow root
 * (reached through the DevTools protocol, which sees closed roots, and clicked with the real mouse).
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer } from './server.ts';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extensionLaunchOptions } from '../../../scripts/chromium-launch.ts';

/** The built extension; MARGIN_DIST points elsewhere (e.g. `vite build --outDir dist-x`) to test a second build. */
export const DIST = resolve(process.env.MARGIN_DIST ?? resolve(import.meta.dirname, '../../../dist'));

export interface Margin {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profile: string;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/** Starts Chromium with Margin; pass a profile directory to reopen an earlier session's profile. */
export async function launch(profile = mkdtempSync(join(tmpdir(), 'margin-e2e-'))): Promise<Margin> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error(`No built extension in ${DIST}: run "npm run build" first.`);
  const context = await chromium.launchPersistentContext(profile, extensionLaunchOptions(DIST));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  // A string, not a function: transpilers that add helpers (tsx's __name) would break a serialized closure.
  await worker.evaluate('new Promise((ok) => { const wait = () => (globalThis.margin ? ok() : setTimeout(wait, 20)); wait(); })');
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    profile,
    async close(options = {}) {
      await context.close();
      if (!options.keepProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Calls `globalThis.margin[method](...args)` in the service worker. */
export function callMargin<T = unknown>(m: Margin, method: string, ...args: unknown[]): Promise<T> {
  return m.worker.evaluate(
    ([name, list]) => {
      const api = (globalThis as unknown as { margin: Record<string, (...a: unknown[]) => Promise<unknown>> }).margin;
      return api[name as string](...(list as unknown[]));
    },
    [method, args] as const,
  ) as Promise<T>;
}

/** The browser's id for the tab showing `page`. */
export async function tabIdOf(m: Margin, page: Page): Promise<number> {
  const url = page.url();
  const id = await m.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
  if (id === undefined) throw new Error(`No tab shows ${url}`);
  return id;
}

/** Opens a page and waits until Margin's content script is ready in it. */
export async function openPage(m: Margin, url: string): Promise<Page> {
  const page = await m.context.newPage();
  await page.goto(url);
  await waitForContentScript(m, page);
  return page;
}

/** Waits until Margin's content script in the page answers the service worker. */
export async function waitForContentScript(m: Margin, page: Page, timeout = 15_000): Promise<void> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const id = await tabIdOf(m, page).catch(() => null);
    if (id !== null && (await callMargin<boolean>(m, 'ping', id))) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`Margin's content script did not start in ${page.url()}`);
}

/** Opens an extension page (e.g. "src/ui/sidepanel/index.html?tabId=3"). */
export async function openExtensionPage(m: Margin, path: string): Promise<Page> {
  const page = await m.context.newPage();
  await page.goto(`chrome-extension://${m.extensionId}/${path}`);
  return page;
}

/** A test file's browser and page server, started before its tests and stopped after them. */
export interface TestEnv {
  server: import('./server.ts').TestServer;
  /** Replaceable, e.g. by a test that restarts the browser with the same profile. */
  margin: Margin;
}

/** Registers the hooks that give a test file a served 127.0.0.1 origin and Chromium with Margin. */
export function useBrowser(): TestEnv {
  const env = {} as TestEnv;
  beforeAll(async () => {
    env.server = await startServer();
    env.margin = await launch();
  });
  afterAll(async () => {
    await env.margin?.close();
    await env.server?.close();
  });
  return env;
}
