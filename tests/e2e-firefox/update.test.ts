/** Margin reaching pages that were open before it was installed, in Firefox. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { fold } from '../e2e/support/page-helpers.ts';
import { startServer, type TestServer } from '../e2e/support/server.ts';
import { newsPage } from '../e2e/support/test-pages.ts';
import { callMargin, launch, tabIdOf, waitForContentScript, type FirefoxMargin } from './support/firefox.ts';

let server: TestServer;
let margin: FirefoxMargin;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  server.route('/before/story.html', newsPage());
  margin = await launch(server, async (browser) => {
    page = await browser.newPage();
    await page.goto(server.origin + '/before/story.html');
  });
});
afterAll(async () => {
  await margin?.close();
  await server?.close();
});

describe('a page open before Margin was installed', () => {
  it('is reached by Margin once it is installed, and cleans', async () => {
    await waitForContentScript(margin, page);
    const report = await callMargin<{ article: boolean }>(margin, 'clean', await tabIdOf(margin, page));
    expect(report.article).toBe(true);
    expect(fold(await page.evaluate(() => document.body.innerText))).not.toContain('Most read');
  });
});
