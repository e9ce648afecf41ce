import { describe, expect, it } from 'vitest';
import { callMargin, openExtensionPage, openPage, tabIdOf, useBrowser } from './support/browser.ts';
import { highlightTexts } from './support/page-helpers.ts';
import { SPECIFIED_PAGES } from './support/seed.ts';
import { clickInShadow, shadowText, waitInShadow } from './support/shadow.ts';

const env = useBrowser();

const GROUP = { PER: 'margin-entity-people', ORG: 'margin-entity-organizations', LOC: 'margin-entity-places' } as const;

describe('entities and key figures', () => {
  it.each(SPECIFIED_PAGES)(
    'marks people, organizations, places and figures on the $name, with a legend that counts and switches them',
    async ({ path, expected: seedExpected }) => {
      const page = await openPage(env.margin, env.server.origin + path);
      const tabId = await tabIdOf(env.margin, page);
      const textBefore = await page.evaluate(() => document.body.textContent);
      await callMargin(env.margin, 'clean', tabId);
      await waitInShadow(page, '[data-group-count="people"]');

      const marks = await highlightTexts(page, 'margin-entity-');
      for (const [type, names] of Object.entries(seedExpected.entities) as [keyof typeof GROUP, string[]][]) {
        for (const name of names) expect(marks[GROUP[type]] ?? [], `${name} as ${type}`).toContain(name);
      }
      const figures = [...(marks['margin-entity-figures'] ?? []), ...(marks['margin-entity-dates'] ?? [])].join(' | ');
      for (const number of seedExpected.numbers) expect(figures, `figure ${number}`).toContain(number);
      const names = [...(marks[GROUP.PER] ?? []), ...(marks[GROUP.ORG] ?? []), ...(marks[GROUP.LOC] ?? [])];
      for (const wrong of seedExpected.not_entities) expect(names, `${wrong} is not a name`).not.toContain(wrong);

      // Highlighting leaves the page's text alone.
      expect(await page.evaluate(() => document.body.textContent)).toBe(textBefore);

      // The legend counts each kind and switches it off and on.
      const people = Number(await shadowText(page, '[data-group-count="people"]'));
      expect(people).toBe((marks[GROUP.PER] ?? []).length);
      await clickInShadow(page, '[data-action="toggle-people"]');
      await expect.poll(async () => (await highlightTexts(page, GROUP.PER))[GROUP.PER]).toBeUndefined();
      await clickInShadow(page, '[data-action="toggle-people"]');
      await expect.poll(async () => (await highlightTexts(page, GROUP.PER))[GROUP.PER]?.length).toBe(people);

      // The side panel's Key facts: names with mention counts, figures with their sentence; a click shows it.
      const panel = await openExtensionPage(env.margin, `src/ui/sidepanel/index.html?tabId=${tabId}`);
      const peopleFacts = panel.locator('[data-section="People"] button.fact');
      await expect.poll(() => peopleFacts.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(seedExpected.entities.PER[0])]));
      const figure = panel.locator('[data-section="Figures"] button.fact').first();
      const figureText = (await figure.textContent()) ?? '';
      expect(figureText).toMatch(/ — .+\./); // the figure's sentence follows it
      await page.bringToFront();
      await figure.click();
      await expect.poll(async () => (await highlightTexts(page, 'margin-focus'))['margin-focus']?.[0]).toBe(figureText.split(' — ')[0]);
      await panel.close();

      await callMargin(env.margin, 'restore', tabId);
      expect(Object.keys(await highlightTexts(page, 'margin-entity-'))).toEqual([]);
      await page.close();
    },
  );

  it('marks no names on a page in Portuguese, says so in the legend, and still marks figures', async () => {
    const page = await openPage(env.margin, env.server.origin + '/fixtures/noticia-pt.html');
    const tabId = await tabIdOf(env.margin, page);
    await callMargin(env.margin, 'clean', tabId);
    await waitInShadow(page, '[data-status="names-not-marked"]');
    expect(await shadowText(page, '[data-status="names-not-marked"]')).toContain('Names are not marked in Portuguese');

    const marks = await highlightTexts(page, 'margin-entity-');
    // No capitalised common word ("Assista", "Veja", "Acompanhem") and no name is marked as one.
    for (const group of Object.values(GROUP)) expect(marks[group] ?? [], group).toEqual([]);
    expect(marks['margin-entity-figures'] ?? []).toEqual(expect.arrayContaining(['20%', '8%']));
    await callMargin(env.margin, 'restore', tabId);
    await page.close();
  });
});
