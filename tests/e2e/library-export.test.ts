/**
 * Exporting the library the way researchers work, and bringing notes in, in the built extension: notes on
 * two pages out as a Markdown zip (unzipped and read back), CSV, BibTeX and CSL-JSON through
 * `globalThis.margin.exportLibrary` and the options page; one page's Markdown on the clipboard from the side
 * panel; a Hypothesis export imported from the options page, re-attached when its page is opened.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callMargin, openExtensionPage, openPage, tabIdOf, useBrowser } from './support/browser.ts';
import { highlightTexts } from './support/page-helpers.ts';
import { newsPage } from './support/test-pages.ts';

const env = useBrowser();

/** Runs `body` (the text of an async function body) in the service worker, with `margin` in scope. */
const inWorker = <T>(worker: Worker, body: string): Promise<T> => worker.evaluate(`(async (margin) => { ${body} })(globalThis.margin)`) as Promise<T>;
const WIPE = `await Promise.all(['annotations', 'drafts', 'pages', 'settings'].map((t) => margin.db.table(t).clear()));`;

const TITLE_A = 'Harbour bridge costs *rise* again';
const TITLE_B = 'Rail tunnel timetable slips';
const PASSAGE = 'The minister said the plan would cost more than expected';
const NOTE_A = '[[Rare earths]] #minerals **USGS**';
const NOTE_B = 'Ask the ministry for the tender, see [the budget](https://budget.example/2026)';

interface ExportFile {
  fileName: string;
  mimeType: string;
  base64?: string;
  text?: string;
}

const noteMarks = async (page: Page) => Object.values(await highlightTexts(page, 'margin-note-')).flat();

/** Two pages with a highlight and a note each, their records stored, and a meaning for yellow. */
async function notesOnTwoPages(): Promise<{ a: string; b: string }> {
  const worker = env.margin.worker;
  await inWorker(worker, WIPE);
  env.server.route('/library/a.html', newsPage({ title: TITLE_A, topic: 'the harbour bridge' }));
  env.server.route('/library/b.html', newsPage({ title: TITLE_B, topic: 'the rail tunnel' }));
  const urls = { a: `${env.server.origin}/library/a.html`, b: `${env.server.origin}/library/b.html` };
  for (const [url, note, color] of [
    [urls.a, NOTE_A, 'yellow'],
    [urls.b, NOTE_B, 'green'],
  ] as const) {
    const page = await openPage(env.margin, url);
    expect(await callMargin(env.margin, 'highlightText', await tabIdOf(env.margin, page), PASSAGE, { note, color })).toBeTruthy();
    // The page's record (title, site, key facts) is written just after the highlight.
    await expect
      .poll(() => inWorker<string>(worker, `return (await margin.db.pages.get(${JSON.stringify(url)}))?.keyFacts?.length ?? -1;`))
      .toBeGreaterThan(0);
    await page.close();
  }
  await inWorker(
    worker,
    `await margin.db.pages.update(${JSON.stringify(urls.a)}, { note: 'Compare with [[Bridge budget]]', tags: ['infrastructure'] });`,
  );
  await inWorker(worker, `await margin.db.settings.put({ key: 'colorMeanings', value: { yellow: 'claim', green: 'evidence' } });`);
  return urls;
}

