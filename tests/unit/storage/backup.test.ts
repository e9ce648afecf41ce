import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { MarginDatabase } from '../../../src/storage/db.ts';
import { createAnnotation, deleteAnnotation, getAnnotation, updateAnnotation } from '../../../src/storage/annotations.ts';
import { exportBackup, importBackup, readBackup } from '../../../src/storage/backup.ts';
import { setDraft } from '../../../src/storage/drafts.ts';
import { readLegendLayout, readReading, writeLegendLayout, writeReading, writeSettings } from '../../../src/storage/settings.ts';
import { addRule, setAutoClean } from '../../../src/storage/sites.ts';
import type { Annotation } from '../../../src/shared/types.ts';

const dbs: MarginDatabase[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((d) => d.delete()));
});
const fresh = () => {
  const db = new MarginDatabase(`backup-${Math.random()}`);
  dbs.push(db);
  return db;
};

const COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
/** A note with awkward text: quotes, JSON-looking text, a line break, non-Latin script, an emoji. */
const note = (i: number): Annotation => ({
  id: crypto.randomUUID(),
  url: `https://site-${i % 13}.example/article/${i % 97}?id=${i % 5}`,
  quote: { type: 'TextQuoteSelector', exact: `passage ${i} "quoted" {json: 1}`, prefix: `前 ${i}`, suffix: `after\n${i} 🙂` },
  position: { type: 'TextPositionSelector', start: i, end: i + 30 },
  color: COLORS[i % 4],
  note: i % 4 === 0 ? '' : `Note ${i}: <b>not html</b> \\ backslash`,
  createdAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
  updatedAt: new Date(Date.UTC(2026, 1, 1) + i * 1000).toISOString(),
  version: 1 + (i % 6),
  tags: i % 3 === 0 ? [`tag ${i % 4}`] : [],
  ...(i % 5 === 1 && { noteVersion: 1 + (i % 6) }),
  ...(i % 50 === 7 && { deletedAt: new Date(Date.UTC(2026, 2, 1) + i).toISOString() }),
});

async function fill(db: MarginDatabase, count: number) {
  const notes = Array.from({ length: count }, (_, i) => note(i));
  await db.annotations.bulkAdd(notes);
  await setDraft(db, notes[1].id, 'unsaved words', notes[1].version);
  await addRule(db, 'site-1.example', '.newsletter-signup');
  await addRule(db, 'site-2.example', 'aside > .promo');
  await setAutoClean(db, 'site-1.example', true);
  await setAutoClean(db, 'site-3.example', false);
  await writeSettings(db, { enabledGroups: ['people', 'figures'], cleanOnPopup: false });
  return notes;
}

const sorted = <T extends { id?: unknown; host?: string; annotationId?: string }>(rows: T[]) =>
  [...rows].sort((a, b) => String(a.id ?? a.annotationId ?? a.host).localeCompare(String(b.id ?? b.annotationId ?? b.host)));

