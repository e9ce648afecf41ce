/** The Chromium suite's driver for the shared scenarios (tests/e2e/scenarios): Playwright over Margin in Chromium. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Driver, Editor } from '../scenarios/driver.ts';
import { callMargin, openExtensionPage, openPage, tabIdOf, waitForContentScript, type TestEnv } from './browser.ts';
import { currentEditor } from './note-editor.ts';
import { clickInShadow, evalInShadow, findInShadow, shadowText } from './shadow.ts';

/** A driver over `env`, read at each call (its browser starts after the test file has loaded). */
export function chromiumDriver(env: TestEnv): Driver<Page> {
  return {
    get origin() {
      return env.server.origin;
    },
    route: (path, html) => env.server.route(path, html),
    openPage: (url) => openPage(env.margin, url),
    resize: (page, width, height) => page.setViewportSize({ width, height }),
    async reload(page) {
      await page.reload();
      await waitForContentScript(env.margin, page);
    },
    openExtensionPage: (path) => openExtensionPage(env.margin, path),
    url: async (page) => page.url(),
    tabIdOf: (page) => tabIdOf(env.margin, page),
    close: (page) => page.close(),
    evaluate: (page, fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    callMargin: (method, ...args) => callMargin(env.margin, method, ...args),
    inBackground: (body) => env.margin.worker.evaluate(`(async (margin) => { ${body} })(globalThis.margin)`),
    click: (page, x, y) => page.mouse.click(x, y),
    async drag(page, from, to) {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 5 });
      await page.mouse.up();
    },
    press: (page, key) => page.keyboard.press(key),
    type: (page, text) => page.keyboard.type(text),
    shadow: {
      has: async (page, selector) => Boolean(await findInShadow(page, selector).catch(() => null)),
      text: (page, selector) => shadowText(page, selector).catch(() => null),
      click: (page, selector) => clickInShadow(page, selector),
      evaluate: (page, selector, fn) => evalInShadow(page, selector, `function () { return (${fn.toString()})(this); }`),
    },
    editor: (page): Promise<Editor | null> => currentEditor(page),
    async openedBy(act) {
      const [page] = await Promise.all([env.margin.context.waitForEvent('page'), act()]);
      return page;
    },
    async download(page, act) {
      const [file] = await Promise.all([page.waitForEvent('download'), act()]);
      return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
    },
    chooseFile: (page, selector, path) => page.locator(selector).setInputFiles(path),
    frameUrls: async (page) =>
      page
        .frames()
        .filter((f) => f !== page.mainFrame() && !f.isDetached())
        .map((f) => f.url()),
  };
}
