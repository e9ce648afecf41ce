/**
 * Backup and restore through `globalThis.margin`, for both browsers (tests/e2e/backup.test.ts,
 * tests/e2e-firefox/backup.test.ts): many notes out, wiped, back in, identical; a foreign file refused; the
 * options page's Backup and Restore.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { until, type Driver } from './driver.ts';
import { clickOn } from './reader.ts';

/** Everything in the database, each table sorted by key, as JSON (what "identical" compares). */
export const DUMP = `
  const tables = ['annotations', 'drafts', 'hideRules', 'sites', 'settings', 'pages'];
  const out = {};
  for (const name of tables) out[name] = await margin.db.table(name).toArray();
  return JSON.stringify(out);`;

export const WIPE = `await Promise.all(['annotations', 'drafts', 'hideRules', 'sites', 'settings', 'pages'].map((t) => margin.db.table(t).clear()));`;

/** Writes `count` notes straight into the database: many pages, every colour, some in the Trash, awkward text. */
export const fill = (count: number) => `
  const colors = ['yellow', 'green', 'blue', 'pink'];
  const rows = Array.from({ length: ${count} }, (_, i) => ({
    id: crypto.randomUUID(),
    url: 'https://site-' + (i % 17) + '.example/story/' + (i % 101),
    quote: { type: 'TextQuoteSelector', exact: 'passage ' + i + ' "quoted" — ü', prefix: 'before ' + i, suffix: 'after\\n' + i },
    position: { type: 'TextPositionSelector', start: i, end: i + 25 },
    color: colors[i % 4],
    note: i % 3 ? 'Note ' + i + ' <b>stays text</b> 🙂' : '',
    createdAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
    updatedAt: new Date(Date.UTC(2026, 1, 1) + i * 1000).toISOString(),
    version: 1 + (i % 5),
    tags: i % 7 ? [] : ['minerals', 'tag ' + (i % 3)],
    ...(i % 40 === 3 ? { deletedAt: new Date(Date.now() - 86400000).toISOString() } : {}),
  }));
  await margin.db.annotations.bulkAdd(rows);
  await margin.db.drafts.put({ annotationId: rows[1].id, text: 'unsaved', baseVersion: rows[1].version, updatedAt: new Date().toISOString() });
  await margin.db.hideRules.add({ host: 'site-1.example', selector: '.newsletter', createdAt: new Date().toISOString() });
  await margin.db.sites.put({ host: 'site-2.example', autoClean: 1 });
  await margin.db.settings.put({ key: 'cleanOnPopup', value: false });
  await margin.db.settings.put({ key: 'colorMeanings', value: { yellow: 'claim', green: 'evidence' } });
  await margin.db.pages.put({
    url: rows[0].url, title: 'Story zero', site: 'Site Zero', savedAt: rows[0].createdAt, updatedAt: rows[0].updatedAt,
    entities: { people: ['Ada Quill'], organizations: [], places: ['Portmere'] },
    keyFacts: [{ type: 'PER', text: 'Ada Quill', count: 2, first: 0 }], note: 'About the page: [[Quotas]] #minerals', tags: ['to-read'],
    author: 'A. Writer',
  });
  return rows.length;`;

