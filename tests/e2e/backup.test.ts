/**
 * Backup and restore, and the database upgrade, in the built extension: 10,000 notes out through
 * `globalThis.margin`, wiped, back in, identical, and the options page's buttons (tests/e2e/scenarios/backup.ts);
 * and a database written by the shipped schema opened by the new code with every note intact.
 */
import { describe, expect, it } from 'vitest';
import type { Worker } from 'playwright-core';
import { callMargin, launch, openExtensionPage, useBrowser } from './support/browser.ts';
import { chromiumDriver } from './support/chromium-driver.ts';
import { backupScenarios, DUMP } from './scenarios/backup.ts';

const env = useBrowser();

/** Runs `body` (the text of an async function body) in the service worker, with `margin` in scope. */
const inWorker = <T>(worker: Worker, body: string): Promise<T> => worker.evaluate(`(async (margin) => { ${body} })(globalThis.margin)`) as Promise<T>;

backupScenarios(chromiumDriver(env), 10_000);

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
