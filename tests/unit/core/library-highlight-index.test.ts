import { describe, expect, it } from 'vitest';
import { Index } from 'flexsearch';
import { HighlightIndex, wordsStartingWith, type IndexedHighlight, type IndexedPage } from '../../../src/core/library/highlight-index.ts';

const page = (url: string, title: string, extra: Partial<IndexedPage> = {}): IndexedPage => ({
  url,
  title,
  site: 'Harbour Daily',
  note: '',
  tags: [],
  entities: { people: [], organizations: [], places: [] },
  ...extra,
});
const A = 'https://harbour.example/quota';
const B = 'https://www.fieldnotes.example/water';
const hl = (id: string, url: string, exact: string, minute: number, extra: Partial<IndexedHighlight> = {}): IndexedHighlight => ({
  id,
  url,
  quote: { exact },
  note: '',
  color: 'yellow',
  tags: [],
  createdAt: new Date(Date.UTC(2026, 2, 1, 12, minute)).toISOString(),
  version: 1,
  updatedAt: new Date(Date.UTC(2026, 2, 1, 12, minute)).toISOString(),
  ...extra,
});

function library() {
  const index = new HighlightIndex();
  index.setPages([page(A, 'Quota talks stall', { note: 'ask the council', tags: ['Minerals'] })]);
  index.upsert(hl('a1', A, 'The refinery exported less lithium', 1, { note: 'Café figures' }));
  index.upsert(hl('a2', A, 'Magnet makers asked for an exemption', 2, { color: 'green' }));
  index.upsert(hl('b1', B, 'The reservoir is at a third', 3, { tags: ['Drought'] }));
  return index;
}
const ids = (index: HighlightIndex, text: string, filters = {}, url?: string) =>
  index.find(text, filters, { url }).seqs.map((seq) => index.idAt(seq));

describe('the library’s highlight index', () => {
  it('matches every query word as the start of a word of the highlight or of its page, newest first', () => {
    const index = library();
    expect(ids(index, 'lith')).toEqual(['a1']);
    expect(ids(index, 'REFINERY LITHIUM')).toEqual(['a1']);
    expect(ids(index, 'cafe')).toEqual(['a1']);
    // Page title, page note, page tags, site, and the host of a page without a record.
    expect(ids(index, 'quota')).toEqual(['a2', 'a1']);
    expect(ids(index, 'council magnet')).toEqual(['a2']);
    expect(ids(index, 'minerals')).toEqual(['a2', 'a1']);
    expect(ids(index, 'harbour daily')).toEqual(['a2', 'a1']);
    expect(ids(index, 'fieldnotes')).toEqual(['b1']);
    expect(ids(index, 'drou')).toEqual(['b1']);
    expect(ids(index, 'lithium magnet')).toEqual([]);
    expect(ids(index, '')).toEqual(['b1', 'a2', 'a1']);
  });

  it('answers the first rows, the count and the pages that match', () => {
    const found = library().find('the', {}, { limit: 1 });
    expect(found.total).toBe(3);
    expect(found.seqs).toHaveLength(1);
    expect(found.urls.sort()).toEqual([A, B].sort());
  });

  it('filters by colour, tag of the highlight or its page, site, dates and one page', () => {
    const index = library();
    expect(ids(index, '', { color: 'green' })).toEqual(['a2']);
    expect(ids(index, '', { color: 'purple' })).toEqual([]);
    expect(ids(index, '', { tag: 'drought' })).toEqual(['b1']);
    expect(ids(index, '', { tag: 'minerals' })).toEqual(['a2', 'a1']);
    expect(ids(index, '', { site: 'fieldnotes.example' })).toEqual(['b1']);
    expect(ids(index, '', { from: '2026-03-01', to: '2026-03-01' })).toHaveLength(3);
    expect(ids(index, '', { from: '2026-03-02' })).toEqual([]);
    expect(ids(index, '', {}, A)).toEqual(['a2', 'a1']);
  });

  it('follows edits, removals and page records changing, and forgets old words after a sweep', () => {
    const index = library();
    index.upsert(hl('a1', A, 'The refinery exported less cobalt', 1, { version: 2 }));
    expect(ids(index, 'lithium')).toEqual([]);
    expect(ids(index, 'cobalt')).toEqual(['a1']);
    expect(index.stamp('a1')?.version).toBe(2);
    index.remove('a2');
    expect(ids(index, 'magnet')).toEqual([]);
    expect(index.size).toBe(2);
    expect(index.idsOn(A)).toEqual(['a1']);
    index.setPages([page(A, 'Tolls rise')]);
    expect(ids(index, 'quota')).toEqual([]);
    expect(ids(index, 'tolls')).toEqual(['a1']);
    // Thousands of edits: the old numbers are swept out, answers stay the same.
    for (let v = 3; v < 2500; v++) index.upsert(hl('a1', A, `The refinery exported less cobalt ${v}`, 1, { version: v }));
    expect(ids(index, 'cobalt')).toEqual(['a1']);
    expect(index.find('the').total).toBe(2);
  });

  it('counts highlights per page and lists their tags', () => {
    const index = library();
    expect([...index.pagesWithHighlights()].map((p) => [p.url, p.count])).toEqual([
      [A, 2],
      [B, 1],
    ]);
    expect([...index.highlightTags()]).toEqual([['Drought']]);
  });

  it('finds the words of a sorted vocabulary that begin with a prefix', () => {
    expect(wordsStartingWith(['cab', 'cob', 'cobalt', 'cod', 'lith'], 'cob')).toEqual(['cob', 'cobalt']);
    expect(wordsStartingWith(['a', 'b'], 'z')).toEqual([]);
  });
});

describe('the library’s highlight index beside FlexSearch’s forward index', () => {
  it('finds the same highlights for every prefix typed', () => {
    // Words with capitals, accents and doubled letters, drawn with a fixed seed.
    const words = 'Lithium lithe Café cafe Ballroom balloon Zürich zurich refinery Refill strait Straße 2026 co-op'.split(' ');
    let seed = 5;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const phrase = (n: number) => Array.from({ length: n }, () => words[Math.floor(next() * words.length)]).join(' ');
    const url = 'https://host.example/p';
    const index = new HighlightIndex();
    const flex = new Index({ tokenize: 'forward' });
    for (let i = 0; i < 300; i++) {
      const h = hl(`h${i}`, url, phrase(6), i % 60, { note: i % 2 ? phrase(3) : '' });
      index.upsert(h);
      flex.add(i, `${h.quote.exact} \n ${h.note} \n host.example`);
    }
    for (const query of [
      'l',
      'li',
      'lit',
      'ca',
      'caf',
      'café',
      'bal',
      'ball',
      'zu',
      'zür',
      'stra',
      'straß',
      '20',
      'co',
      'co-op',
      'lith ref',
      'host',
    ]) {
      const ours = ids(index, query).sort();
      const theirs = (flex.search(query, { limit: 1000 }) as number[]).map((n) => `h${n}`).sort();
      expect(ours, query).toEqual(theirs);
    }
  });
});
