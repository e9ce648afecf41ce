import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { MarginDatabase } from '../../../src/storage/db.ts';
import { createAnnotation, deleteAnnotation } from '../../../src/storage/annotations.ts';
import { exportBackup, importBackup } from '../../../src/storage/backup.ts';
import {
  getPage,
  listAllAnnotations,
  listPages,
  listTagNames,
  listTags,
  normalizeTags,
  readAnnotationChunk,
  readAnnotationsById,
  savePageRecord,
  setAnnotationTags,
  updatePage,
} from '../../../src/storage/library.ts';
import { readSettings, writeSettings } from '../../../src/storage/settings.ts';
import type { KeyFact } from '../../../src/shared/types.ts';

const dbs: MarginDatabase[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((d) => d.delete()));
});
const fresh = () => {
  const db = new MarginDatabase(`library-${Math.random()}`);
  dbs.push(db);
  return db;
};

const PAGE_A = 'https://harbour.example/quota-talks';
const PAGE_B = 'https://www.fieldnotes.example/reservoir';
const highlight = (url: string, exact: string, note = '') => ({
  url,
  quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector' as const, start: 0, end: exact.length },
  color: 'yellow' as const,
  note,
});
const meta = (title: string) => ({
  title,
  byline: 'Ada Quill',
  published: '2026-03-02',
  site: 'Harbour Daily',
  lang: 'en',
  url: null,
  description: null,
  tags: [],
});
const facts: KeyFact[] = [
  { type: 'PER', text: 'Ada Quill', count: 2, first: 0 },
  { type: 'ORG', text: 'Harbour Council', count: 1, first: 1 },
  { type: 'LOC', text: 'Portmere', count: 3, first: 2 },
  { type: 'MONEY' as KeyFact['type'], text: '$4m', count: 1, first: 3, sentence: 'It cost $4m.' },
];

