/**
 * Accuracy and speed of Margin's article detection against Mozilla Readability, in one run on the same parsed
 * pages, on two corpora with their own metrics (scripts/bench-article/corpora.ts):
 *
 * - boilerplate (../shared/corpus/boilerplate, 990 pages, trafilatura's evaluation set): snippets found in the
 *   text, counts summed over pages; Readability's content.
 * - dragnet (../shared/corpus/dragnet, 963 pages, gold = headline + byline + body): per-page bag-of-words F1,
 *   mean over pages and share of pages at 0.9 or more; Readability's title + content.
 *
 * Each is scored on all pages and on its held-out 20% (the pages whose id's FNV-1a hash is 0 modulo 5; never
 * tuned on), in Node (linkedom) and in Chromium (the built extension on the live page).
 *
 *   npm run bench                      both corpora, all pages, Node and Chromium
 *   npm run bench -- --corpus dragnet  one corpus only (boilerplate | dragnet)
 *   npm run bench -- --quick           every 4th page (for tuning); --sample N: every Nth
 *   npm run bench -- --worst 20        also list the 20 worst tuning pages for Margin (never held-out ones)
 *   npm run bench -- --page d123       print Margin's text and what it got wrong on one page
 *   npm run bench -- --only margin     skip the other extractors
 *   npm run bench -- --node-only       skip the Chromium half; --chromium-only: skip the Node half
 *   npm run bench -- --dist DIR        the built extension for the Chromium half (default dist/, or $MARGIN_DIST)
 *   npm run bench -- --dump FILE       also write every page's Margin result as JSON (FILE.<corpus>.json, and
 *                                      FILE.<corpus>.chromium.json for the Chromium half)
 *
 * In Node, pages are parsed by linkedom (after parse5 normalization where linkedom loses the body, see
 * src/cli/read-page.ts), decoded as a browser would (BOM, declared charset, windows-1252 fallback).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readPage } from '../src/cli/read-page.ts';
import { runInChromium, type BrowserResult } from './bench-article/chromium.ts';
import { CORPORA, loadCorpora, type Corpus, type CorpusName, type PageScore } from './bench-article/corpora.ts';
import type { Extractor } from './bench-article/extractors.ts';
import { margin, marginBody, pageText, readability, readabilityWithTitle } from './bench-article/extractors.ts';
import { add, isHeldOut, prf, quantile, zero } from './bench-article/score.ts';
import { words } from './bench-article/score.ts';

/** The outcome of one extractor on one page. */
export interface PageResult {
  id: string;
  extractor: string;
  ms: number;
  score: PageScore;
  text: string;
  longestTask?: number;
}

interface Options {
  corpora: CorpusName[];
  sample: number;
  worst: number;
  page: string | null;
  only: string | null;
  nodeOnly: boolean;
  chromiumOnly: boolean;
  dist: string;
  dump: string | null;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = {
    corpora: ['boilerplate', 'dragnet'],
    sample: 1,
    worst: 0,
    page: null,
    only: null,
    nodeOnly: false,
    chromiumOnly: false,
    dist: resolve(process.env.MARGIN_DIST ?? resolve(import.meta.dirname, '../dist')),
    dump: null,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--quick') opts.sample = 4;
    else if (a === '--sample') opts.sample = Math.max(1, Number(argv[++i] ?? 4));
    else if (a === '--corpus') {
      const name = argv[++i] as CorpusName;
      if (!(name in CORPORA)) throw new Error(`--corpus takes one of: ${Object.keys(CORPORA).join(', ')}`);
      opts.corpora = [name];
    } else if (a === '--worst') opts.worst = Number(argv[++i] ?? 20);
    else if (a === '--page') opts.page = argv[++i] ?? null;
    else if (a === '--only') opts.only = (argv[++i] ?? '').toLowerCase();
    else if (a === '--node-only') opts.nodeOnly = true;
    else if (a === '--chromium-only') opts.chromiumOnly = true;
    else if (a === '--dist') opts.dist = resolve(argv[++i] ?? 'dist');
    else if (a === '--dump') opts.dump = argv[++i] ?? null;
  }
  return opts;
}

/** The extractors run in Node on a corpus: Readability's text with its title where the gold has the headline. */
function extractorsFor(corpus: Corpus, only: string | null): Extractor[] {
  const list: Extractor[] = [
    margin as Extractor,
    (corpus.readabilityTitle ? readabilityWithTitle : readability) as Extractor,
    ...(corpus.metric === 'snippets' ? [marginBody as Extractor] : []),
    pageText as Extractor,
  ];
  return only ? list.filter((e) => e.name.toLowerCase() === only) : list;
}

