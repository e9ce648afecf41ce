/**
 * The clean view's legend, reading look and focus on one name, for both browsers (tests/e2e/legend.test.ts,
 * reading.test.ts and focus.test.ts in Chromium, tests/e2e-firefox/clean-view.test.ts in Firefox): the legend
 * stays beside the article and its folding is remembered; a theme, typeface and sizes apply to the article as
 * the browser computes it and are remembered for the site only; the site's own look comes back with one
 * switch; a name clicked in the legend has its mentions marked and the others dimmed, stepped through.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { until, type Driver } from './driver.ts';
import { highlightTexts } from './reader.ts';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

type Shadow<P> = Pick<Driver<P>, 'shadow'>;

/** The legend's panel or folded button. */
export const LEGEND = '.legend, .legend-button';

const DEMO = '/demo/index.html';
const STORY = '/fixtures/ferry-deal.html';

/** The legend's box on screen, or null when there is none. */
export function legendBox<P>(d: Shadow<P>, page: P): Promise<Box | null> {
  return d.shadow.evaluate(page, LEGEND, (el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
}

/** True when the legend is folded to its button. */
export async function legendFolded<P>(d: Shadow<P>, page: P): Promise<boolean> {
  return (await d.shadow.evaluate(page, LEGEND, (el) => el.classList.contains('legend-button'))) === true;
}

/** Where the legend's names stand (`loading`, `done`, `too-long`, `failed`, `off`). */
export function namesStatus<P>(d: Shadow<P>, page: P): Promise<string | null> {
  return d.shadow.evaluate(page, LEGEND, (el) => el.getAttribute('data-names'));
}

/** Gives keyboard focus to the element matching `selector` in Margin's shadow root. */
export async function focusInShadow<P>(d: Shadow<P>, page: P, selector: string): Promise<void> {
  await d.shadow.evaluate(page, selector, (el) => void (el as HTMLElement).focus());
}

/** The boxes of the article's visible paragraphs. */
export function paragraphBoxes<P>(d: Pick<Driver<P>, 'evaluate'>, page: P): Promise<Box[]> {
  return d.evaluate(
    page,
    () =>
      [...document.querySelectorAll('[data-margin-article] p, p[data-margin-article]')]
        .map((p) => p.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0)
        .map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom })),
    null,
  );
}

/** Paragraphs whose columns the legend's column crosses (so it would cover them at some scroll position). */
export async function coveredParagraphs<P>(d: Pick<Driver<P>, 'evaluate' | 'shadow'>, page: P): Promise<Box[]> {
  const legend = await legendBox(d, page);
  if (!legend) throw new Error('no legend');
  return (await paragraphBoxes(d, page)).filter((p) => p.left < legend.right && legend.left < p.right);
}

/** Forgets every site's reading look and the legend's place (a body for `Driver.inBackground`). */
export const FORGET_READING_CHOICES = `
  const keys = await margin.db.settings.toCollection().primaryKeys();
  await margin.db.settings.bulkDelete(keys.filter((k) => k === 'legend-layout' || String(k).startsWith('reading:')));`;

/** Cleans the page and waits until the legend's names reached a final state. */
export async function cleanAndSettle<P>(d: Driver<P>, page: P): Promise<void> {
  await d.callMargin('clean', await d.tabIdOf(page));
  await until(async () => /^(done|too-long|failed|off)$/.test((await namesStatus(d, page)) ?? ''), "the legend's names", 40_000);
}

/** Opens the reading controls (they start closed). */
export async function openReadingControls<P>(d: Driver<P>, page: P): Promise<void> {
  if (await legendFolded(d, page)) await d.shadow.click(page, '[data-action="unfold-legend"]');
  const open = await d.shadow.evaluate(page, '[data-action="toggle-reading"]', (el) => el.getAttribute('aria-expanded'));
  if (open !== 'true') await d.shadow.click(page, '[data-action="toggle-reading"]');
}

