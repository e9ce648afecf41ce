/**
 * Backup and restore, and the database upgrade, in the built extension: 10,000 notes out through
 * `globalThis.margin`, wiped, back in, identical; the options page's buttons; and a database written by the
 * shipped schema opened by the new code with every note intact.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Worker } from 'playwright-core';
import { callMargin, launch, openExtensionPage, useBrowser } from './support/browser.ts';

const env = useBrowser();

/** Runs `body` (the text of an async function body) in the service worker, with `margin` in scope. */
const inWorker = <T>(worker: Worker, body: string): Promise<T> => worker.evaluate(`(async (margin) => { ${body} })(globalThis.margin)`) as Promise<T>;

/** Everything in the database, each table sorted by key, as JSON (what "identical" compares). */
const DUMP = `
  const tables = ['annotations', 'drafts', 'hideRules', 'sites', 'settings', 'pages'];
  const out = {};
  for (const name of tables) out[name] = await margin.db.table(name).toArray();
  return JSON.stringify(out);`;

const WIPE = `await Promise.all(['annotations', 'drafts', 'hideRules', 'sites', 'settings', 'pages'].map((t) => margin.db.table(t).clear()));`;

/** Writes `count` notes straight into the database: many pages, every colour, some in the Trash, awkward text. */
const fill = (count: number) => `
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

describe('backup and restore through globalThis.margin', () => {
  it('takes 10,000 notes out, wiped, back in, identical', async () => {
    const worker = env.margin.worker;
    await inWorker(worker, WIPE);
    expect(await inWorker(worker, fill(10_000))).toBe(10_000);
    const before = await inWorker<string>(worker, DUMP);
    const text = await callMargin<string>(env.margin, 'exportAll');
    const file = JSON.parse(text);
    expect(file.type).toBe('AnnotationCollection');
    expect(file.items).toHaveLength(10_000);

    await inWorker(worker, WIPE);
    expect(await inWorker(worker, 'return margin.db.annotations.count();')).toBe(0);
    const counts = await callMargin<Record<string, number>>(env.margin, 'importAll', text);
    expect(counts).toMatchObject({ annotations: 10_000, added: 10_000, trashed: 250, drafts: 1, hideRules: 1, sites: 1 });
    expect(await inWorker<string>(worker, DUMP)).toBe(before);

    // Again: nothing added, nothing duplicated.
    expect(await callMargin(env.margin, 'importAll', text)).toMatchObject({ added: 0, updated: 0, unchanged: 10_000, hideRules: 0 });
    expect(await inWorker<string>(worker, DUMP)).toBe(before);
    await inWorker(worker, WIPE);
  });

  it('refuses a foreign file, importing nothing', async () => {
    const foreign = JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', items: [] });
    await expect(callMargin(env.margin, 'importAll', foreign)).rejects.toThrow(/not one Margin wrote/);
    expect(await inWorker(env.margin.worker, 'return margin.db.annotations.count();')).toBe(0);
  });
});

describe('the options page', () => {
  it('backs up to a dated file, refuses a damaged one with the reason, and restores a good one', async () => {
    const worker = env.margin.worker;
    await inWorker(worker, WIPE);
    await inWorker(worker, fill(30));
    const options = await openExtensionPage(env.margin, 'src/ui/options/index.html');
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-action="backup"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^margin-backup-\d{4}-\d{2}-\d{2}\.jsonld$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(text).items).toHaveLength(30);
    const before = await inWorker<string>(worker, DUMP);
    await inWorker(worker, WIPE);
    await options.reload();
    const rule = options.locator('[data-host="site-1.example"] input[aria-label="Selector"]');
    await options.locator('[data-action="backup"]').waitFor();
    expect(await rule.count()).toBe(0);

    // A damaged copy: one highlight lost its position. Nothing of the file is imported.
    const dir = mkdtempSync(join(tmpdir(), 'margin-backup-'));
    const damaged = JSON.parse(text);
    damaged.items[4].target.selector = damaged.items[4].target.selector.slice(0, 1);
    writeFileSync(join(dir, 'damaged.jsonld'), JSON.stringify(damaged));
    await options.locator('[data-action="restore"]').setInputFiles(join(dir, 'damaged.jsonld'));
    const status = options.locator('[data-field="backup-status"]');
    await expect
      .poll(() => status.textContent())
      .toMatch(/Nothing was restored from damaged\.jsonld.*items\[4\]\.target\.selector has no TextPositionSelector/);
    expect(await status.getAttribute('role')).toBe('alert');
    expect(await inWorker(worker, 'return margin.db.annotations.count();')).toBe(0);

    // The good file: everything back, and the counts shown.
    writeFileSync(join(dir, 'good.jsonld'), text);
    await options.locator('[data-action="restore"]').setInputFiles(join(dir, 'good.jsonld'));
    await expect.poll(() => status.textContent()).toMatch(/^Restored 30 highlights in the file: 30 new, 0 updated, 0 already here/);
    expect(await inWorker<string>(worker, DUMP)).toBe(before);
    // The page shows what came back at once.
    await expect.poll(() => rule.count()).toBe(1);
    expect(await rule.inputValue()).toBe('.newsletter');
    expect(await options.locator('[data-setting="cleanOnPopup"]').isChecked()).toBe(false);
    await options.close();
  });
});

describe('a database written by the previous version', () => {
  it('is upgraded when the new code opens it, with every note intact', async () => {
    // From an extension page (Margin's origin), replace the database with one as version 1 wrote it
    // (Dexie stores version n as IndexedDB version n × 10; the worker's connection closes when the database
    // is deleted), then restart the browser so the new code opens it fresh. (chrome.runtime.reload() would
    // be closer to an update, but headless Chromium does not bring a command-line extension back after it.)
    const page = await openExtensionPage(env.margin, 'src/ui/options/index.html');
    await page.locator('h1').waitFor();
    const written = await page.evaluate(async () => {
      const request = (r: IDBRequest | IDBOpenDBRequest) =>
        new Promise((ok, fail) => {
          r.onsuccess = () => ok(r.result);
          r.onerror = () => fail(r.error);
        });
      await request(indexedDB.deleteDatabase('margin'));
      const open = indexedDB.open('margin', 10);
      open.onupgradeneeded = () => {
        const db = open.result;
        const annotations = db.createObjectStore('annotations', { keyPath: 'id' });
        for (const index of ['url', 'createdAt', 'updatedAt']) annotations.createIndex(index, index);
        db.createObjectStore('settings', { keyPath: 'key' });
        db.createObjectStore('hideRules', { keyPath: 'id', autoIncrement: true }).createIndex('host', 'host');
        db.createObjectStore('sites', { keyPath: 'host' }).createIndex('autoClean', 'autoClean');
      };
      const db = (await request(open)) as IDBDatabase;
      const rows = Array.from({ length: 12 }, (_, i) => ({
        id: `0000000${i % 10}-aaaa-4000-8000-00000000000${i % 10}`.slice(0, 36) + (i >= 10 ? 'x' : ''),
        url: `https://old.example/story-${i % 3}`,
        quote: { type: 'TextQuoteSelector', exact: `old passage ${i}`, prefix: 'p ', suffix: ' s' },
        position: { type: 'TextPositionSelector', start: i * 20, end: i * 20 + 13 },
        color: ['yellow', 'green', 'blue', 'pink'][i % 4],
        note: `old note ${i}`,
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-02T00:00:00.000Z',
      }));
      const tx = db.transaction(['annotations', 'hideRules'], 'readwrite');
      for (const row of rows) tx.objectStore('annotations').put(row);
      tx.objectStore('hideRules').put({ host: 'old.example', selector: '.promo', createdAt: '2026-01-01T00:00:00.000Z' });
      await new Promise((ok) => {
        tx.oncomplete = ok;
      });
      db.close();
      return rows;
    });
    await env.margin.close({ keepProfile: true });
    env.margin = await launch(env.margin.profile);

    const stored = JSON.parse(await inWorker<string>(env.margin.worker, DUMP));
    expect(await inWorker(env.margin.worker, 'return margin.db.verno;')).toBe(3);
    expect(stored.annotations).toHaveLength(written.length);
    for (const row of written) expect(stored.annotations.find((a: { id: string }) => a.id === row.id)).toEqual({ ...row, version: 1, tags: [] });
    expect(stored.hideRules.map((r: { selector: string }) => r.selector)).toEqual(['.promo']);
    const listed = await callMargin<{ quote: { exact: string } }[]>(env.margin, 'annotations', 'https://old.example/story-1');
    expect(listed.map((a) => a.quote.exact)).toEqual(['old passage 1', 'old passage 4', 'old passage 7', 'old passage 10']);
  });
});
