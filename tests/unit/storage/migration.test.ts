import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { MarginDatabase } from '../../../src/storage/db.ts';
import { listAnnotations, listTrash, updateAnnotation } from '../../../src/storage/annotations.ts';
import { readSettings } from '../../../src/storage/settings.ts';
import { listPages, setAnnotationTags } from '../../../src/storage/library.ts';
import { allRules, autoCleanHosts } from '../../../src/storage/sites.ts';

/** The schema as Margin 0.1.0 shipped it (version 1), rows as it wrote them: no version, no Trash date. */
const SHIPPED_V1 = {
  annotations: 'id, url, createdAt, updatedAt',
  settings: 'key',
  hideRules: '++id, host',
  sites: 'host, autoClean',
};

const shippedNote = (i: number) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  url: `https://news.example/story-${i % 7}`,
  quote: { type: 'TextQuoteSelector', exact: `passage ${i}`, prefix: `before ${i} `, suffix: ` after ${i}` },
  position: { type: 'TextPositionSelector', start: i * 10, end: i * 10 + 9 },
  color: (['yellow', 'green', 'blue', 'pink'] as const)[i % 4],
  note: i % 3 ? `note ${i} — with “quotes” and a line\nbreak` : '',
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
  updatedAt: new Date(Date.UTC(2026, 0, 2, 0, i)).toISOString(),
});

let name = '';
afterEach(async () => Dexie.delete(name));

describe('database migration', () => {
  it('opens a database written by the shipped schema (version 1) with every note intact and upgraded through versions 2 and 3', async () => {
    name = `migration-${Math.random()}`;
    const old = new Dexie(name);
    old.version(1).stores(SHIPPED_V1);
    const notes = Array.from({ length: 50 }, (_, i) => shippedNote(i));
    await old.table('annotations').bulkAdd(notes);
    await old.table('settings').bulkAdd([
      { key: 'cleanOnPopup', value: false },
      { key: 'enabledGroups', value: ['places'] },
    ]);
    await old.table('hideRules').add({ host: 'news.example', selector: '.promo', createdAt: '2026-01-01T00:00:00.000Z' });
    await old.table('sites').add({ host: 'news.example', autoClean: 1 });
    old.close();

    const db = new MarginDatabase(name);
    const stored = await db.annotations.toArray();
    expect(db.verno).toBe(3);
    expect(stored).toHaveLength(notes.length);
    for (const note of notes) {
      expect(stored.find((a) => a.id === note.id)).toEqual({ ...note, version: 1, tags: [] });
    }
    // Listed per page, in page order, none of them in the Trash.
    const page = notes.filter((n) => n.url === 'https://news.example/story-3');
    expect((await listAnnotations(db, 'https://news.example/story-3')).map((a) => a.id)).toEqual(page.map((n) => n.id));
    expect(await listTrash(db)).toEqual([]);
    // The upgraded rows take part in versioned saves.
    const saved = await updateAnnotation(db, notes[1].id, { note: 'edited after the upgrade', baseVersion: 1 });
    expect(saved).toMatchObject({ merged: false, annotation: { version: 2, note: 'edited after the upgrade' } });
    // Everything else came through too.
    expect(await readSettings(db)).toMatchObject({ cleanOnPopup: false, enabledGroups: ['places'] });
    expect((await allRules(db)).map((r) => r.selector)).toEqual(['.promo']);
    expect(await autoCleanHosts(db)).toEqual(['news.example']);
    expect(await db.drafts.count()).toBe(0);
    // Version 3: tags indexed (none yet), and the library lists the old pages by their keys.
    expect(await db.annotations.where('tags').equals('anything').count()).toBe(0);
    await setAnnotationTags(db, notes[2].id, ['#minerals']);
    expect((await db.annotations.where('tags').equals('minerals').toArray()).map((a) => a.id)).toEqual([notes[2].id]);
    expect((await listPages(db)).map((p) => p.url).sort()).toEqual([...new Set(notes.map((n) => n.url))].sort());
    db.close();
  });
});