/** Runs the extractors (non-mutating ones first) on one parsed page. */
async function runPage(corpus: Corpus, id: string, extractors: Extractor[]): Promise<PageResult[]> {
  const { document } = await readPage(corpus.pageFile(id));
  const ordered = [...extractors].sort((a, b) => Number(a.mutates) - Number(b.mutates));
  const results: PageResult[] = [];
  for (const ex of ordered) {
    const start = performance.now();
    let result: unknown = null;
    try {
      result = ex.extract(document);
    } catch (error) {
      process.stderr.write(`${ex.name} failed on ${id}: ${(error as Error).message}\n`);
    }
    const ms = performance.now() - start;
    const text = result === null ? '' : ex.text(result as never);
    results.push({ id, extractor: ex.name, ms, text, score: corpus.score(id, text) });
  }
  return results;
}

const f3 = (x: number) => x.toFixed(3);
const f1 = (x: number) => x.toFixed(1);
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Scores of one extractor's results: summed snippet counts, or means of per-page scores. */
function summarize(corpus: Corpus, mine: PageResult[]) {
  let p: number, r: number, f: number;
  if (corpus.metric === 'snippets') {
    const c = zero();
    for (const x of mine) add(c, x.score.counts!);
    ({ p, r, f1: f } = prf(c));
  } else {
    p = mean(mine.map((x) => x.score.p));
    r = mean(mine.map((x) => x.score.r));
    f = mean(mine.map((x) => x.score.f1));
  }
  const ms = mine.map((x) => x.ms);
  return {
    n: mine.length,
    p,
    r,
    f1: f,
    high: mine.filter((x) => x.score.f1 >= 0.9).length / (mine.length || 1),
    empty: mine.filter((x) => words(x.text).length === 0).length,
    median: quantile(ms, 0.5),
    p95: quantile(ms, 0.95),
  };
}

/** Prints precision/recall/F1 and timing per extractor, with ratios to the first (Margin). */
function report(corpus: Corpus, title: string, results: PageResult[], names: string[]): void {
  const rows = names.map((name) => ({
    name,
    ...summarize(
      corpus,
      results.filter((r) => r.extractor === name),
    ),
  }));
  const words = corpus.metric === 'words';
  process.stdout.write(`\n[${corpus.name}] ${title}\n`);
  process.stdout.write(
    `${'extractor'.padEnd(12)} ${'pages'.padStart(5)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}${words ? ' ≥0.9  empty' : ''} ${'med ms'.padStart(7)} ${'p95 ms'.padStart(7)}\n`,
  );
  for (const row of rows) {
    const extra = words ? ` ${f3(row.high).padStart(5)} ${String(row.empty).padStart(6)}` : '';
    process.stdout.write(
      `${row.name.padEnd(12)} ${String(row.n).padStart(5)} ${f3(row.p).padStart(6)} ${f3(row.r).padStart(6)} ${f3(row.f1).padStart(6)}${extra} ${f1(row.median).padStart(7)} ${f1(row.p95).padStart(7)}\n`,
    );
  }
  const base = rows[0];
  for (const row of rows.filter((r) => r.name === readability.name)) {
    process.stdout.write(
      `${base.name} − ${row.name}: F1 ${base.f1 >= row.f1 ? '+' : ''}${f3(base.f1 - row.f1)}, median time ${f3(base.median / (row.median || 1))}x, p95 time ${f3(base.p95 / (row.p95 || 1))}x\n`,
    );
  }
}

/** Reports all pages, the tuning part and the held-out part. */
function reportParts(corpus: Corpus, where: string, results: PageResult[], names: string[], sample: number): void {
  const note = sample > 1 ? ` (every ${sample}th page)` : '';
  report(corpus, `${where}: all pages${note}`, results, names);
  report(
    corpus,
    `${where}: tuning part (80%)`,
    results.filter((r) => !isHeldOut(r.id)),
    names,
  );
  report(
    corpus,
    `${where}: held-out part (20%: FNV-1a hash of the page id ≡ 0 mod 5; never tuned on)`,
    results.filter((r) => isHeldOut(r.id)),
    names,
  );
}

/** Lists the tuning pages where Margin does worst, with what it missed and leaked. */
function listWorst(corpus: Corpus, results: PageResult[], n: number): void {
  const mine = results.filter((r) => r.extractor === margin.name && !isHeldOut(r.id));
  const loss = (r: PageResult) => (r.score.counts ? r.score.counts.fn + r.score.counts.fp : 1 - r.score.f1);
  mine.sort((a, b) => loss(b) - loss(a));
  process.stdout.write(`\n[${corpus.name}] Worst ${n} tuning pages for Margin:\n`);
  const urls = new Map(corpus.pages.map((p) => [p.id, p.url]));
  for (const r of mine.slice(0, n)) {
    process.stdout.write(`${r.id} P=${f3(r.score.p)} R=${f3(r.score.r)} F1=${f3(r.score.f1)} chars=${r.text.length} ${urls.get(r.id) ?? ''}\n`);
    for (const s of r.score.missed.slice(0, 6)) process.stdout.write(`   - missed: ${s.slice(0, 100)}\n`);
    for (const s of r.score.leaked.slice(0, 6)) process.stdout.write(`   + leaked: ${s.slice(0, 100)}\n`);
  }
}

