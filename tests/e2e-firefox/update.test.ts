/**
 * Margin reaching pages that were open before it was installed, and open pages when it is reloaded (as an
 * update does) in Firefox: the shared scenarios (tests/e2e/scenarios/update.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { fold } from '../e2e/support/page-helpers.ts';
import { startServer } from '../e2e/support/server.ts';
import { newsPage } from '../e2e/support/test-pages.ts';
import { updateScenarios } from '../e2e/scenarios/update.ts';
import { callMargin, launch, reloadExtension, tabIdOf, waitForContentScript, type FirefoxEnv } from './support/firefox.ts';
import { firefoxDriver } from './support/firefox-driver.ts';

const env = {} as FirefoxEnv;
let before: Page;

beforeAll(async () => {
  env.server = await startServer();
  env.server.route('/before/story.html', newsPage());
  env.margin = await launch(env.server, async (browser) => {
    before = await browser.newPage();
    await before.goto(env.server.origin + '/before/story.html');
  });
});
afterAll(async () => {
  await env.margin?.close();
  await env.server?.close();
});

describe('a page open before Margin was installed', () => {
  it('is reached by Margin once it is installed, and cleans', async () => {
    await waitForContentScript(env.margin, before);
    const report = await callMargin<{ article: boolean }>(env.margin, 'clean', await tabIdOf(env.margin, before));
    expect(report.article).toBe(true);
    expect(fold(await before.evaluate(() => document.body.innerText))).not.toContain('Most read');
    await before.close();
  });
});

updateScenarios(firefoxDriver(env), async () => {
  env.margin = await reloadExtension(env.margin);
});
