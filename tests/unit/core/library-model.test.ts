import { describe, expect, it } from 'vitest';
import { bareRecord } from '../../../src/core/library/bare-record.ts';
import { LibraryModel } from '../../../src/core/library/library-model.ts';
import type { Annotation, PageRecord } from '../../../src/shared/types.ts';

const A = 'https://harbour.example/quota';
const B = 'https://fieldnotes.example/water';
const record = (url: string, title: string, extra: Partial<PageRecord> = {}): PageRecord => ({
  ...bareRecord(url, '2026-03-01T00:00:00.000Z', title),
  site: 'Harbour Daily',
  ...extra,
});
const note = (id: string, url: string, exact: string, day: number, extra: Partial<Annotation> = {}): Annotation => ({
  id,
  url,
  quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: exact.length },
  color: 'yellow',
  note: '',
  createdAt: `2026-03-0${day}T12:00:00.000Z`,
  updatedAt: `2026-03-0${day}T12:00:00.000Z`,
  version: 1,
  tags: [],
  ...extra,
});
const ids = (list: { id: string }[]) => list.map((a) => a.id);

function model() {
  const m = new LibraryModel<Annotation, PageRecord>();
  m.setPages([record(A, 'Quota talks stall'), record(B, 'Reservoir levels fall', { savedAt: '2026-03-02T00:00:00.000Z', tags: ['water'] })]);
  m.addMany([note('a1', A, 'The refinery exported less lithium', 1, { tags: ['minerals'] }), note('a2', A, 'Magnet makers asked', 2)]);
  m.addMany([note('b1', B, 'The reservoir is at a third', 3, { color: 'green' })]);
  return m;
}

describe('the library model', () => {
  it('answers a query with the first rows, the count and the pages that match', () => {
    const m = model();
    const all = m.query({ text: '', filters: {}, limit: 2 });
    expect(ids(all.rows)).toEqual(['b1', 'a2']);
    expect(all.total).toBe(3);
    expect(all.urls).toBeNull();
    const found = m.query({ text: 'quota', filters: {}, limit: 10 });
    expect(ids(found.rows)).toEqual(['a2', 'a1']);
    expect(found.urls).toEqual([A]);
    expect(m.query({ text: '', filters: { color: 'green' }, limit: 10 }).urls).toEqual([B]);
    expect(m.query({ text: '', filters: {}, url: A, limit: 10 }).total).toBe(2);
  });

  it('counts highlights per page and tags, and lists a page without a record by its key', () => {
    const m = model();
    m.addMany([note('c1', 'https://www.other.example/x', 'Loose quote', 4)]);
    expect(m.pages(bareRecord).map((p) => [p.url, p.count, p.site])).toEqual([
      ['https://www.other.example/x', 1, 'other.example'],
      [B, 1, 'Harbour Daily'],
      [A, 2, 'Harbour Daily'],
    ]);
    expect(m.tags()).toEqual([
      { tag: 'minerals', count: 1 },
      { tag: 'water', count: 1 },
    ]);
  });

  it('follows changes: a page re-read, a page record changed, everything read again', () => {
    const m = model();
    m.replacePage(A, [
      note('a1', A, 'The refinery exported less lithium', 1, { note: 'tolls rising', version: 2, updatedAt: '2026-03-05T00:00:00.000Z' }),
    ]);
    expect(m.query({ text: 'tolls', filters: {}, limit: 10 }).rows).toEqual([
      { id: 'a1', version: 2, updated: Date.parse('2026-03-05T00:00:00.000Z') },
    ]);
    expect(m.query({ text: 'magnet', filters: {}, limit: 10 }).total).toBe(0);
    expect(m.pages(bareRecord).find((p) => p.url === A)?.count).toBe(1);
    // A page's note is searched in its highlights: they are re-indexed when the record changes.
    m.setPages([
      record(A, 'Quota talks stall', { note: 'ask the council', updatedAt: '2026-03-06T00:00:00.000Z' }),
      record(B, 'Reservoir levels fall'),
    ]);
    expect(m.query({ text: 'council', filters: {}, limit: 10 }).total).toBe(1);
    m.beginSync();
    m.addMany([note('b1', B, 'The reservoir is at a third', 3, { color: 'green' })]);
    m.endSync();
    expect(m.size).toBe(1);
    // Page A keeps its place for the reader's note about it, with no highlight left.
    expect(m.pages(bareRecord).map((p) => [p.url, p.count])).toEqual([
      [A, 0],
      [B, 1],
    ]);
  });

  it('keeps a newer version when an older copy arrives late', () => {
    const m = model();
    m.replacePage(A, [note('a1', A, 'The refinery exported less lithium', 1, { note: 'newer', version: 3, updatedAt: '2026-03-07T00:00:00.000Z' })]);
    m.addMany([note('a1', A, 'The refinery exported less lithium', 1, { note: 'older', version: 1 })]);
    expect(m.query({ text: 'newer', filters: {}, limit: 10 }).total).toBe(1);
  });
});