describe('the library storage', () => {
  it('normalizes tags: no #, trimmed, one space, no duplicates ignoring case, order kept', () => {
    expect(normalizeTags([' #Minerals ', 'export   quota', 'minerals', '', '##x'])).toEqual(['Minerals', 'export quota', 'x']);
  });

  it('records a page with its metadata and entities, and keeps the reader’s note and tags when it is refreshed', async () => {
    const db = fresh();
    await savePageRecord(db, PAGE_A, { meta: meta('Quota talks stall'), facts }, new Date('2026-03-03T10:00:00Z'));
    await updatePage(db, PAGE_A, { note: 'Compare with [[Quotas]] #minerals', tags: ['#minerals'] });
    const refreshed = await savePageRecord(db, PAGE_A, { meta: meta('Quota talks stall, again'), facts: facts.slice(0, 1) });
    expect(refreshed).toMatchObject({
      title: 'Quota talks stall, again',
      site: 'Harbour Daily',
      author: 'Ada Quill',
      published: '2026-03-02',
      savedAt: '2026-03-03T10:00:00.000Z',
      note: 'Compare with [[Quotas]] #minerals',
      tags: ['minerals'],
      entities: { people: ['Ada Quill'], organizations: [], places: [] },
    });
    expect(await getPage(db, PAGE_A)).toEqual(refreshed);
  });

  it('lists every page with highlights newest first with counts, leaving the Trash out', async () => {
    const db = fresh();
    const a1 = await createAnnotation(db, highlight(PAGE_A, 'first'), new Date('2026-03-01T00:00:00Z'));
    await createAnnotation(db, highlight(PAGE_A, 'second'), new Date('2026-03-02T00:00:00Z'));
    const b1 = await createAnnotation(db, highlight(PAGE_B, 'third'), new Date('2026-03-04T00:00:00Z'));
    await savePageRecord(db, PAGE_A, { meta: meta('Quota talks') }, new Date('2026-03-01T00:00:00Z'));
    await deleteAnnotation(db, a1.id);
    const pages = await listPages(db);
    // Page B has no record (made before the library existed): it is listed by its address and host.
    expect(pages.map((p) => [p.url, p.count, p.title, p.site])).toEqual([
      [PAGE_B, 1, PAGE_B, 'fieldnotes.example'],
      [PAGE_A, 1, 'Quota talks', 'Harbour Daily'],
    ]);
    expect((await listAllAnnotations(db)).map((a) => a.quote.exact)).toEqual(['third', 'second']);
    await deleteAnnotation(db, b1.id);
    expect((await listPages(db)).map((p) => p.url)).toEqual([PAGE_A]);
  });

  it('reads the newest highlights first, then all of them in chunks by key, leaving the Trash out', async () => {
    const db = fresh();
    const made = [];
    for (let i = 0; i < 7; i++) made.push(await createAnnotation(db, highlight(PAGE_A, `quote ${i}`), new Date(Date.UTC(2026, 2, 1 + i))));
    await deleteAnnotation(db, made[3].id);
    await savePageRecord(db, PAGE_A, { meta: meta('Quota talks') });
    const newest = await readAnnotationChunk(db, { newest: 2 });
    expect(newest.annotations.map((a) => a.quote.exact)).toEqual(['quote 6', 'quote 5']);
    expect(newest.total).toBeNull();
    expect(newest.pages?.map((p) => p.title)).toEqual(['Quota talks']);
    const seen: string[] = [];
    let after: string | undefined;
    let chunks = 0;
    do {
      const chunk = await readAnnotationChunk(db, { after, limit: 3 });
      expect(chunk.total).toBe(chunks === 0 ? 6 : null);
      seen.push(...chunk.annotations.map((a) => a.id));
      after = chunk.next ?? undefined;
      chunks++;
    } while (after !== undefined);
    expect(chunks).toBe(3);
    expect(seen.sort()).toEqual(
      made
        .filter((_, i) => i !== 3)
        .map((a) => a.id)
        .sort(),
    );
  });

  it('reads the highlights a list draws by id, leaving out the Trash and ids that name nothing', async () => {
    const db = fresh();
    const a = await createAnnotation(db, highlight(PAGE_A, 'kept'));
    const b = await createAnnotation(db, highlight(PAGE_B, 'binned'));
    await deleteAnnotation(db, b.id);
    const read = await readAnnotationsById(db, [b.id, 'no-such-id', a.id]);
    expect(read.map((x) => x.quote.exact)).toEqual(['kept']);
  });

  it('sets tags on highlights and pages and counts them for completion', async () => {
    const db = fresh();
    const a = await createAnnotation(db, highlight(PAGE_A, 'first'));
    const b = await createAnnotation(db, highlight(PAGE_B, 'second'));
    const tagged = await setAnnotationTags(db, a.id, ['minerals', '#Quotas']);
    expect(tagged).toMatchObject({ tags: ['minerals', 'Quotas'], version: 2 });
    await setAnnotationTags(db, b.id, ['Minerals']);
    await updatePage(db, PAGE_B, { tags: ['water'] });
    expect(await listTags(db)).toEqual([
      { tag: 'Minerals', count: 2 },
      { tag: 'Quotas', count: 1 },
      { tag: 'water', count: 1 },
    ]);
    // Names only, from the tag indexes (what the framed note editor completes from).
    expect(await listTagNames(db)).toEqual(['Minerals', 'Quotas', 'water']);
    expect(await setAnnotationTags(db, 'no-such-id', ['x'])).toBeNull();
  });

  it('keeps tags, pages and colour meanings through a backup and restore', async () => {
    const db = fresh();
    const a = await createAnnotation(db, highlight(PAGE_A, 'first', 'see **USGS**'));
    await setAnnotationTags(db, a.id, ['minerals', 'export quota']);
    await savePageRecord(db, PAGE_A, { meta: meta('Quota talks'), facts });
    await updatePage(db, PAGE_A, { note: 'Whole page: #minerals', tags: ['to-read'] });
    await writeSettings(db, { colorMeanings: { yellow: 'claim', green: 'evidence' } });
    const text = await exportBackup(db);

    const other = fresh();
    await importBackup(other, text);
    expect((await listAllAnnotations(other))[0]).toMatchObject({ id: a.id, tags: ['minerals', 'export quota'], note: 'see **USGS**' });
    expect(await getPage(other, PAGE_A)).toEqual(await getPage(db, PAGE_A));
    expect((await readSettings(other)).colorMeanings).toEqual({ yellow: 'claim', green: 'evidence' });
  });
});
