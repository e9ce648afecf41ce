import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { fromHypothesis } from '../../../src/core/export/hypothesis.ts';
import { createAnnotation, deleteAnnotation } from '../../../src/storage/annotations.ts';
import { MarginDatabase } from '../../../src/storage/db.ts';
import { importHighlights, readLibrary } from '../../../src/storage/library-io.ts';

const dbs: MarginDatabase[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((d) => d.delete()));
});
const fresh = () => {
  const db = new MarginDatabase(`library-io-${Math.random()}`);
  dbs.push(db);
  return db;
};

const quote = (exact: string) => ({ type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' });
const at = (start: number) => ({ type: 'TextPositionSelector' as const, start, end: start + 5 });

describe('reading the library for export', () => {
  it('groups highlights by page in page order, leaves out the Trash, and limits to the pages asked', async () => {
    const db = fresh();
    const a = 'https://harbour.example/a';
    const b = 'https://harbour.example/b';
    await createAnnotation(db, { url: a, quote: quote('later'), position: at(50), color: 'yellow', note: '' });
    await createAnnotation(db, { url: a, quote: quote('early'), position: at(5), color: 'green', note: 'n' });
    const gone = await createAnnotation(db, { url: b, quote: quote('deleted'), position: at(1), color: 'blue', note: '' });
    await deleteAnnotation(db, gone.id);
    await db.pages.put({
      url: a,
      title: 'Page A',
      site: 'Harbour',
      savedAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      entities: { people: [], organizations: [], places: [] },
      keyFacts: [],
      note: '',
      tags: [],
    });
    const all = await readLibrary(db);
    expect(all.map((p) => [p.record.title, p.annotations.map((x) => x.quote.exact)])).toEqual([['Page A', ['early', 'later']]]);
    expect(await readLibrary(db, [b])).toEqual([]);
  });
});

describe('importing Hypothesis highlights', () => {
  it('adds highlights and page records once, and re-importing adds nothing', async () => {
    const db = fresh();
    const text = JSON.stringify([
      {
        id: 'hyp1',
        uri: 'https://ferry.example/fares?utm_medium=email',
        text: '#fares',
        tags: ['fares', 'fares'],
        created: '2026-02-01T09:00:00Z',
        updated: '2026-02-01T09:00:00Z',
        document: { title: ['Ferry fares frozen'] },
        target: [{ selector: [{ type: 'TextQuoteSelector', exact: 'fares stay' }] }],
      },
    ]);
    expect(await importHighlights(db, fromHypothesis(text))).toEqual({ highlights: 1, added: 1, unchanged: 0, pageNotes: 0, replies: 0 });
    const [page] = await readLibrary(db);
    expect(page.record).toMatchObject({ url: 'https://ferry.example/fares', title: 'Ferry fares frozen', site: 'ferry.example' });
    expect(page.annotations[0]).toMatchObject({ id: 'hypothesis-hyp1', color: 'yellow', note: '#fares', tags: ['fares'], version: 1 });
    expect(await importHighlights(db, fromHypothesis(text))).toMatchObject({ added: 0, unchanged: 1 });
    expect(await db.annotations.count()).toBe(1);
  });
});
