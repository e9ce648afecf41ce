/** The reader's per-site choices in Firefox: the "Hide this" picker's rules and "Always clean this site". */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { fold } from '../e2e/support/page-helpers.ts';
import { newsPage } from '../e2e/support/test-pages.ts';
import { callMargin, clickInShadow, openExtensionPage, openPage, shadowText, tabIdOf, useFirefox, waitFor } from './support/firefox.ts';

const env = useFirefox();
beforeAll(() => {
  env.server.route('/site/one.html', newsPage({ title: 'First page' }));
  env.server.route('/site/two.html', newsPage({ title: 'Second page', topic: 'the river dam' }));
  env.server.route('/auto/one.html', newsPage({ title: 'Auto one' }));
  env.server.route('/auto/two.html', newsPage({ title: 'Auto two' }));
});

const visibleText = async (page: Page) => fold(await page.evaluate(() => document.body.innerText));

describe('per-site choices in Firefox', () => {
  it('hides a picked element on every page of the site and lists the rule in the options page', async () => {
    const page = await openPage(env.margin, env.server.origin + '/site/one.html');
    await callMargin(env.margin, 'pick', await tabIdOf(env.margin, page));
    await waitFor(() => shadowText(page, '.pick-hint'), 'the picker');
    const box = (await (await page.$('#promo'))!.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    // Outside the article: the confirmation offers the whole site first.
    await waitFor(() => shadowText(page, '.pick-confirm'), 'the confirmation');
    await clickInShadow(page, '[data-action="pick-hide"]');
    await expect.poll(() => visibleText(page)).not.toContain('Subscribe today');
    expect(await visibleText(page)).toContain('Most read'); // only the picked element

    const other = await openPage(env.margin, env.server.origin + '/site/two.html');
    await expect.poll(() => visibleText(other)).not.toContain('Subscribe today');
    expect(await visibleText(other)).toContain('river dam');

    const options = await openExtensionPage(env.margin, 'src/ui/options/index.html');
    await options.waitForSelector('[data-host="127.0.0.1"] li [data-action="show-selector"]');
    await options.click('[data-host="127.0.0.1"] li [data-action="show-selector"]');
    await expect.poll(() => options.$eval('[data-host="127.0.0.1"] li input', (el) => (el as HTMLInputElement).value)).toBe('#promo');
    await options.click('[data-host="127.0.0.1"] li [data-action="delete-rule"]');
    await expect.poll(() => visibleText(other)).toContain('Subscribe today');
    await options.close();
    await other.close();
    await page.close();
  });

  it('cleans every later page of a site chosen in the popup as it loads', async () => {
    const first = await openPage(env.margin, env.server.origin + '/auto/one.html');
    const popup = await openExtensionPage(env.margin, `src/ui/popup/index.html?tabId=${await tabIdOf(env.margin, first)}&noauto`);
    const checked = () => popup.$eval('[data-action="auto-clean"]', (el) => (el as HTMLInputElement).checked);
    await waitFor(() => popup.$('[data-action="auto-clean"]'), 'the auto-clean switch');
    await popup.click('[data-action="auto-clean"]');
    await expect.poll(checked).toBe(true);
    await popup.close();

    const second = await openPage(env.margin, env.server.origin + '/auto/two.html');
    await expect.poll(() => second.evaluate(() => document.documentElement.hasAttribute('data-margin-clean'))).toBe(true);
    expect(await visibleText(second)).not.toContain('Most read');
    expect(await visibleText(second)).toContain('Paragraph 5');
    await second.close();
    await first.close();
  });
});
