import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, importBackup } from '../../../src/storage/backup.ts';
import { MarginDatabase } from '../../../src/storage/db.ts';
import { addRule, hideTarget, rulesForPage } from '../../../src/storage/sites.ts';

const dbs: MarginDatabase[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((d) => d.delete()));
});
const fresh = () => {
  const db = new MarginDatabase(`page-rules-${Math.random()}`);
  dbs.push(db);
  return db;
};

const A = 'https://news.example/2026/ferry';
const B = 'https://news.example/2026/wages';

async function fill(db: MarginDatabase) {
  await addRule(db, 'news.example', 'div.newsletter-box', new Date(), { label: 'the box ‘Newsletter’' });
  await addRule(db, 'news.example', 'div.article-content > p', new Date(), { page: A, text: 'Under the agreement', label: 'the paragraph ‘Under…’' });
  await addRule(db, 'news.example', 'div.article-content > p', new Date(), { page: B, text: 'Port workers voted', label: 'the paragraph ‘Port…’' });
}

describe('hide rules for one page', () => {
  it('apply on their own page only, beside the site-wide rules', async () => {
    const db = fresh();
    await fill(db);
    expect((await rulesForPage(db, 'news.example', A)).map(hideTarget)).toEqual([
      'div.newsletter-box',
      { selector: 'div.article-content > p', text: 'Under the agreement' },
    ]);
    expect((await rulesForPage(db, 'news.example', 'https://news.example/other')).map(hideTarget)).toEqual(['div.newsletter-box']);
  });

  it('are not doubled, and come back from a backup as page rules, each of them', async () => {
    const db = fresh();
    await fill(db);
    await addRule(db, 'news.example', 'div.article-content > p', new Date(), { page: A, text: 'Under the agreement' });
    expect(await db.hideRules.count()).toBe(3);
    const restored = fresh();
    const counts = await importBackup(restored, await exportBackup(db));
    expect(counts.hideRules).toBe(3);
    const rules = await restored.hideRules.toArray();
    expect(rules.map((r) => [r.page ?? 'site', r.text ?? '', r.label])).toEqual([
      ['site', '', 'the box ‘Newsletter’'],
      [A, 'Under the agreement', 'the paragraph ‘Under…’'],
      [B, 'Port workers voted', 'the paragraph ‘Port…’'],
    ]);
  });
});
