/** The Firefox suite's driver for the shared scenarios (tests/e2e/scenarios): puppeteer over BiDi, Margin in Firefox. */
import type { Frame, KeyInput, Page } from 'puppeteer-core';
import { until, type Driver, type Editor } from '../../e2e/scenarios/driver.ts';
import {
  callMargin,
  clickInFrame,
  clickInShadow,
  hasInShadow,
  inShadow,
  noteFrame,
  openExtensionPage,
  openPage,
  reload,
  shadowText,
  tabIdOf,
  waitForContentScript,
  type FirefoxEnv,
  type FirefoxMargin,
} from './firefox.ts';

/** Runs `body` (an async function's body with `margin` in scope) against the background page's API. */
export function inBackground<T>(m: FirefoxMargin, body: string): Promise<T> {
  return m.control.evaluate(
    `(async () => {
      const bg = await browser.runtime.getBackgroundPage();
      for (let i = 0; !bg.margin && i < 200; i++) await new Promise((ok) => setTimeout(ok, 25));
      const result = await (async (margin) => { ${body} })(bg.margin);
      return result === undefined ? null : JSON.parse(JSON.stringify(result));
    })()`,
  ) as Promise<T>;
}

function frameEditor(page: Page, frame: Frame): Editor {
  return {
    click: (action) => clickInFrame(frame, `[data-action="${action}"]`),
    value: () => frame.$eval('[data-action="note-text"]', (el) => (el as HTMLTextAreaElement).value),
    text: (selector) => frame.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector),
    isOpen: async () => (await noteFrame(page)) === frame,
  };
}

/** "Control+End" and the like: modifiers held while the last key is pressed. */
async function press(page: Page, combo: string): Promise<void> {
  const keys = combo.split('+') as KeyInput[];
  const key = keys.pop()!;
  for (const modifier of keys) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
}

/** A driver over `env`, read at each call (its browser starts after the test file has loaded, and a reload replaces it). */
export function firefoxDriver(env: FirefoxEnv): Driver<Page> {
  return {
    get origin() {
      return env.server.origin;
    },
    route: (path, html) => env.server.route(path, html),
    openPage: (url) => openPage(env.margin, url),
    resize: (page, width, height) => page.setViewport({ width, height }),
    async reload(page) {
      await reload(page);
      await waitForContentScript(env.margin, page);
    },
    openExtensionPage: (path) => openExtensionPage(env.margin, path),
    url: (page) => page.evaluate(() => location.href),
    tabIdOf: (page) => tabIdOf(env.margin, page),
    close: (page) => page.close(),
    evaluate: (page, fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    callMargin: (method, ...args) => callMargin(env.margin, method, ...args),
    inBackground: (body) => inBackground(env.margin, body),
    click: (page, x, y) => page.mouse.click(x, y),
    async drag(page, from, to) {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 5 });
      await page.mouse.up();
    },
    press,
    type: (page, text) => page.keyboard.type(text),
    shadow: {
      has: hasInShadow,
      text: shadowText,
      click: clickInShadow,
      evaluate: (page, selector, fn) => inShadow(page, selector, fn.toString()),
    },
    async editor(page) {
      const frame = await noteFrame(page);
      const ready = await frame?.evaluate(() => Boolean(document.querySelector('[data-action="note-text"]'))).catch(() => false);
      return frame && ready ? frameEditor(page, frame) : null;
    },
    async openedBy(act) {
      const before = new Set(await env.margin.browser.pages());
      await act();
      return until(async () => (await env.margin.browser.pages()).find((p) => !before.has(p)), 'a new tab');
    },
    async download(page, act) {
      // The extension pages save files through an <a download> they click (src/ui/shared/download.ts); BiDi
      // reports no download in Firefox, so the page's link is read as it is clicked.
      await page.evaluate(() => {
        const saved: { name: string; href: string }[] = [];
        (window as unknown as { __saved: typeof saved }).__saved = saved;
        const click = HTMLAnchorElement.prototype.click;
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          if (this.download) saved.push({ name: this.download, href: this.href });
          else click.call(this);
        };
      });
      await act();
      return page.evaluate(async () => {
        const saved = (window as unknown as { __saved: { name: string; href: string }[] }).__saved;
        for (let i = 0; !saved.length && i < 600; i++) await new Promise((ok) => setTimeout(ok, 50));
        if (!saved.length) throw new Error(`The page saved no file; it shows: ${document.body.innerText.slice(0, 600)}`);
        return { name: saved[0].name, text: await (await fetch(saved[0].href)).text() };
      });
    },
    async chooseFile(page, selector, path) {
      const input = await page.waitForSelector(selector, { timeout: 10_000 });
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(path);
      await input!.dispose().catch(() => undefined);
    },
    async frameUrls(page) {
      const frames = page.frames().filter((f) => f !== page.mainFrame() && !f.detached);
      // puppeteer keeps a frame's first address: each frame is asked where it is.
      return Promise.all(frames.map((f) => f.evaluate(() => location.href).catch(() => f.url())));
    },
  };
}
