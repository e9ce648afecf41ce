/**
 * Picks the library's search engine by measuring: MiniSearch beside FlexSearch on generated highlights
 * (quote, note, title, site), index build time and per-keystroke query time, and Margin's own index (whole
 * words, prefixes expanded at query time; its memory: `index-memory.ts`). Run with
 * `npx tsx scripts/bench-library/search-engines.ts [count] [mini|flex|margin]` (one engine per process
 * gives each its own heap figure).
 */
import MiniSearch from 'minisearch';
import { Document } from 'flexsearch';
import { LibraryIndex, type IndexedPage } from '../../src/core/library/search.ts';

const WORDS =
  'mining rare earths export quota refinery lithium cobalt nickel tariff ministry council harbour freight contract shortage supply chain battery magnet smelter permit inquiry budget senator union strike court ruling licence drought reservoir vaccine clinic'.split(
    ' ',
  );
const count = Number(process.argv[2] ?? 100_000);
const only = process.argv[3];

/** A deterministic generator so both engines index the same text. */
function rng(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}
const next = rng(7);
// A news-like vocabulary: the themed words above plus 5,000 made-up ones, drawn with a Zipf-like skew.
const syllables = ['ka', 'ro', 'mi', 'ten', 'sul', 'ba', 'dor', 'vi', 'lan', 'qu', 'es', 'tro'];
const vocab = [...WORDS];
for (let i = 0; vocab.length < 5000 + WORDS.length; i++)
  vocab.push(
    syllables[i % 12] +
      syllables[Math.floor(i / 12) % 12] +
      syllables[Math.floor(i / 144) % 12] +
      (i >= 1728 ? syllables[Math.floor(i / 1728) % 12] : ''),
  );
const word = () => vocab[Math.floor(vocab.length * next() ** 3)];
const phrase = (n: number) => Array.from({ length: n }, word).join(' ');
const docs = Array.from({ length: count }, (_, i) => ({
  id: `a${i}`,
  quote: phrase(18),
  note: i % 3 ? phrase(10) : '',
  title: `Story ${i % 5000} ${phrase(5)}`,
  site: `site${i % 50}.example`,
}));
const keystrokes = [
  'l',
  'li',
  'lit',
  'lith',
  'lithi',
  'lithium',
  'lithium r',
  'lithium re',
  'lithium ref',
  'lithium refinery',
  'k',
  'ka',
  'kar',
  'karo',
];

function time<T>(work: () => T): [T, number] {
  const start = performance.now();
  const out = work();
  return [out, performance.now() - start];
}
function stats(ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], p95: sorted[Math.floor(sorted.length * 0.95)] };
}
function queries(search: (q: string) => number): number[] {
  const out: number[] = [];
  for (let round = 0; round < 5; round++) for (const q of keystrokes) out.push(time(() => search(q))[1]);
  return out;
}

const fields = ['quote', 'note', 'title', 'site'];
console.log('| engine | highlights | build (ms) | query median (ms) | query p95 (ms) | heap (MB) |');
console.log('| --- | --- | --- | --- | --- | --- |');
const row = (name: string, build: number, q: number[]) => {
  const s = stats(q);
  const heap = (process.memoryUsage().heapUsed / 1e6).toFixed(0);
  return `| ${name} | ${count.toLocaleString('en')} | ${build.toFixed(0)} | ${s.median.toFixed(1)} | ${s.p95.toFixed(1)} | ${heap} |`;
};
if (!only || only === 'mini') {
  const [mini, miniBuild] = time(() => {
    const index = new MiniSearch({ fields, storeFields: [], searchOptions: { prefix: true, combineWith: 'AND' } });
    index.addAll(docs);
    return index;
  });
  const miniQueries = queries((q) => mini.search(q).length);
  console.log(row('MiniSearch 7.2 (prefix, AND)', miniBuild, miniQueries));
}
if (!only || only === 'flex') {
  const [flex, flexBuild] = time(() => {
    const index = new Document({ tokenize: 'forward', document: { id: 'id', index: fields } });
    for (const doc of docs) index.add(doc);
    return index;
  });
  const flexQueries = queries((q) => flex.search(q, { limit: count }).reduce((n, r) => n + r.result.length, 0));
  console.log(row('FlexSearch 0.8 (forward tokenizer)', flexBuild, flexQueries));
}
if (!only || only === 'margin') {
  // Margin's own index as the library uses it: one combined field, matches filtered and sorted newest first.
  const pages = new Map<string, IndexedPage>();
  const highlights = docs.map((d, i) => {
    const url = `https://${d.site}/story-${i % 5000}`;
    if (!pages.has(url))
      pages.set(url, { url, title: d.title, site: d.site, note: '', tags: [], entities: { people: [], organizations: [], places: [] } });
    return { id: d.id, url, quote: { exact: d.quote }, note: d.note, color: 'yellow', tags: [], createdAt: new Date(1e12 + i * 1000).toISOString() };
  });
  const [margin, marginBuild] = time(() => {
    const index = new LibraryIndex();
    index.setPages([...pages.values()]);
    index.addAll(highlights);
    return index;
  });
  console.log(
    row(
      'Margin LibraryIndex (whole words, prefixes expanded, sorted newest first)',
      marginBuild,
      queries((q) => margin.search(q).length),
    ),
  );
}