describe('backup and restore', () => {
  it('takes 10,000 notes out, into an empty database, and back, identical', async () => {
    const source = fresh();
    await fill(source, 10_000);
    const before = await readBackup(source);
    const text = await exportBackup(source);
    const file = JSON.parse(text);
    expect(file['@context']).toContain('http://www.w3.org/ns/anno.jsonld');
    expect(file.type).toBe('AnnotationCollection');
    expect(file.items).toHaveLength(10_000);
    const withNote = before.annotations.find((a) => a.note && a.tags.length === 0)!;
    expect(file.items.find((item: { margin: { id: string } }) => item.margin.id === withNote.id)).toMatchObject({
      type: 'Annotation',
      body: { type: 'TextualBody', value: withNote.note },
      target: { selector: [{ type: 'TextQuoteSelector' }, { type: 'TextPositionSelector' }] },
    });
    // A tagged note: its note and each tag are TextualBodies (commenting, tagging).
    const tagged = before.annotations.find((a) => a.note && a.tags.length > 0)!;
    expect(file.items.find((item: { margin: { id: string } }) => item.margin.id === tagged.id).body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', value: tagged.note, format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: tagged.tags[0] },
    ]);

    await source.delete();
    const target = fresh();
    const counts = await importBackup(target, text);
    expect(counts).toMatchObject({ annotations: 10_000, added: 10_000, updated: 0, unchanged: 0, trashed: 200, drafts: 1, hideRules: 2, sites: 2 });
    const after = await readBackup(target);
    expect(sorted(after.annotations)).toEqual(sorted(before.annotations));
    expect(after.drafts).toEqual(before.drafts);
    expect(sorted(after.hideRules)).toEqual(sorted(before.hideRules));
    expect(sorted(after.sites)).toEqual(sorted(before.sites));
    expect(after.settings).toEqual(before.settings);
    // And the file written again is the same file.
    expect(await exportBackup(target, new Date(file.generated))).toBe(text);
  }, 60_000);

  it('restores the same file twice without duplicating anything, keeping the newer copy of each note', async () => {
    const db = fresh();
    const notes = await fill(db, 20);
    const text = await exportBackup(db);
    // After the backup: one note edited, one deleted, one new.
    await updateAnnotation(db, notes[2].id, { note: 'edited after the backup' });
    await deleteAnnotation(db, notes[3].id);
    const extra = await createAnnotation(db, {
      url: 'https://x.example/',
      quote: notes[0].quote,
      position: notes[0].position,
      color: 'blue',
      note: 'new',
    });

    const counts = await importBackup(db, text);
    expect(counts).toMatchObject({ added: 0, updated: 0, unchanged: 20, hideRules: 0 });
    expect(await db.annotations.count()).toBe(21);
    expect((await getAnnotation(db, notes[2].id))?.note).toBe('edited after the backup');
    expect((await getAnnotation(db, notes[3].id))?.deletedAt).toBeDefined();
    expect(await getAnnotation(db, extra.id)).not.toBeNull();
    expect(await db.hideRules.count()).toBe(2);

    // A backup holding a newer copy wins over the stored one.
    const newer = JSON.parse(text);
    const item = newer.items.find((i: { margin: { id: string } }) => i.margin.id === notes[5].id);
    item.margin.version = 99;
    item.body = { type: 'TextualBody', value: 'from the newer backup' };
    expect(await importBackup(db, JSON.stringify(newer))).toMatchObject({ updated: 1, unchanged: 19 });
    expect(await getAnnotation(db, notes[5].id)).toMatchObject({ version: 99, note: 'from the newer backup' });
  });

  it('refuses a malformed or foreign file with a message naming what is wrong, importing nothing', async () => {
    const source = fresh();
    await fill(source, 3);
    const good = JSON.parse(await exportBackup(source));
    const db = fresh();
    const edit = (change: (file: typeof good) => void) => {
      const file = structuredClone(good);
      change(file);
      return JSON.stringify(file);
    };
    const cases: [string, RegExp][] = [
      ['not json at all', /not JSON/],
      [JSON.stringify({ hello: 'world' }), /not a W3C Web Annotation collection/],
      [
        edit((f) => {
          delete f.margin;
        }),
        /not one Margin wrote/,
      ],
      [
        edit((f) => {
          f.items[2].target.selector = [f.items[2].target.selector[0]];
        }),
        /items\[2\]\.target\.selector has no TextPositionSelector/,
      ],
      [
        edit((f) => {
          f.items[1].margin.color = 'red';
        }),
        /items\[1\]\.margin\.color must be one of yellow/,
      ],
      [
        edit((f) => {
          f.items[0].created = 'yesterday';
        }),
        /items\[0\]\.created must be a date/,
      ],
      [
        edit((f) => {
          f.items[1].margin.id = f.items[0].margin.id;
        }),
        /appears twice/,
      ],
      [
        edit((f) => {
          f.items.pop();
        }),
        /says it holds 3 annotations but has 2/,
      ],
      [
        edit((f) => {
          f.margin.settings.enabledGroups = ['aliens'];
        }),
        /enabledGroups\[0\] must be one of/,
      ],
      [
        edit((f) => {
          f.margin.format = 7;
        }),
        /newer Margin/,
      ],
      [
        edit((f) => {
          f.margin.hideRules[0].selector = 'body { display: none }';
        }),
        /hideRules\[0\] must name a site and a CSS selector/,
      ],
    ];
    for (const [text, message] of cases) await expect(importBackup(db, text), String(message)).rejects.toThrow(message);
    expect(await db.annotations.count()).toBe(0);
    expect(await db.hideRules.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
  });

  it("brings back each site's reading look and the legend's place, checked like stored values", async () => {
    const source = fresh();
    await fill(source, 2);
    const sepia = { styled: true, theme: 'sepia', font: 'serif', width: 760, size: 21, lineHeight: 1.8 } as const;
    await writeReading(source, 'news.example', sepia);
    await writeLegendLayout(source, { collapsed: true, at: { x: 40, y: 120 } });
    const file = JSON.parse(await exportBackup(source));
    // A value out of range comes back clamped, and a key that is not a host is left out.
    file.margin.settings['reading:other.example'] = { ...sepia, size: 400 };
    file.margin.settings['reading:<script>'] = sepia;
    const db = fresh();
    const counts = await importBackup(db, JSON.stringify(file));
    expect(await readReading(db, 'news.example')).toEqual(sepia);
    expect((await readReading(db, 'other.example')).size).toBeLessThanOrEqual(30);
    expect(await readLegendLayout(db)).toEqual({ collapsed: true, at: { x: 40, y: 120 } });
    expect(await db.settings.get('reading:<script>' as never)).toBeUndefined();
    expect(counts.settings).toBe(2 + 3);
  });
});
