import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotation } from '../../../src/storage/annotations.ts';
import { MarginDatabase } from '../../../src/storage/db.ts';
import { listDrafts, setDraft } from '../../../src/storage/drafts.ts';

let db: MarginDatabase;
afterEach(async () => db?.delete());

const highlight = (exact: string) =>
  createAnnotation(db, {
    url: 'https://ex.com/a',
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: exact.length },
    color: 'yellow',
    note: '',
  });

describe('listDrafts', () => {
  it('reads the drafts of many annotations at once, leaving out those without one', async () => {
    db = new MarginDatabase(`test-${Math.random()}`);
    const [first, second, third] = [await highlight('one'), await highlight('two'), await highlight('three')];
    await setDraft(db, first.id, 'half a thought', 1);
    await setDraft(db, third.id, 'another', 1);
    const drafts = await listDrafts(db, [first.id, second.id, third.id, 'no-such-id', first.id]);
    expect(drafts).toEqual([
      { id: first.id, text: 'half a thought', baseVersion: 1 },
      { id: third.id, text: 'another', baseVersion: 1 },
    ]);
    expect(await listDrafts(db, [])).toEqual([]);
  });
});
