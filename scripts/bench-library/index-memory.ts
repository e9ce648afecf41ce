/**
 * The library index's memory and query time, Margin's `HighlightIndex` beside FlexSearch's own index with
 * the options that matter for memory, on generated highlights (quote + note + tags; page text apart).
 * Run `node --expose-gc --import tsx scripts/bench-library/index-memory.ts [count] [small|large] [engine]`
 * with engine one of `margin`, `forward`, `forward-r1`, `strict`, `strict-fast`, `strict-fast-r1` (one engine per process,
 * so each heap figure is its own). `small` is the 30-word vocabulary of `npm run bench:library`, `large`
 * adds 5,000 made-up words drawn with a Zipf-like skew. Heap: used after the build minus used once the
 * index is dropped (both after a full GC). The FlexSearch rows only find whole words for `strict`.
 */
import { Index } from 'flexsearch';
import { HighlightIndex } from '../../src/core/library/highlight-index.ts';

const WORDS =
  'mining rare earths export quota refinery lithium cobalt nickel tariff ministry council harbour freight contract shortage supply chain battery magnet smelter permit inquiry budget senator union strike court ruling licence drought reservoir vaccine clinic'.split(
    ' ',
  );
const count = Number(process.argv[2] ?? 100_000);
const vocabulary = process.argv[3] ?? 'small';
const engine = process.argv[4] ?? 'margin';
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('Run with node --expose-gc (see the comment at the top).');

let seed = 17;
const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
const syllables = ['ka', 'ro', 'mi', 'ten', 'sul', 'ba', 'dor', 'vi', 'lan', 'qu', 'es', 'tro'];
const vocab = [...WORDS];
if (vocabulary === 'large')
  for (let i = 0; vocab.length < 5000 + WORDS.length; i++)
    vocab.push(
      syllables[i % 12] +
        syllables[Math.floor(i / 12) % 12] +
        syllables[Math.floor(i / 144) % 12] +
        (i >= 1728 ? syllables[Math.floor(i / 1728) % 12] : ''),
    );
const word = () => (vocabulary === 'large' ? vocab[Math.floor(vocab.length * next() ** 3)] : WORDS[Math.floor(next() * WORDS.length)]);
const phrase = (n: number) => Array.from({ length: n }, word).join(' ');
const highlights = Array.from({ length: count }, (_, i) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  url: `https://site${i % 200}.example/news/story-${i % 5000}`,
  quote: { exact: phrase(16) },
  note: i % 3 ? `${phrase(10)} [[${WORDS[i % 30]}]]` : '',
  color: ['yellow', 'green', 'blue', 'pink'][i % 4],
  tags: i % 5 ? [] : [`tag-${i % 40}`],
  createdAt: new Date(1.7e12 + i * 1000).toISOString(),
  version: 1,
  updatedAt: new Date(1.7e12 + i * 1000).toISOString(),
}));
const textOf = (h: (typeof highlights)[number]) => [h.quote.exact, h.note, ...h.tags].join(' \n ');
const EDITS = Number(process.env.EDITS ?? 200);
const keystrokes = ['l', 'li', 'lit', 'lith', 'lithi', 'lithium', 'lithium r', 'lithium re', 'lithium ref', 'lithium refinery', 'c', 'co', 'cob'];

const flexOptions: Record<string, object> = {
  forward: { tokenize: 'forward' },
  'forward-r1': { tokenize: 'forward', resolution: 1 },
  strict: { tokenize: 'strict' },
  'strict-fast': { tokenize: 'strict', fastupdate: true },
  'strict-fast-r1': { tokenize: 'strict', fastupdate: true, resolution: 1 },
};
let search: (q: string) => number;
let edit: (i: number) => void;
let drop: () => void;
gc();
const start = performance.now();
if (engine === 'margin') {
  let index: HighlightIndex | null = new HighlightIndex();
  for (const h of highlights) index.upsert(h);
  search = (q) => index!.find(q, {}, { limit: 100 }).total;
  edit = (i) => index!.upsert({ ...highlights[i], note: 'edited', version: 2 });
  drop = () => (index = null);
} else {
  let index: Index | null = new Index(flexOptions[engine]);
  highlights.forEach((h, i) => index!.add(i, textOf(h)));
  search = (q) => (index!.search(q, { limit: count }) as number[]).length;
  edit = (i) => index!.update(i, 'edited');
  drop = () => (index = null);
}
const build = performance.now() - start;
const times: number[] = [];
const found: number[] = [];
for (let round = 0; round < 5; round++)
  for (const q of keystrokes) {
    const t = performance.now();
    const n = search(q);
    times.push(performance.now() - t);
    if (round === 0) found.push(n);
  }
gc();
const withIndex = process.memoryUsage().heapUsed;
// Edits spread over the library (the oldest, the middle, the newest…): the old words leave the index.
const editStart = performance.now();
for (let i = 0; i < EDITS; i++) edit(Math.floor((i * count) / EDITS));
const editMs = (performance.now() - editStart) / EDITS;
drop();
gc();
const heap = (withIndex - process.memoryUsage().heapUsed) / 1e6;
times.sort((a, b) => a - b);
console.log(
  '| engine | highlights | vocabulary | build (ms) | query median (ms) | query p95 (ms) | edit (ms) | index heap (MB) | found per keystroke |',
);
console.log(
  `| ${engine} | ${count.toLocaleString('en')} | ${vocabulary} | ${build.toFixed(0)} | ${times[times.length >> 1].toFixed(1)} | ${times[Math.floor(times.length * 0.95)].toFixed(1)} | ${editMs.toFixed(2)} | ${heap.toFixed(0)} | ${found.join(' ')} |`,
);