/** What the reading look changes, as the browser computes it: the article's first paragraph and its column. */
export function looks<P>(d: Pick<Driver<P>, 'evaluate'>, page: P) {
  return d.evaluate(
    page,
    () => {
      const p = document.querySelector('article p, [data-margin-article] p')!;
      const root = p.closest('[data-margin-article]') ?? p.closest('article')!;
      const style = getComputedStyle(p);
      const rootBox = root.getBoundingClientRect();
      return {
        fontSize: style.fontSize,
        lineHeight: style.lineHeight,
        fontFamily: style.fontFamily,
        color: style.color,
        background: getComputedStyle(document.documentElement).backgroundColor,
        maxWidth: getComputedStyle(root).maxWidth,
        left: Math.round(rootBox.left),
        right: Math.round(rootBox.right),
        viewport: document.documentElement.clientWidth,
        theme: document.documentElement.getAttribute('data-margin-look'),
      };
    },
    null,
  );
}

/** Registers the shared hooks once per describe block: choices forgotten before, pages closed after. */
function usePages<P>(d: Driver<P>): (url: string) => Promise<P> {
  const opened: P[] = [];
  beforeEach(() => d.inBackground(FORGET_READING_CHOICES));
  // A page left open by a failed test would take the next test's clean (tabs are found by their address).
  afterEach(() => Promise.all(opened.splice(0).map((page) => d.close(page).catch(() => undefined))));
  return async (url) => {
    const page = await d.openPage(url);
    opened.push(page);
    return page;
  };
}

/** The legend: beside the article at a common width, folded and opened by mouse and keyboard, remembered. */
export function legendScenarios<P>(d: Driver<P>): void {
  describe('the legend', () => {
    const open = usePages(d);

    it('stays clear of the paragraphs at 1280 px, folds and opens by mouse and keyboard, and remembers it across a reload', async () => {
      const page = await open(d.origin + DEMO);
      await d.resize(page, 1280, 900);
      await cleanAndSettle(d, page);
      expect((await paragraphBoxes(d, page)).length).toBeGreaterThan(2);
      expect(await coveredParagraphs(d, page)).toEqual([]);
      expect(await legendFolded(d, page)).toBe(false);
      await d.shadow.click(page, '[data-action="fold-legend"]');
      await expect.poll(() => legendFolded(d, page)).toBe(true);
      const button = (await legendBox(d, page))!;
      expect(button.right - button.left).toBeLessThanOrEqual(48);

      // Remembered: a reload, cleaned again, shows the button.
      await d.reload(page);
      await cleanAndSettle(d, page);
      expect(await legendFolded(d, page)).toBe(true);
      // Keyboard: Enter on the focused button opens it, Enter on the fold button folds it, Space opens it again.
      await focusInShadow(d, page, '[data-action="unfold-legend"]');
      await d.press(page, 'Enter');
      await expect.poll(() => legendFolded(d, page)).toBe(false);
      await focusInShadow(d, page, '[data-action="fold-legend"]');
      await d.press(page, 'Enter');
      await expect.poll(() => legendFolded(d, page)).toBe(true);
      await focusInShadow(d, page, '[data-action="unfold-legend"]');
      await d.press(page, ' ');
      await expect.poll(() => legendFolded(d, page)).toBe(false);
      expect(await coveredParagraphs(d, page)).toEqual([]);

      await d.reload(page);
      await cleanAndSettle(d, page);
      expect(await legendFolded(d, page)).toBe(false);
    });
  });
}

/** The reading look of `origin`'s site as the extension's database holds it, or null. */
const storedReading = <P>(d: Driver<P>, origin: string) =>
  d.inBackground<Record<string, unknown> | null>(
    `return (await margin.db.settings.get(${JSON.stringify(`reading:${new URL(origin).hostname}`)}))?.value ?? null;`,
  );

