/**
 * A picker that cannot silently hurt other pages: no positional selector into the article, "this page" or
 * "this site" chosen in the confirmation, a warning inside the article, rules described in words.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { callMargin, openExtensionPage, tabIdOf, useBrowser, waitForContentScript } from './support/browser.ts';
import { fold, visibleText } from './support/page-helpers.ts';
import { clickInShadow, evalInShadow, findInShadow, shadowText, waitInShadow } from './support/shadow.ts';

const env = useBrowser();
const STORY = '/fixtures/ferry-deal.html';
const OTHER = '/fixtures/port-wages.html';

/** The other article's paragraphs, by their first words: none may ever be hidden by the story's rules. */
const OTHER_PARAGRAPHS = [
  'Port workers in Tallinn voted on Friday',
  'The agreement raises pay by six percent',
  'The port authority said cargo handling',
  'Under the deal, the port will also hire',
  'Business groups welcomed the end',
  'Traders said the slowdown',
];

async function open(path: string): Promise<Page> {
  const page = await env.margin.context.newPage();
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(env.server.origin + path);
  await waitForContentScript(env.margin, page);
  return page;
}

/** Starts the picker and clicks, with the real mouse, the element the page selector names. */
async function pick(page: Page, selector: string) {
  await callMargin(env.margin, 'pick', await tabIdOf(env.margin, page));
  await waitInShadow(page, '.pick-hint');
  const target = page.locator(selector).first();
  await target.scrollIntoViewIfNeeded();
  const box = (await target.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await waitInShadow(page, '.pick-confirm');
}

const scopeChecked = (page: Page, scope: string) => evalInShadow<boolean>(page, `[data-scope="${scope}"]`, 'function () { return this.checked; }');

const description = async (page: Page) => fold((await shadowText(page, '[data-field="pick-description"]')) ?? '');

describe('"Hide this" scope', () => {
  it('hides a picked paragraph on its page only, never on another article of the site', async () => {
    const story = await open(STORY);
    await pick(story, 'p:has-text("Nordic Ferry Holdings said it expected")');
    // Inside the article: a warning, "this page" offered first, the rule in words.
    expect(fold((await shadowText(story, '[data-field="pick-warning"]')) ?? '')).toContain('part of the article');
    expect(await scopeChecked(story, 'page')).toBe(true);
    expect(await description(story)).toMatch(
      /^Hide the paragraph ‘Nordic Ferry Holdings said it expected…’ on the page 127\.0\.0\.1:\d+\/fixtures\/ferry-deal\.html only\?$/,
    );
    // The selector on request: never a position.
    await clickInShadow(story, '[data-action="show-selector"]');
    const selector = (await shadowText(story, '[data-field="pick-selector"]')) ?? '';
    expect(selector).not.toMatch(/nth-|:first|:last/);
    await clickInShadow(story, '[data-action="pick-hide"]');
    await expect.poll(() => visibleText(story)).not.toContain('Nordic Ferry Holdings said it expected');
    expect(await visibleText(story)).toContain('Rinne said the city had not published');
    await waitInShadow(story, '[data-action="toast-action"]');
    expect(fold((await shadowText(story, '[data-field="toast"]')) ?? '')).toMatch(
      /^Hidden: the paragraph ‘Nordic Ferry Holdings said it expected…’ on the page .+ only$/,
    );

    // Another article of the same site: every paragraph stays, the fourth included.
    const other = await open(OTHER);
    await other.waitForTimeout(300);
    for (const start of OTHER_PARAGRAPHS) expect(await visibleText(other), start).toContain(start);

    // The rule holds on the story after a reload.
    await story.reload();
    await waitForContentScript(env.margin, story);
    await expect.poll(() => visibleText(story)).not.toContain('Nordic Ferry Holdings said it expected');
    await other.close();
    await story.close();
  });

  it('even for the whole site, a paragraph of the article hides only its own words elsewhere', async () => {
    const story = await open(STORY);
    await pick(story, 'p:has-text("Under the agreement, the two cities")');
    await clickInShadow(story, '[data-scope="site"]');
    expect(await description(story)).toMatch(/^Hide the paragraph ‘Under the agreement, the two cities…’ on every page of 127\.0\.0\.1\?$/);
    await clickInShadow(story, '[data-action="pick-hide"]');
    await expect.poll(() => visibleText(story)).not.toContain('Under the agreement, the two cities');

    const other = await open(OTHER);
    await other.waitForTimeout(300);
    for (const start of OTHER_PARAGRAPHS) expect(await visibleText(other), start).toContain(start);
    // The same words arriving later (a script adds the paragraph) are hidden there too, and only they.
    await other.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Under the agreement, the two cities will share the cost of new quays and charging stations, the council said.';
      document.querySelector('.article-content')!.append(p);
    });
    await expect.poll(() => other.evaluate(() => document.querySelector('.article-content p:last-child')!.checkVisibility())).toBe(false);
    for (const start of OTHER_PARAGRAPHS) expect(await visibleText(other), start).toContain(start);
    await other.close();
    await story.close();
  });

  it('hides a box outside the article on every page of the site, and lists the rules in words', async () => {
    const story = await open(STORY);
    await pick(story, '.newsletter-box h3');
    // The heading is too narrow: cancel, and widen the choice to its box with ↑.
    await clickInShadow(story, '[data-action="pick-cancel"]');
    await callMargin(env.margin, 'pick', await tabIdOf(env.margin, story));
    await waitInShadow(story, '.pick-hint');
    const box = (await story.locator('.newsletter-box p').boundingBox())!;
    await story.mouse.move(box.x + 5, box.y + box.height / 2);
    await story.keyboard.press('ArrowUp');
    await story.keyboard.press('Enter');
    await waitInShadow(story, '.pick-confirm');
    expect(await findInShadow(story, '[data-field="pick-warning"]')).toBeNull();
    expect(await scopeChecked(story, 'site')).toBe(true);
    expect(await description(story)).toBe('Hide the box ‘Newsletter’ on every page of 127.0.0.1?');
    await clickInShadow(story, '[data-action="pick-hide"]');
    await expect.poll(() => visibleText(story)).not.toContain('The Harbour Brief in your inbox');

    const other = await open(OTHER);
    await expect.poll(() => visibleText(other)).not.toContain('The Harbour Brief in your inbox');
    expect(await visibleText(other)).toContain('Most read');
    for (const start of OTHER_PARAGRAPHS) expect(await visibleText(other), start).toContain(start);

    // The options page says what each rule hides and where; the selector only on request.
    const options = await openExtensionPage(env.margin, 'src/ui/options/index.html');
    const rows = options.locator('[data-host="127.0.0.1"] li');
    await expect
      .poll(() => rows.locator('[data-field="rule-description"]').allTextContents())
      .toEqual([
        expect.stringMatching(
          /^the paragraph ‘Nordic Ferry Holdings said it expected…’ on the page 127\.0\.0\.1:\d+\/fixtures\/ferry-deal\.html only$/,
        ),
        'the paragraph ‘Under the agreement, the two cities…’ on every page of 127.0.0.1',
        'the box ‘Newsletter’ on every page of 127.0.0.1',
      ]);
    expect(await rows.locator('input[aria-label="Selector"]').count()).toBe(0);
    const newsletter = rows.nth(2);
    await newsletter.locator('[data-action="show-selector"]').click();
    expect(await newsletter.locator('input[aria-label="Selector"]').inputValue()).toBe('div.newsletter-box');
    await options.close();
    await other.close();
    await story.close();
  });
});