describe('library export', () => {
  it('writes a Markdown zip, CSV, BibTeX and CSL-JSON of notes on two pages', async () => {
    const urls = await notesOnTwoPages();

    const zip = await callMargin<ExportFile>(env.margin, 'exportLibrary', { format: 'markdown-zip' });
    expect(zip.fileName).toMatch(/^margin-library-\d{4}-\d{2}-\d{2}\.zip$/);
    expect(zip.mimeType).toBe('application/zip');
    const files = unzipSync(Buffer.from(zip.base64!, 'base64'));
    const names = Object.keys(files).sort();
    expect(names).toHaveLength(2);
    for (const name of names) expect(name).toMatch(/^127\.0\.0\.1\/.+ [0-9a-z]{6}\.md$/);
    const textOf = (title: RegExp) => strFromU8(files[names.find((n) => title.test(n))!]);
    const a = textOf(/Harbour bridge costs rise again/);
    const b = textOf(/Rail tunnel timetable slips/);
    // The note as typed; page text (title, quote) escaped.
    expect(a).toContain(`\n\n${NOTE_A}\n`);
    expect(a).toContain('# Harbour bridge costs \\*rise\\* again\n');
    expect(a).toMatch(/^title: Harbour bridge costs \*rise\* again$/m);
    expect(a).toContain(`> ${PASSAGE} [↗](${urls.a}#:~:text=`);
    expect(a).toMatch(/\n\n\^[0-9a-f]{8}\n\nColour: yellow \(claim\)\n\n/);
    expect(a).toContain('## Note\n\nCompare with [[Bridge budget]]\n');
    expect(a).toMatch(/^tags:\n {2}- infrastructure$/m);
    expect(b).toContain(`\n\n${NOTE_B}\n`);
    expect(b).toContain('Colour: green (evidence)');

    // Exporting again gives the same file names (a re-export replaces the files in a vault).
    const again = await callMargin<ExportFile>(env.margin, 'exportLibrary', { format: 'markdown-zip' });
    expect(Object.keys(unzipSync(Buffer.from(again.base64!, 'base64'))).sort()).toEqual(names);

    const csv = await callMargin<ExportFile>(env.margin, 'exportLibrary', { format: 'csv' });
    const lines = csv.text!.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toMatch(/^page_title,page_url,site,author,published,quote,note,color,color_meaning,/);
    expect(lines.filter(Boolean)).toHaveLength(3);
    expect(csv.text).toContain(`${PASSAGE},${NOTE_A},yellow,claim,`);
    // The note holds a comma: quoted, per RFC 4180.
    expect(csv.text).toContain(`,"${NOTE_B}",green,evidence,`);

    const bib = await callMargin<ExportFile>(env.margin, 'exportLibrary', { format: 'bibtex', urls: [urls.a] });
    expect(bib.fileName).toMatch(/\.bib$/);
    expect(bib.text).toMatch(/^@online\{127\d*harbour,\n/);
    expect(bib.text).toContain(`  title = {{${TITLE_A}}},\n`);
    expect(bib.text).toContain(`  url = {${urls.a}},\n`);
    expect(bib.text).toMatch(/ {2}urldate = \{\d{4}-\d{2}-\d{2}\}\n\}/);
    expect(bib.text!.match(/@online/g)).toHaveLength(1);

    const csl = await callMargin<ExportFile>(env.margin, 'exportLibrary', { format: 'csl-json' });
    const items = JSON.parse(csl.text!) as { type: string; title: string; URL: string; accessed: { 'date-parts': number[][] } }[];
    expect(items.map((i) => i.type)).toEqual(['webpage', 'webpage']);
    expect(items.map((i) => i.title).sort()).toEqual([TITLE_A, TITLE_B]);
    expect(items.map((i) => i.URL).sort()).toEqual([urls.a, urls.b]);
    for (const item of items) expect(item.accessed['date-parts'][0][0]).toBe(new Date().getFullYear());
  });

  it('saves the chosen format from the options page', async () => {
    await notesOnTwoPages();
    const options = await openExtensionPage(env.margin, 'src/ui/options/index.html');
    await options.locator('[data-action="export-library"]').waitFor();
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-action="export-library"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^margin-library-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(readFileSync((await download.path())!));
    expect(Object.keys(files)).toHaveLength(2);
    await options.locator('[data-field="export-format"]').selectOption('csv');
    const [csv] = await Promise.all([options.waitForEvent('download'), options.locator('[data-action="export-library"]').click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    expect(readFileSync((await csv.path())!, 'utf8')).toContain(NOTE_A);
    await options.close();
  });

  it("copies the page's Markdown and citation to the clipboard from the side panel", async () => {
    const urls = await notesOnTwoPages();
    const page = await openPage(env.margin, urls.a);
    const tabId = await tabIdOf(env.margin, page);
    const panel = await openExtensionPage(env.margin, `src/ui/sidepanel/index.html?tabId=${tabId}`);
    await env.margin.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await panel.bringToFront();
    const copyButton = panel.locator('[data-action="copy-markdown"]');
    await expect.poll(() => copyButton.isEnabled()).toBe(true);
    await copyButton.click();
    await expect.poll(() => panel.locator('[data-field="copy-status"]').textContent()).toBe('Markdown copied.');
    const copied = await panel.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^---\ntitle: Harbour bridge costs \*rise\* again\n/);
    expect(copied).toContain(`\n\n${NOTE_A}\n`);
    expect(copied).not.toContain(NOTE_B);

    await panel.locator('[data-action="cite-bibtex"]').click();
    await expect.poll(() => panel.locator('[data-field="copy-status"]').textContent()).toBe('BibTeX citation copied.');
    expect(await panel.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^@online\{[^\n]+\n {2}title = \{\{Harbour bridge costs \*rise\* again\}\}/,
    );
    await panel.close();
    await page.close();
  });
});

describe('Hypothesis import', () => {
  it('refuses a malformed file, then imports one whose highlights re-attach when the page opens', async () => {
    const worker = env.margin.worker;
    await inWorker(worker, WIPE);
    env.server.route('/library/imported.html', newsPage({ title: 'Ferry fares frozen', topic: 'the ferry fares' }));
    const url = `${env.server.origin}/library/imported.html`;
    const quote = 'officials in the capital agreed that the timetable had slipped';
    const row = (id: string, over: Record<string, unknown> = {}) => ({
      id,
      uri: `${url}?utm_source=newsletter`,
      text: 'Fares: see [[Ferry budget]] #transport',
      tags: ['transport', 'fares'],
      created: '2026-02-01T09:00:00.000000+00:00',
      updated: '2026-02-01T09:05:00.000000+00:00',
      document: { title: ['Ferry fares frozen'] },
      target: [
        {
          source: `${url}?utm_source=newsletter`,
          selector: [
            { type: 'TextPositionSelector', start: 180, end: 242 },
            { type: 'TextQuoteSelector', exact: quote, prefix: 'more than expected, and ', suffix: ' by several months' },
          ],
        },
      ],
      ...over,
    });
    const dir = mkdtempSync(join(tmpdir(), 'margin-hypothesis-'));
    writeFileSync(join(dir, 'broken.json'), JSON.stringify({ total: 2, rows: [row('aaaaBBBB1111'), row('ccccDDDD2222', { target: 'nowhere' })] }));
    writeFileSync(
      join(dir, 'hypothesis.json'),
      JSON.stringify({ total: 2, rows: [row('aaaaBBBB1111'), row('pageNote0001', { target: [{ source: url }], text: 'About the whole page' })] }),
    );

    const options = await openExtensionPage(env.margin, 'src/ui/options/index.html');
    const input = options.locator('[data-action="import-hypothesis"]');
    const status = options.locator('[data-field="library-export-status"]');
    await input.setInputFiles(join(dir, 'broken.json'));
    await expect.poll(() => status.textContent()).toBe('Nothing was imported from broken.json. rows[1].target must be a list.');
    expect(await status.getAttribute('role')).toBe('alert');
    expect(await inWorker(worker, 'return margin.db.annotations.count();')).toBe(0);

    await input.setInputFiles(join(dir, 'hypothesis.json'));
    await expect.poll(() => status.textContent()).toBe('Imported 1 highlight: 1 new, 0 already here. Left out 1 page note (not highlights).');
    const stored = await callMargin<{ id: string; url: string; color: string; note: string; tags: string[] }[]>(env.margin, 'annotations', url);
    expect(stored).toEqual([
      expect.objectContaining({
        id: 'hypothesis-aaaaBBBB1111',
        url,
        color: 'yellow',
        note: 'Fares: see [[Ferry budget]] #transport',
        tags: ['transport', 'fares'],
      }),
    ]);
    // Importing the same file again duplicates nothing.
    await input.setInputFiles(join(dir, 'hypothesis.json'));
    await expect.poll(() => status.textContent()).toMatch(/^Imported 1 highlight: 0 new, 1 already here\./);
    expect(await inWorker(worker, 'return margin.db.annotations.count();')).toBe(1);
    await options.close();

    // Opened (from the link Hypothesis recorded), the page shows the highlight on the quoted words.
    const page = await openPage(env.margin, `${url}?utm_source=newsletter`);
    await expect.poll(() => noteMarks(page)).toContain(quote);
    await page.close();
  });
});
