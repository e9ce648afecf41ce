/** Margin reaching pages that were open before it was installed or reloaded (as an update does), in Firefox. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { fold } from '../e2e/support/page-helpers.ts';
import { startServer, type TestServer } from '../e2e/support/server.ts';
import { newsPage } from '../e2e/support/test-pages.ts';
import { callMargin, launch, reloadExtension, tabIdOf, waitForContentScript, type FirefoxMargin } from './support/firefox.ts';

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

const visibleText = async () => fold(await page.evaluate(() => document.body.innerText));
const isClean = () => page.evaluate(() => document.documentElement.hasAttribute('data-margin-clean'));

describe('a page open before Margin was installed', () => {
  it('is reached by Margin once it is installed, and cleans', async () => {
    await waitForContentScript(margin, page);
    const report = await callMargin<{ article: boolean }>(margin, 'clean', await tabIdOf(margin, page));
    expect(report.article).toBe(true);
    expect(await visibleText()).not.toContain('Most read');
  });

  it('gets the new copy of Margin when Margin is reloaded, in clean view, without reloading the page', async () => {
    expect(await isClean()).toBe(true);
    await page.evaluate(() => void ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    margin = await reloadExtension(margin);
    await waitForContentScript(margin, page);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    const tabId = await tabIdOf(margin, page);
    // The old copy's clean view ended with it; the new copy cleans and restores.
    await expect.poll(isClean).toBe(false);
    expect(await visibleText()).toContain('Most read');
    expect((await callMargin<{ article: boolean }>(margin, 'clean', tabId)).article).toBe(true);
    expect(await visibleText()).not.toContain('Most read');
    await callMargin(margin, 'restore', tabId);
    expect(await visibleText()).toContain('Most read');
  });
});