/** The reading look: the controls, by mouse and keyboard, remembered for the site only; the site's own look. */
export function readingLookScenarios<P>(d: Driver<P>): void {
  describe('the reading look', () => {
    const open = usePages(d);

    it('follows the controls, by mouse and keyboard, and remembers them for the site only', async () => {
      const page = await open(d.origin + DEMO);
      await cleanAndSettle(d, page);
      await openReadingControls(d, page);

      await d.shadow.click(page, '[data-control="theme"][value="sepia"]');
      await expect.poll(async () => (await looks(d, page)).background).toBe('rgb(244, 236, 216)');
      expect((await looks(d, page)).color).toBe('rgb(59, 47, 30)');
      // Arrow keys move through a radio group: sepia → dark.
      await focusInShadow(d, page, '[data-control="theme"][value="sepia"]');
      await d.press(page, 'ArrowRight');
      await expect.poll(async () => (await looks(d, page)).theme).toBe('dark');
      expect((await looks(d, page)).background).toBe('rgb(27, 29, 33)');

      await d.shadow.click(page, '[data-control="font"][value="serif"]');
      await expect.poll(async () => (await looks(d, page)).fontFamily).toMatch(/^Charter/);

      await focusInShadow(d, page, '[data-control="size"]');
      await d.press(page, 'ArrowRight');
      await d.press(page, 'ArrowRight');
      await expect.poll(async () => (await looks(d, page)).fontSize).toBe('21px');
      await focusInShadow(d, page, '[data-control="line-height"]');
      await d.press(page, 'ArrowRight');
      await expect.poll(async () => parseFloat((await looks(d, page)).lineHeight)).toBeCloseTo(21 * 1.7, 1);
      await focusInShadow(d, page, '[data-control="width"]');
      await d.press(page, 'ArrowLeft');
      await d.press(page, 'ArrowLeft');
      await expect.poll(async () => (await looks(d, page)).maxWidth).toBe('600px');
      const chosen = await looks(d, page);

      // Saved a moment after the last change; a reload cleaned again shows the same look.
      await expect
        .poll(() => storedReading(d, d.origin))
        .toMatchObject({ styled: true, theme: 'dark', font: 'serif', size: 21, lineHeight: 1.7, width: 600 });
      await d.reload(page);
      await cleanAndSettle(d, page);
      const again = await looks(d, page);
      expect({ ...again, left: 0, right: 0 }).toEqual({ ...chosen, left: 0, right: 0 });

      // Another site (the same server under another name) keeps the defaults.
      const other = await open(d.origin.replace('127.0.0.1', 'localhost') + DEMO);
      await cleanAndSettle(d, other);
      const otherLook = await looks(d, other);
      expect(otherLook.theme).toBe('light');
      expect(otherLook.fontSize).toBe('19px');
    });

    it("gives the site's own look back with one switch, and remembers it", async () => {
      const page = await open(d.origin + DEMO);
      const site = await looks(d, page);
      await cleanAndSettle(d, page);
      const styled = await looks(d, page);
      expect(styled.fontSize).not.toBe(site.fontSize);
      expect(styled.left).not.toBe(site.left);

      await d.shadow.click(page, '[data-action="site-look"]');
      await expect.poll(async () => (await looks(d, page)).theme).toBeNull();
      const back = await looks(d, page);
      // (The column's right edge may move: the cleaner hides the sidebar the site's column shared the row with.)
      for (const key of ['fontSize', 'lineHeight', 'fontFamily', 'color', 'left', 'background'] as const) expect(back[key], key).toBe(site[key]);
      // The clutter stays hidden: only the look went.
      expect(await d.evaluate(page, () => document.body.innerText.includes('Latest News'), null)).toBe(false);

      await expect.poll(() => storedReading(d, d.origin)).toMatchObject({ styled: false });
      await d.reload(page);
      await cleanAndSettle(d, page);
      expect((await looks(d, page)).fontSize).toBe(site.fontSize);
      // The controls of a look that is off cannot be used.
      await openReadingControls(d, page);
      expect(await d.shadow.evaluate(page, 'fieldset.controls', (el) => (el as HTMLFieldSetElement).disabled)).toBe(true);
      await d.shadow.click(page, '[data-action="site-look"]');
      await expect.poll(async () => (await looks(d, page)).fontSize).toBe('19px');
    });
  });
}

