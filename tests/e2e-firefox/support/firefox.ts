/**
 * Headless Firefox ESR with the built Firefox extension (dist-firefox/) installed as a temporary add-on,
 * driven over WebDriver BiDi by puppeteer-core, and the ways tests reach Margin there: the background page's
 * `globalThis.margin` API (through an extension page), extension pages, and Margin's in-page UI inside its
 * closed shadow root (BiDi serializes closed roots for a test; the page's own scripts never see them).
 */
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer, type TestServer } from '../../e2e/support/server.ts';

/** The built Firefox extension; MARGIN_FIREFOX_DIST points elsewhere to test another build. */
export const DIST = resolve(process.env.MARGIN_FIREFOX_DIST ?? resolve(import.meta.dirname, '../../../dist-firefox'));
/** Debian's Firefox ESR (what .ci/run installs), or a Firefox found on the machine; FIREFOX_PATH overrides. */
const FIREFOX = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path)) ?? 'firefox-esr';
/** Firefox gives each install a random internal UUID; fixing it gives the extension's pages a known address. */
const UUID = '6d1f4f0e-2c1b-4c5e-9a57-6a1e2b3c4d5e';

export interface FirefoxMargin {
  browser: Browser;
  /** An extension page kept open to reach the background and the tabs API. */
  control: Page;
  /** `moz-extension://<uuid>` */
  origin: string;
  /** A served page with nothing in it. */
  blank: string;
  close(): Promise<void>;
}

