import { describe, expect, it } from 'vitest';
import { LibraryIndex } from '../../../src/core/library/search.ts';
import type { Annotation, PageRecord } from '../../../src/shared/types.ts';

const page = (url: string, title: string, site: string, entities: Partial<PageRecord['entities']> = {}, tags: string[] = []): PageRecord => ({
  url,
  title,
  site,
  savedAt: '2026-03-01T00:00:00.000Z',
  updatedAt: '2026-03-01T00:00:00.000Z',
  entities: { people: [], organizations: [], places: [], ...entities },
  keyFacts: [],
  note: '',
  tags,
});
let n = 0;
const note = (url: string, exact: string, extra: Partial<Annotation> = {}): Annotation => ({
  id: `a${++n}`,
  url,
  quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: exact.length },
  color: 'yellow',
  note: '',
  createdAt: `2026-03-0${n}T12:00:00.000Z`,
  updatedAt: `2026-03-0${n}T12:00:00.000Z`,
  version: 1,
  tags: [],
  ...extra,
});

const A = 'https://harbour.example/quota';
const B = 'https://fieldnotes.example/water';
function library() {
  n = 0;
  const index = new LibraryIndex<Annotation, PageRecord>();
  index.setPages([
    page(A, 'Quota talks stall at the harbour', 'Harbour Daily', { people: ['Ada Quill'], organizations: ['Lynas'] }),
    page(B, 'Reservoir levels fall', 'Field Notes', { places: ['Portmere'] }, ['water']),
  ]);
  const notes = [
    note(A, 'The refinery exported less lithium', { note: 'Compare with [[Quotas]]', tags: ['minerals'] }),
    note(A, 'Magnet makers asked for an exemption', { color: 'green' }),
    note(B, 'The reservoir is at a third of its capacity', { note: 'drought figure' }),
  ];
  index.addAll(notes);
  return { index, notes };
}
const quotes = (list: Annotation[]) => list.map((a) => a.quote.exact);

describe('the library search', () => {
  it('finds highlights by prefixes of words in quotes, notes, tags, titles and sites, newest first', () => {
    const { index } = library();
    expect(quotes(index.search('lith'))).toEqual(['The refinery exported less lithium']);
    expect(quotes(index.search('DROUGHT'))).toEqual(['The reservoir is at a third of its capacity']);
    expect(quotes(index.search('quota'))).toEqual(['Magnet makers asked for an exemption', 'The refinery exported less lithium']);
    expect(quotes(index.search('field notes'))).toEqual(['The reservoir is at a third of its capacity']);
    expect(quotes(index.search('minerals'))).toEqual(['The refinery exported less lithium']);
    expect(index.search('nothing-like-this')).toEqual([]);
    expect(index.search('')).toHaveLength(3);
  });

  it('narrows by site, tag (of the highlight or its page), colour, dates and the page’s names', () => {
    const { index } = library();
    expect(quotes(index.search('', { site: 'field notes' }))).toEqual(['The reservoir is at a third of its capacity']);
    expect(quotes(index.search('', { tag: 'Minerals' }))).toEqual(['The refinery exported less lithium']);
    expect(quotes(index.search('', { tag: 'water' }))).toEqual(['The reservoir is at a third of its capacity']);
    expect(quotes(index.search('', { color: 'green' }))).toEqual(['Magnet makers asked for an exemption']);
    expect(quotes(index.search('', { from: '2026-03-02', to: '2026-03-02' }))).toEqual(['Magnet makers asked for an exemption']);
    expect(quotes(index.search('', { organization: 'lynas' }))).toHaveLength(2);
    expect(quotes(index.search('', { person: 'Ada Quill', color: 'yellow' }))).toEqual(['The refinery exported less lithium']);
    expect(quotes(index.search('', { place: 'Portmere' }))).toEqual(['The reservoir is at a third of its capacity']);
    expect(index.search('magnet', { place: 'Portmere' })).toEqual([]);
  });

  it('orders highlights made within the same second by their milliseconds, whatever order they were indexed in', () => {
    const { notes } = library();
    const index = new LibraryIndex<Annotation, PageRecord>();
    const at = (ms: number, id: string) => ({ ...notes[0], id, createdAt: new Date(Date.UTC(2026, 2, 1, 12, 0, 0, ms)).toISOString() });
    index.addAll([at(900, 'late'), at(5, 'early'), at(400, 'middle')]);
    expect(index.search('lithium').map((a) => a.id)).toEqual(['late', 'middle', 'early']);
    expect(index.search('').map((a) => a.id)).toEqual(['late', 'middle', 'early']);
  });

  it('follows edits and deletions', () => {
    const { index, notes } = library();
    index.upsert({ ...notes[1], note: 'cobalt angle' });
    expect(quotes(index.search('cobalt'))).toEqual(['Magnet makers asked for an exemption']);
    index.remove(notes[1].id);
    expect(index.search('cobalt')).toEqual([]);
    expect(index.size).toBe(2);
  });

  it('builds in slices, reporting progress, with the same results', async () => {
    const { notes } = library();
    const index = new LibraryIndex<Annotation, PageRecord>();
    const many = Array.from({ length: 3000 }, (_, i) => ({ ...notes[i % 3], id: `m${i}` }));
    const progress: number[] = [];
    await index.addAllInSlices(many, { sliceMs: 1, onProgress: (done) => progress.push(done) });
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(3000);
    expect(index.search('lithium')).toHaveLength(1000);
  });
});