/** Writes Margin's per-page results (scores, missed and leaked parts, held-out flag) for offline analysis. */
function dumpResults(file: string, results: PageResult[]): void {
  const mine = results
    .filter((r) => r.extractor === margin.name)
    .map(({ id, ms, longestTask, score, text }) => ({ id, heldOut: isHeldOut(id), ms, longestTask, ...score, chars: text.length }));
  writeFileSync(file, JSON.stringify(mine, null, 1));
}

async function onePage(corpora: Corpus[], id: string, only: string | null): Promise<void> {
  const corpus = corpora.find((c) => c.pages.some((p) => p.id === id));
  if (!corpus) throw new Error(`no page ${id} in ${corpora.map((c) => c.name).join(', ')}`);
  for (const r of await runPage(corpus, id, extractorsFor(corpus, only))) {
    process.stdout.write(`== ${r.extractor} ${f1(r.ms)} ms P=${f3(r.score.p)} R=${f3(r.score.r)} F1=${f3(r.score.f1)}\n`);
    if (r.extractor === margin.name) process.stdout.write(r.text + '\n');
    for (const s of r.score.missed) process.stdout.write(`   - missed: ${s}\n`);
    for (const s of r.score.leaked) process.stdout.write(`   + leaked: ${s}\n`);
  }
}

async function nodeHalf(corpus: Corpus, opts: Options): Promise<void> {
  const extractors = extractorsFor(corpus, opts.only);
  const pages = corpus.pages.filter((_, i) => i % opts.sample === 0);
  const results: PageResult[] = [];
  for (const page of pages) {
    try {
      results.push(...(await runPage(corpus, page.id, extractors)));
    } catch (error) {
      process.stderr.write(`cannot read ${page.id}: ${(error as Error).message}\n`);
    }
  }
  reportParts(
    corpus,
    'Node (linkedom)',
    results,
    extractors.map((e) => e.name),
    opts.sample,
  );
  if (opts.worst > 0) listWorst(corpus, results, opts.worst);
  if (opts.dump) dumpResults(`${opts.dump}.${corpus.name}.json`, results);
}

/**
 * The same pages live in headless Chromium with the built extension: Margin's clean (detection + hiding,
 * scored on the page's innerText afterwards) against Readability's parse of a clone of the document.
 */
async function chromiumHalf(corpus: Corpus, opts: Options): Promise<void> {
  const pages = corpus.pages.filter((_, i) => i % opts.sample === 0);
  process.stdout.write(`\n[${corpus.name}] Chromium: ${pages.length} live pages with the extension (${opts.dist})…\n`);
  const results: BrowserResult[] = await runInChromium(corpus, pages, opts.dist, (done) => {
    if (done % 50 === 0) process.stderr.write(`  ${corpus.name} ${done}/${pages.length}\n`);
  });
  if (opts.dump) dumpResults(`${opts.dump}.${corpus.name}.chromium.json`, results);
  reportParts(
    corpus,
    'Chromium (Margin: detection + hiding, innerText after; Readability: parse of a document clone)',
    results,
    ['Margin', 'Readability', 'page text'],
    opts.sample,
  );
  const mine = results.filter((r) => r.extractor === 'Margin');
  const theirs = results.filter((r) => r.extractor === 'Readability');
  const long = (rs: typeof results) =>
    `${rs.filter((r) => r.longestTask > 50).length} of ${rs.length} pages, longest ${f1(Math.max(0, ...rs.map((r) => r.longestTask)))} ms`;
  process.stdout.write(`[${corpus.name}] Main-thread tasks over 50 ms: Margin ${long(mine)}; Readability ${long(theirs)}\n`);
  const hidden = mine.filter((r) => r.headlineHidden).map((r) => r.id);
  process.stdout.write(
    `[${corpus.name}] Pages where clean hides the headline (the visible heading matching og:title/JSON-LD/<title>): ${hidden.length} of ${mine.length}${hidden.length ? ` (${hidden.slice(0, 20).join(' ')})` : ''}\n`,
  );
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const corpora = loadCorpora(opts.corpora, 'npm run bench');
  if (opts.page) return onePage(corpora, opts.page, opts.only);
  if (!opts.chromiumOnly) for (const corpus of corpora) await nodeHalf(corpus, opts);
  if (!opts.nodeOnly) for (const corpus of corpora) await chromiumHalf(corpus, opts);
}

await main();