/** Registers the backup round trip against `d`, with `count` notes. */
export function backupScenarios<P>(d: Driver<P>, count: number): void {
  describe('backup and restore through globalThis.margin', () => {
    it(`takes ${count.toLocaleString('en')} notes out, wiped, back in, identical`, async () => {
      await d.inBackground(WIPE);
      expect(await d.inBackground(fill(count))).toBe(count);
      const before = await d.inBackground<string>(DUMP);
      const text = await d.callMargin<string>('exportAll');
      const file = JSON.parse(text);
      expect(file.type).toBe('AnnotationCollection');
      expect(file.items).toHaveLength(count);

      await d.inBackground(WIPE);
      expect(await d.inBackground('return margin.db.annotations.count();')).toBe(0);
      const counts = await d.callMargin<Record<string, number>>('importAll', text);
      expect(counts).toMatchObject({ annotations: count, added: count, trashed: Math.ceil((count - 3) / 40), drafts: 1, hideRules: 1, sites: 1 });
      expect(await d.inBackground<string>(DUMP)).toBe(before);

      // Again: nothing added, nothing duplicated.
      expect(await d.callMargin('importAll', text)).toMatchObject({ added: 0, updated: 0, unchanged: count, hideRules: 0 });
      expect(await d.inBackground<string>(DUMP)).toBe(before);
      await d.inBackground(WIPE);
    });

    it('refuses a foreign file, importing nothing', async () => {
      const foreign = JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', items: [] });
      await expect(d.callMargin('importAll', foreign)).rejects.toThrow(/not one Margin wrote/);
      expect(await d.inBackground('return margin.db.annotations.count();')).toBe(0);
    });
  });
  describe('the options page', () => {
    it('backs up to a dated file, refuses a damaged one with the reason, and restores a good one', async () => {
      await d.inBackground(WIPE);
      await d.inBackground(fill(30));
      let options = await d.openExtensionPage('src/ui/options/index.html');
      const { name, text } = await d.download(options, () => clickOn(d, options, '[data-action="backup"]'));
      expect(name).toMatch(/^margin-backup-\d{4}-\d{2}-\d{2}\.jsonld$/);
      expect(JSON.parse(text).items).toHaveLength(30);
      const before = await d.inBackground<string>(DUMP);
      await d.inBackground(WIPE);
      await d.close(options);
      options = await d.openExtensionPage('src/ui/options/index.html');
      const page = options;
      const read = <T>(fn: () => T) => d.evaluate(page, fn, null);
      const rules = () => read(() => document.querySelectorAll('[data-host="site-1.example"] li').length);
      const selector = () => read(() => document.querySelector<HTMLInputElement>('[data-host="site-1.example"] input[aria-label="Selector"]')?.value);
      const status = () => read(() => document.querySelector('[data-field="backup-status"]')?.textContent ?? '');
      await until(() => read(() => Boolean(document.querySelector('[data-action="backup"]'))), 'the options page');
      expect(await rules()).toBe(0);

      // A damaged copy: one highlight lost its position. Nothing of the file is imported.
      const dir = mkdtempSync(join(tmpdir(), 'margin-backup-'));
      const damaged = JSON.parse(text);
      damaged.items[4].target.selector = damaged.items[4].target.selector.slice(0, 1);
      writeFileSync(join(dir, 'damaged.jsonld'), JSON.stringify(damaged));
      await d.chooseFile(options, '[data-action="restore"]', join(dir, 'damaged.jsonld'));
      await expect.poll(status).toMatch(/Nothing was restored from damaged\.jsonld.*items\[4\]\.target\.selector has no TextPositionSelector/);
      expect(await read(() => document.querySelector('[data-field="backup-status"]')?.getAttribute('role'))).toBe('alert');
      expect(await d.inBackground('return margin.db.annotations.count();')).toBe(0);

      // The good file: everything back, and the counts shown.
      writeFileSync(join(dir, 'good.jsonld'), text);
      await d.chooseFile(options, '[data-action="restore"]', join(dir, 'good.jsonld'));
      await expect.poll(status).toMatch(/^Restored 30 highlights in the file: 30 new, 0 updated, 0 already here/);
      expect(await d.inBackground<string>(DUMP)).toBe(before);
      // The page shows what came back at once.
      await expect.poll(rules).toBe(1);
      await clickOn(d, options, '[data-host="site-1.example"] [data-action="show-selector"]');
      await expect.poll(selector).toBe('.newsletter');
      expect(await read(() => document.querySelector<HTMLInputElement>('[data-setting="cleanOnPopup"]')?.checked)).toBe(false);
      await d.close(options);
    });
  });
}
