import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { MarginDatabase } from '../../../src/storage/db.ts';
import { createAnnotation, deleteAnnotation, listAnnotations, updateAnnotation } from '../../../src/storage/annotations.ts';
import { readSettings, writeSettings } from '../../../src/storage/settings.ts';

let db: MarginDatabase;
afterEach(async () => db?.delete());

const input = (start: number, exact: string) => ({
  url: 'https://ex.com/a',
  quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector' as const, start, end: start + exact.length },
  color: 'yellow' as const,
  note: '',
});

describe('annotation storage', () => {
  it('lists a page\'s annotations in page order, updates and deletes them', async () => {
    db = new MarginDatabase(`test-${Math.random()}`);
    const later = await createAnnotation(db, input(50, 'later'));
    const earlier = await createAnnotation(db, input(10, 'earlier'));
    await createAnnotation(db, { ...input(0, 'other page'), url: 'https://ex.com/b' });
    expect((await listAnnotations(db, 'https://ex.com/a')).map((a) => a.quote.exact)).toEqual(['earlier', 'later']);

    const updated = await updateAnnotation(db, later.id, { note: 'why it matters' }, new Date('2030-01-01T00:00:00Z'));
    expect(updated).toMatchObject({ note: 'why it matters', updatedAt: '2030-01-01T00:00:00.000Z', createdAt: later.createdAt });
    expect(await updateAnnotation(db, 'missing', { note: 'x' })).toBeNull();

    expect(await deleteAnnotation(db, earlier.id)).toBe(true);
    expect(await deleteAnnotation(db, earlier.id)).toBe(false);
    expect((await listAnnotations(db, 'https://ex.com/a')).map((a) => a.id)).toEqual([later.id]);
  });

  it('merges settings over the defaults and ignores unknown keys', async () => {
    db = new MarginDatabase(`test-${Math.random()}`);
    expect((await readSettings(db)).enabledGroups).toContain('people');
    const next = await writeSettings(db, { enabledGroups: ['places'], ...({ bogus: 1 } as object) });
    expect(next.enabledGroups).toEqual(['places']);
    expect(next.highlightEntities).toBe(true);
    expect(Object.keys(next)).not.toContain('bogus');
  });
});