function geckoId(): string {
  const manifest = JSON.parse(readFileSync(resolve(DIST, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

/** The path of a page with nothing in it, which extension pages are opened from. */
const BLANK_PATH = '/firefox-blank.html';
/** An extension page that web pages may open (web_accessible_resources), the first step to the others. */
const WEB_ACCESSIBLE_PAGE = 'src/ui/note-frame/index.html';

/**
 * Starts Firefox with Margin installed; `server` serves the page extension pages are opened from.
 * `beforeInstall` runs first with the browser, e.g. to open pages that Margin must reach once installed.
 */
export async function launch(server: TestServer, beforeInstall?: (browser: Browser) => Promise<void>): Promise<FirefoxMargin> {
  if (!existsSync(resolve(DIST, 'manifest.json'))) throw new Error(`No built extension in ${DIST}: run "npm run build:firefox" first.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: UUID }) },
  });
  await beforeInstall?.(browser);
  await browser.installExtension(DIST);
  server.route(BLANK_PATH, '<!doctype html><title>blank</title>');
  const m = { browser, origin: `moz-extension://${UUID}`, blank: server.origin + BLANK_PATH };
  const control = await openExtensionPage(m, 'src/ui/options/index.html');
  return { ...m, control, close: () => browser.close() };
}

async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, what: string | (() => string), timeout = 15_000): Promise<T> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const value = await probe().catch(() => null);
    if (value) return value;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  throw new Error(`Timed out waiting for ${typeof what === 'function' ? what() : what}`);
}

const NAVIGATION_ATTEMPTS = 3;

/**
 * Loads `url` in `page` and waits until its document is parsed. The wait is on the page itself, not on
 * puppeteer's navigation: its navigation events have been seen to go unreported on a busy machine.
 */
async function navigate(page: Page, url: string): Promise<void> {
  let seen = '';
  const loaded = async () => {
    const [href, state] = await page.evaluate(() => [location.href, document.readyState]);
    seen = `${href} ${state}`;
    return href === url && state !== 'loading';
  };
  // A new tab sometimes drops its first navigation and stays on about:blank: ask again then.
  for (let attempt = 1; ; attempt++) {
    void page.goto(url, { timeout: 0, waitUntil: 'domcontentloaded' }).catch(() => undefined);
    const last = attempt === NAVIGATION_ATTEMPTS;
    const what = () => `${url} to load (last seen: ${seen || 'nothing'})`;
    const done = await waitFor(loaded, what, last ? 30_000 : 10_000).catch((error: Error) => {
      if (last) throw error;
      // Still loading the page (a busy machine): wait longer, then ask again.
      if (!seen.startsWith('about:blank')) return waitFor(loaded, what, 20_000).catch(() => false);
      return false;
    });
    if (done) return;
  }
}

/** Reloads `page` and waits until the new document is parsed (the old one is marked to tell them apart). */
export async function reload(page: Page): Promise<void> {
  await page.evaluate(() => void ((window as unknown as { oldDocument: boolean }).oldDocument = true));
  void page.reload({ timeout: 0, waitUntil: 'domcontentloaded' }).catch(() => undefined);
  await waitFor(
    () => page.evaluate(() => !(window as unknown as { oldDocument?: boolean }).oldDocument && document.readyState !== 'loading'),
    'the page to reload',
    30_000,
  );
}

/** Moves `page` to `url` from inside it and waits until it has loaded there. */
async function moveTo(page: Page, url: string): Promise<void> {
  await page.evaluate((u) => void (location.href = u), url).catch(() => undefined);
  await waitFor(() => page.evaluate((u) => location.href === u && document.readyState === 'complete', url), `${url} to load`);
}

/**
 * Opens an extension page in a new tab. BiDi refuses to navigate a tab to a moz-extension:// address, so
 * the tab goes there itself: from a served page to the web-accessible note frame, and from there (an
 * extension page now) to `path`. puppeteer's page.url() keeps the served address; page.evaluate runs in
 * the extension page.
 */
export async function openExtensionPage(m: Pick<FirefoxMargin, 'browser' | 'origin' | 'blank'>, path: string): Promise<Page> {
  const page = await m.browser.newPage();
  await navigate(page, m.blank);
  await moveTo(page, `${m.origin}/${WEB_ACCESSIBLE_PAGE}`);
  await moveTo(page, `${m.origin}/${path}`);
  return page;
}

/**
 * Calls `margin[method](...args)` in the background page. The event page unloads when idle, so it is
 * looked up on every call (getBackgroundPage wakes it).
 */
export function callMargin<T = unknown>(m: FirefoxMargin, method: string, ...args: unknown[]): Promise<T> {
  return m.control.evaluate(
    `(async ([name, list]) => {
      const bg = await browser.runtime.getBackgroundPage();
      for (let i = 0; !bg.margin && i < 200; i++) await new Promise((ok) => setTimeout(ok, 25));
      const result = await bg.margin[name](...list);
      return result === undefined ? null : JSON.parse(JSON.stringify(result));
    })(${JSON.stringify([method, args])})`,
  ) as Promise<T>;
}

/** The browser's id for the tab showing `page`. */
export async function tabIdOf(m: FirefoxMargin, page: Page): Promise<number> {
  // The page's own address: puppeteer's page.url() lags behind navigations it did not start.
  const url = await page.evaluate(() => location.href);
  const id = (await m.control.evaluate(`browser.tabs.query({}).then((tabs) => tabs.find((t) => t.url === ${JSON.stringify(url)})?.id ?? null)`)) as
    number | null;
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}

/** Waits until Margin's content script in the page answers the background. */
export async function waitForContentScript(m: FirefoxMargin, page: Page): Promise<void> {
  await waitFor(async () => callMargin<boolean>(m, 'ping', await tabIdOf(m, page)), `Margin's content script in ${page.url()}`, 30_000);
}

/** Opens a web page and waits until Margin's content script is ready in it. */
export async function openPage(m: FirefoxMargin, url: string): Promise<Page> {
  const page = await m.browser.newPage();
  await navigate(page, url);
  await waitForContentScript(m, page);
  return page;
}

/** A test file's browser and page server, started before its tests and stopped after them. */
export interface FirefoxEnv {
  server: TestServer;
  margin: FirefoxMargin;
}

export function useFirefox(): FirefoxEnv {
  const env = {} as FirefoxEnv;
  beforeAll(async () => {
    env.server = await startServer();
    env.margin = await launch(env.server);
  });
  afterAll(async () => {
    await env.margin?.close();
    await env.server?.close();
  });
  return env;
}

/** A BiDi command on the page's browsing context, through puppeteer's connection. */
function bidi<T>(page: Page, method: string, params: Record<string, unknown>): Promise<T> {
  const connection = (page.browser() as unknown as { connection: { send(m: string, p: unknown): Promise<{ result: T }> } }).connection;
  return connection.send(method, params).then((r) => r.result);
}

const contextOf = (frame: Frame) => (frame as unknown as { _id: string })._id;

/** The BiDi reference of Margin's closed shadow root in the page, or null when there is none. */
async function shadowRootRef(page: Page): Promise<string | null> {
  const { nodes } = await bidi<{ nodes: { value?: { shadowRoot?: { sharedId?: string } } }[] }>(page, 'browsingContext.locateNodes', {
    context: contextOf(page.mainFrame()),
    locator: { type: 'css', value: 'margin-ui' },
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  return nodes[0]?.value?.shadowRoot?.sharedId ?? null;
}

/** Runs `fn(element)` (source text) on the first match of `selector` in Margin's shadow root; its JSON result. */
export async function inShadow<T>(page: Page, selector: string, fn: string): Promise<T | null> {
  const root = await shadowRootRef(page);
  if (!root) return null;
  const { result } = await bidi<{ result: { type: string; value?: string } }>(page, 'script.callFunction', {
    functionDeclaration: `(root, selector) => { const el = root.querySelector(selector); return el ? JSON.stringify((${fn})(el)) : null; }`,
    arguments: [{ sharedId: root }, { type: 'string', value: selector }],
    target: { context: contextOf(page.mainFrame()) },
    awaitPromise: false,
  });
  return result.type === 'string' ? (JSON.parse(result.value!) as T) : null;
}

/** Whether `selector` matches in Margin's shadow root. */
export async function hasInShadow(page: Page, selector: string): Promise<boolean> {
  return Boolean(await inShadow<boolean>(page, selector, '() => true').catch(() => null));
}

/** The text content of the first match of `selector` in Margin's shadow root, or null. */
export function shadowText(page: Page, selector: string): Promise<string | null> {
  return inShadow<string>(page, selector, '(el) => el.textContent');
}

/** Waits for `selector` in Margin's shadow root and clicks its middle with the real mouse. */
export async function clickInShadow(page: Page, selector: string): Promise<void> {
  const box = await waitFor(
    () =>
      inShadow<{ x: number; y: number }>(
        page,
        selector,
        '(el) => { const r = el.getBoundingClientRect(); return r.width ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null; }',
      ),
    `${selector} in Margin's shadow root`,
  );
  await page.mouse.click(box.x, box.y);
}

const NOTE_FRAME_PATH = '/src/ui/note-frame/index.html';

/**
 * The note editor frame showing in `page`, or null. puppeteer keeps the frame's first address (about:blank)
 * after the content script points it at the editor, so the frame is asked where it is.
 */
export async function noteFrame(page: Page): Promise<Frame | null> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame() || frame.detached) continue;
    const here = await frame.evaluate(() => location.pathname).catch(() => '');
    if (here === NOTE_FRAME_PATH) return frame;
  }
  return null;
}

/** Waits for the note editor frame (an extension page inside Margin's shadow root) and its text box. */
export function waitForNoteFrame(page: Page): Promise<Frame> {
  return waitFor(async () => {
    const frame = await noteFrame(page);
    return frame && (await frame.$('[data-action="note-text"]')) ? frame : null;
  }, 'the note editor frame');
}

/**
 * Clicks `selector` in `frame` with the real mouse. Not frame.click: it releases the element after the
 * click, which fails, unawaited, when the click closes the frame (Save, Close in the note editor).
 */
export async function clickInFrame(frame: Frame, selector: string): Promise<void> {
  const element = await frame.waitForSelector(selector, { timeout: 10_000 });
  await element!.click();
  await element!.dispose().catch(() => undefined);
}

/** Waits until the note editor frame is gone. */
export async function waitForNoteFrameClosed(page: Page): Promise<void> {
  await waitFor(async () => !(await noteFrame(page)), 'the note editor to close');
}

export { waitFor };

/**
 * Reloads the extension as an update does (its pages close with it) and opens a new control page once
 * the new version is up.
 */
export async function reloadExtension(m: FirefoxMargin): Promise<FirefoxMargin> {
  await m.control.evaluate('browser.runtime.reload()').catch(() => undefined);
  const control = await waitFor(() => openExtensionPage(m, 'src/ui/options/index.html'), 'the extension to come back', 30_000);
  return { ...m, control };
}
