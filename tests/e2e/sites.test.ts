import { beforeAll, describe, expect, it } from 'vitest';
import { callMargin, openExtensionPage, openPage, tabIdOf, useBrowser } from './support/browser.ts';
import { visibleText } from './support/page-helpers.ts';
import { clickInShadow, shadowText, waitInShadow } from './support/shadow.ts';
import { newsPage } from './support/test-pages.ts';

const env = useBrowser();
beforeAll(() => {
  env.server.route('/site/one.html', newsPage({ title: 'First page' }));
  env.server.route('/site/two.html', newsPage({ title: 'Second page', topic: 'the river dam' }));
});

async function pick(page: import('playwright-core').Page, selector: string) {
  await callMargin(env.margin, 'pick', await tabIdOf(env.margin, page));
  await waitInShadow(page, '.pick-hint');
  const box = await page.locator(selector).boundingBox();
  await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
  await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
  // Outside the article: the confirmation offers the whole site first.
  await clickInShadow(page, '[data-action="pick-hide"]');
}

describe('"Hide this" picker', () => {
  it('hides the clicked element, saves it for the site, undoes, and lists it in the options page', async () => {
    const page = await openPage(env.margin, env.server.origin + '/site/one.html');
    await pick(page, '#promo');
    await expect.poll(() => visibleText(page)).not.toContain('Subscribe today');
    expect(await visibleText(page)).toContain('Most read'); // only the picked element
    await waitInShadow(page, '[data-action="toast-action"]');
    expect(await shadowText(page, '[data-field="toast"]')).toBe('Hidden: the box ‘Subscribe today for the full picture’ on every page of 127.0.0.1');

    // Undo brings it back and forgets the rule.
    await clickInShadow(page, '[data-action="toast-action"]');
    await expect.poll(() => visibleText(page)).toContain('Subscribe today');
    await page.reload();
    await page.waitForTimeout(300);
    expect(await visibleText(page)).toContain('Subscribe today');

    // Pick again: it stays hidden on reload and on the site's other pages.
    await pick(page, '#promo');
    await expect.poll(() => visibleText(page)).not.toContain('Subscribe today');
    const other = await openPage(env.margin, env.server.origin + '/site/two.html');
    await expect.poll(() => visibleText(other)).not.toContain('Subscribe today');
    expect(await visibleText(other)).toContain('river dam');

    // The options page lists it; deleting it there shows the element again in open pages.
    const options = await openExtensionPage(env.margin, 'src/ui/options/index.html');
    const row = options.locator('[data-host="127.0.0.1"] li');
    await row.locator('[data-action="show-selector"]').click();
    await expect.poll(() => row.locator('input').inputValue()).toBe('#promo');
    await row.locator('[data-action="delete-rule"]').click();
    await expect.poll(() => visibleText(other)).toContain('Subscribe today');
    await options.locator('[data-action="undo-delete"]').click();
    await expect.poll(() => visibleText(other)).not.toContain('Subscribe today');
    await options.close();
    await other.close();
    await page.close();
  });
});

describe('"Always clean this site"', () => {
  it('cleans every later page of the site as it loads, without showing the clutter first', async () => {
    env.server.route('/auto/one.html', newsPage({ title: 'Auto one' }));
    env.server.route(
      '/auto/two.html',
      newsPage({
        title: 'Auto two',
        // Record what the reader would see at the first moment the page could be painted.
        head: '<script>document.addEventListener("DOMContentLoaded", () => { window.firstOpacity = getComputedStyle(document.body).opacity; });</script>',
      }),
    );
    const first = await openPage(env.margin, env.server.origin + '/auto/one.html');
    const popup = await openExtensionPage(env.margin, `src/ui/popup/index.html?tabId=${await tabIdOf(env.margin, first)}&noauto`);
    const box = popup.locator('[data-action="auto-clean"]');
    await box.waitFor();
    await box.check();
    await expect.poll(() => box.isChecked()).toBe(true);
    await popup.close();

    const second = await openPage(env.margin, env.server.origin + '/auto/two.html');
    await expect.poll(() => second.evaluate(() => document.documentElement.hasAttribute('data-margin-clean'))).toBe(true);
    expect(await second.evaluate(() => (window as unknown as { firstOpacity: string }).firstOpacity)).toBe('0');
    expect(await second.evaluate(() => getComputedStyle(document.body).opacity)).toBe('1');
    expect(await visibleText(second)).not.toContain('Most read');
    expect(await visibleText(second)).toContain('Paragraph 5');

    // The options page lists the site and can stop it: the next page loads as it is.
    const options = await openExtensionPage(env.margin, 'src/ui/options/index.html');
    await options.locator('[data-auto-clean="127.0.0.1"] [data-action="stop-auto-clean"]').click();
    await expect.poll(() => options.locator('[data-auto-clean]').count()).toBe(0);
    await options.close();
    await second.reload();
    await second.waitForTimeout(500);
    expect(await visibleText(second)).toContain('Most read');
    await second.close();
    await first.close();
  });
});
