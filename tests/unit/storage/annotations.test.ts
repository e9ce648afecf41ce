import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { MarginDatabase } from '../../../src/storage/db.ts';
import {
  createAnnotation,
  deleteAnnotation,
  getAnnotation,
  listAnnotations,
  listTrash,
  MERGE_SEPARATOR,
  purgeTrash,
  undeleteAnnotation,
  updateAnnotation,
} from '../../../src/storage/annotations.ts';
import { clearDraft, getDraft, setDraft } from '../../../src/storage/drafts.ts';
import { readSettings, writeSettings } from '../../../src/storage/settings.ts';

let db: MarginDatabase;
afterEach(async () => db?.delete());
const open = () => (db = new MarginDatabase(`test-${Math.random()}`));

const input = (start: number, exact: string) => ({
  url: 'https://ex.com/a',
  quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector' as const, start, end: start + exact.length },
  color: 'yellow' as const,
  note: '',
});

describe('annotation storage', () => {
  it("lists a page's annotations in page order, updates them with a version, and moves deleted ones to the Trash", async () => {
    open();
    const later = await createAnnotation(db, input(50, 'later'));
    const earlier = await createAnnotation(db, input(10, 'earlier'));
    await createAnnotation(db, { ...input(0, 'other page'), url: 'https://ex.com/b' });
    expect(later.version).toBe(1);
    expect((await listAnnotations(db, 'https://ex.com/a')).map((a) => a.quote.exact)).toEqual(['earlier', 'later']);

    const { annotation: updated, merged } = await updateAnnotation(db, later.id, { note: 'why it matters' }, new Date('2030-01-01T00:00:00Z'));
    expect(merged).toBe(false);
    expect(updated).toMatchObject({ note: 'why it matters', updatedAt: '2030-01-01T00:00:00.000Z', createdAt: later.createdAt, version: 2 });
    expect((await updateAnnotation(db, later.id, { color: 'green' })).annotation).toMatchObject({
      color: 'green',
      note: 'why it matters',
      version: 3,
    });
    expect(await updateAnnotation(db, 'missing', { note: 'x' })).toEqual({ annotation: null, merged: false });

    expect(await deleteAnnotation(db, earlier.id, new Date('2030-01-02T00:00:00Z'))).toBe(true);
    expect(await deleteAnnotation(db, earlier.id)).toBe(false);
    expect((await listAnnotations(db, 'https://ex.com/a')).map((a) => a.id)).toEqual([later.id]);
    expect(await getAnnotation(db, earlier.id)).toMatchObject({ quote: { exact: 'earlier' }, deletedAt: '2030-01-02T00:00:00.000Z' });
    expect((await listTrash(db)).map((a) => a.id)).toEqual([earlier.id]);
    expect(await listTrash(db, 'https://ex.com/b')).toEqual([]);

    const restored = await undeleteAnnotation(db, earlier.id);
    expect(restored?.deletedAt).toBeUndefined();
    expect((await listAnnotations(db, 'https://ex.com/a')).map((a) => a.quote.exact)).toEqual(['earlier', 'later']);
    expect(await listTrash(db)).toEqual([]);
    expect(await undeleteAnnotation(db, 'missing')).toBeNull();
  });

  it('empties the Trash of what has been there longer than 30 days, and only that', async () => {
    open();
    const old = await createAnnotation(db, input(0, 'old'));
    const recent = await createAnnotation(db, input(5, 'recent'));
    const kept = await createAnnotation(db, input(9, 'kept'));
    await deleteAnnotation(db, old.id, new Date('2030-01-01T00:00:00Z'));
    await deleteAnnotation(db, recent.id, new Date('2030-01-25T00:00:00Z'));
    await setDraft(db, old.id, 'unsaved', 1);
    expect(await purgeTrash(db, new Date('2030-02-05T00:00:00Z'))).toBe(1);
    expect(await getAnnotation(db, old.id)).toBeNull();
    expect(await getDraft(db, old.id)).toBeNull();
    expect((await listTrash(db)).map((a) => a.id)).toEqual([recent.id]);
    expect((await listAnnotations(db, 'https://ex.com/a')).map((a) => a.id)).toEqual([kept.id]);
  });

  it('keeps both texts when a note is saved from an older version than the stored one', async () => {
    open();
    const a = await createAnnotation(db, { ...input(0, 'passage'), note: 'start' });
    // Two editors open at version 1; the first saves, then the second.
    const first = await updateAnnotation(db, a.id, { note: 'start, first tab', baseVersion: 1 });
    expect(first.merged).toBe(false);
    const second = await updateAnnotation(db, a.id, { note: 'start, second tab', baseVersion: 1 });
    expect(second.merged).toBe(true);
    expect(second.annotation?.note).toBe(`start, first tab${MERGE_SEPARATOR}start, second tab`);
    expect(second.annotation?.version).toBe(3);
    // Saving from the version just read is a plain save.
    const third = await updateAnnotation(db, a.id, { note: 'clean copy', baseVersion: 3 });
    expect(third).toMatchObject({ merged: false, annotation: { note: 'clean copy', version: 4 } });
  });

  it('does not merge when only the colour changed since the editor opened', async () => {
    open();
    const a = await createAnnotation(db, { ...input(0, 'passage'), note: 'start' });
    await updateAnnotation(db, a.id, { color: 'blue', baseVersion: 1 });
    const saved = await updateAnnotation(db, a.id, { note: 'start, edited', baseVersion: 1 });
    expect(saved).toMatchObject({ merged: false, annotation: { note: 'start, edited', color: 'blue', version: 3 } });
  });

  it('keeps drafts until the note is saved, and only for notes that exist', async () => {
    open();
    const a = await createAnnotation(db, input(0, 'passage'));
    expect(await getDraft(db, a.id)).toBeNull();
    expect(await setDraft(db, a.id, 'half a thought', 1)).toBe(true);
    expect(await setDraft(db, 'missing', 'text', 1)).toBe(false);
    expect(await getDraft(db, a.id)).toEqual({ text: 'half a thought', baseVersion: 1 });
    await updateAnnotation(db, a.id, { note: 'a whole thought', baseVersion: 1 });
    expect(await getDraft(db, a.id)).toBeNull();
    await setDraft(db, a.id, 'another', 2);
    expect(await clearDraft(db, a.id)).toBe(true);
    expect(await clearDraft(db, a.id)).toBe(false);
  });

  it('says the storage is full in words a reader can act on, and stores nothing', async () => {
    open();
    const a = await createAnnotation(db, { ...input(0, 'passage'), note: 'before' });
    const put = db.annotations.put.bind(db.annotations);
    db.annotations.put = (() =>
      Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))) as unknown as typeof db.annotations.put;
    await expect(updateAnnotation(db, a.id, { note: 'after' })).rejects.toThrow(/Margin could not save: the browser's storage is full/);
    db.annotations.put = put;
    expect((await getAnnotation(db, a.id))?.note).toBe('before');
  });

  it('merges settings over the defaults and ignores unknown keys', async () => {
    open();
    expect((await readSettings(db)).enabledGroups).toContain('people');
    const next = await writeSettings(db, { enabledGroups: ['places'], ...({ bogus: 1 } as object) });
    expect(next.enabledGroups).toEqual(['places']);
    expect(next.highlightEntities).toBe(true);
    expect(Object.keys(next)).not.toContain('bogus');
  });
});