/** The passages marked as the followed name's mentions, or as the one stepped to. */
export async function focusMarksOf<P>(d: Pick<Driver<P>, 'evaluate'>, page: P, name: 'mention' | 'current'): Promise<string[]> {
  return (await highlightTexts(d, page, `margin-focus-${name}`))[`margin-focus-${name}`] ?? [];
}

/** The legend's "Name 2 / 4" while a name is followed. */
export async function focusPosition<P>(d: Pick<Driver<P>, 'shadow'>, page: P): Promise<string | undefined> {
  return (await d.shadow.text(page, '[data-field="focus-position"]'))?.replace(/\s+/g, ' ').trim();
}

/** Focus on one name: clicked in the legend, its mentions marked, the other marks dimmed, stepped through. */
export function focusScenarios<P>(d: Driver<P>): void {
  describe('following one name', () => {
    const open = usePages(d);
    const focusMarks = (page: P, name: 'mention' | 'current') => focusMarksOf(d, page, name);
    const position = (page: P) => focusPosition(d, page);

    it('follows one name through the article from the legend: its mentions marked, the rest dimmed, previous and next', async () => {
      const page = await open(d.origin + STORY);
      // Wide enough for the legend to sit open beside the article.
      await d.resize(page, 1600, 900);
      await d.callMargin('clean', await d.tabIdOf(page));
      await until(() => d.shadow.has(page, '[data-group-count="people"]'), "the legend's people");

      await d.shadow.click(page, '[data-action="focus-name"][data-name="Jonas Varga"]');
      // Every mention, the surname alone included, even with first mentions only on.
      await expect.poll(() => focusMarks(page, 'mention')).toEqual(['Jonas Varga', 'Varga', 'Varga', 'Varga']);
      expect(await focusMarks(page, 'current')).toEqual(['Jonas Varga']);
      expect(await position(page)).toBe('Jonas Varga 1 / 4');
      // The other marks are dimmed: drawn under their dimmed names only.
      const marks = await highlightTexts(d, page, 'margin-');
      expect(marks['margin-entity-places']).toBeUndefined();
      expect(marks['margin-dim-places']).toEqual(expect.arrayContaining(['Helsinki', 'Tallinn']));
      expect(marks['margin-dim-people'] ?? []).not.toContain('Jonas Varga');

      // Next and previous with the buttons, then with the keys.
      await d.shadow.click(page, '[data-action="focus-next"]');
      await expect.poll(() => position(page)).toBe('Jonas Varga 2 / 4');
      expect(await focusMarks(page, 'current')).toEqual(['Varga']);
      await d.press(page, 'ArrowRight');
      await expect.poll(() => position(page)).toBe('Jonas Varga 3 / 4');
      await d.press(page, 'n');
      await expect.poll(() => position(page)).toBe('Jonas Varga 4 / 4');
      await d.press(page, 'ArrowLeft');
      await expect.poll(() => position(page)).toBe('Jonas Varga 3 / 4');
      await d.shadow.click(page, '[data-action="focus-prev"]');
      await d.shadow.click(page, '[data-action="focus-prev"]');
      await d.shadow.click(page, '[data-action="focus-prev"]');
      await expect.poll(() => position(page)).toBe('Jonas Varga 4 / 4'); // round the start

      // Escape stops following: every mark as before.
      await d.press(page, 'Escape');
      await expect.poll(() => focusMarks(page, 'mention')).toEqual([]);
      expect(await d.shadow.has(page, '[data-field="focus-position"]')).toBe(false);
      const after = await highlightTexts(d, page, 'margin-');
      expect(after['margin-entity-places']).toEqual(expect.arrayContaining(['Helsinki', 'Tallinn']));
      expect(Object.keys(after).filter((k) => k.startsWith('margin-dim-'))).toEqual([]);
    });
  });
}

/** Every clean-view scenario, for a suite that runs them all in one file. */
export function cleanViewScenarios<P>(d: Driver<P>): void {
  legendScenarios(d);
  readingLookScenarios(d);
  focusScenarios(d);
}
