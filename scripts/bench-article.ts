/**
 * Accuracy and speed of Margin's article detection against Mozilla Readability on the boilerplate corpus
 * (../shared/corpus/boilerplate, trafilatura's evaluation set), in one run on the same parsed pages.
 *
 *   npm run bench                      all 990 pages, table for the whole set and the held-out 20%
 *   npm run bench -- --quick           every 4th page (for tuning)
 *   npm run bench -- --worst 20        also list the 20 worst tuning pages for Margin (never held-out ones)
 *   npm run bench -- --page p0123      print Margin's text and the snippets it got wrong on one page
 *   npm run bench -- --only margin     skip the other extractors
 *   npm run bench -- --node-only       skip the Chromium half
 *   npm run bench -- --dump FILE       also write every page's Margin result (missed/leaked snippets) as JSON
 *                                      (the Chromium half's to FILE.chromium.json)
 *
 * This is the Node half: pages are parsed by linkedom (after parse5 normalization where linkedom loses the
 * body, see src/cli/read-page.ts). A Chromium half (the live page in the extension) can plug in as another
 * `PageSource` producing `PageResult`s for the same `report()`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPage } from '../src/cli/read-page.ts';
import { runInChromium } from './bench-article/chromium.ts';
import type { Extractor } from './bench-article/extractors.ts';
import { margin, marginBody, pageText, readability } from './bench-article/extractors.ts';
import type { Counts } from './bench-article/score.ts';
import { add, isHeldOut, prf, quantile, scorePage, zero } from './bench-article/score.ts';
import { sharedData } from './shared-data.ts';

const CORPUS = sharedData('corpus/boilerplate', "the boilerplate corpus, trafilatura's evaluation set", 'npm run bench');

/** One corpus page as index.json lists it. */
interface CorpusPage {
  id: string;
  url: string;
  with: string[];
  without: string[];
}

/** The outcome of one extractor on one page. */
export interface PageResult {
  id: string;
  extractor: string;
  ms: number;
  counts: Counts;
  missed: string[];
  leaked: string[];
  text: string;
}

interface Options {
  quick: boolean;
  worst: number;
  page: string | null;
  only: string | null;
  nodeOnly: boolean;
  dump: string | null;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { quick: false, worst: 0, page: null, only: null, nodeOnly: false, dump: null };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--quick') opts.quick = true;
    else if (a === '--worst') opts.worst = Number(argv[++i] ?? 20);
    else if (a === '--page') opts.page = argv[++i] ?? null;
    else if (a === '--only') opts.only = (argv[++i] ?? '').toLowerCase();
    else if (a === '--node-only') opts.nodeOnly = true;
    else if (a === '--dump') opts.dump = argv[++i] ?? null;
  }
  return opts;
}

/** Runs the extractors (non-mutating ones first) on one parsed page. */
async function runPage(page: CorpusPage, extractors: Extractor[]): Promise<PageResult[]> {
  const { document } = await readPage(join(CORPUS, 'pages', `${page.id}.html.gz`));
  const ordered = [...extractors].sort((a, b) => Number(a.mutates) - Number(b.mutates));
  const results: PageResult[] = [];
  for (const ex of ordered) {
    const start = performance.now();
    let result: unknown = null;
    try {
      result = ex.extract(document);
    } catch (error) {
      process.stderr.write(`${ex.name} failed on ${page.id}: ${(error as Error).message}\n`);
    }
    const ms = performance.now() - start;
    const text = result === null ? '' : ex.text(result as never);
    const scored = scorePage(text, page.with, page.without);
    results.push({ id: page.id, extractor: ex.name, ms, text, ...scored });
  }
  return results;
}

const f3 = (x: number) => x.toFixed(3);
const f1 = (x: number) => x.toFixed(1);

/** Prints precision/recall/F1 and timing per extractor, with ratios to the first (Margin). */
function report(title: string, results: PageResult[], names: string[]): void {
  const rows = names.map((name) => {
    const mine = results.filter((r) => r.extractor === name);
    const c = zero();
    for (const r of mine) add(c, r.counts);
    const ms = mine.map((r) => r.ms);
    return { name, n: mine.length, ...prf(c), median: quantile(ms, 0.5), p95: quantile(ms, 0.95) };
  });
  process.stdout.write(`\n${title}\n`);
  process.stdout.write(
    `${'extractor'.padEnd(12)} ${'pages'.padStart(5)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'med ms'.padStart(7)} ${'p95 ms'.padStart(7)}\n`,
  );
  for (const row of rows) {
    process.stdout.write(
      `${row.name.padEnd(12)} ${String(row.n).padStart(5)} ${f3(row.p).padStart(6)} ${f3(row.r).padStart(6)} ${f3(row.f1).padStart(6)} ${f1(row.median).padStart(7)} ${f1(row.p95).padStart(7)}\n`,
    );
  }
  const base = rows[0];
  for (const row of rows.filter((r) => r.name === readability.name)) {
    process.stdout.write(
      `${base.name}/${row.name}: F1 ${f3(base.f1 / (row.f1 || 1))}x, median time ${f3(base.median / (row.median || 1))}x, p95 time ${f3(base.p95 / (row.p95 || 1))}x\n`,
    );
  }
}

/** Lists the tuning pages where Margin loses most snippets, with what it missed and leaked. */
function listWorst(results: PageResult[], pages: Map<string, CorpusPage>, n: number): void {
  const mine = results.filter((r) => r.extractor === margin.name && !isHeldOut(r.id));
  mine.sort((a, b) => b.counts.fn + b.counts.fp - (a.counts.fn + a.counts.fp));
  process.stdout.write(`\nWorst ${n} tuning pages for Margin (fn+fp):\n`);
  for (const r of mine.slice(0, n)) {
    const p = pages.get(r.id)!;
    process.stdout.write(`${r.id} fn=${r.counts.fn} fp=${r.counts.fp} chars=${r.text.length} ${p.url}\n`);
    for (const s of r.missed) process.stdout.write(`   - missed: ${s.slice(0, 80)}\n`);
    for (const s of r.leaked) process.stdout.write(`   + leaked: ${s.slice(0, 80)}\n`);
  }
}

/** Writes Margin's per-page results (counts, missed and leaked snippets, held-out flag) for offline analysis. */
function dumpResults(file: string, results: (PageResult & { longestTask?: number })[]): void {
  const mine = results
    .filter((r) => r.extractor === margin.name)
    .map(({ id, ms, longestTask, counts, missed, leaked, text }) => ({
      id,
      heldOut: isHeldOut(id),
      ms,
      longestTask,
      counts,
      missed,
      leaked,
      chars: text.length,
    }));
  writeFileSync(file, JSON.stringify(mine, null, 1));
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const index = JSON.parse(readFileSync(join(CORPUS, 'index.json'), 'utf8')) as { pages: CorpusPage[] };
  const byId = new Map(index.pages.map((p) => [p.id, p]));
  let extractors: Extractor[] = [margin as Extractor, readability as Extractor, marginBody as Extractor, pageText as Extractor];
  if (opts.only) extractors = extractors.filter((e) => e.name.toLowerCase() === opts.only);

  if (opts.page) {
    const page = byId.get(opts.page);
    if (!page) throw new Error(`no page ${opts.page}`);
    for (const r of await runPage(page, extractors)) {
      process.stdout.write(`== ${r.extractor} ${f1(r.ms)} ms fn=${r.counts.fn} fp=${r.counts.fp}\n`);
      if (r.extractor === margin.name) process.stdout.write(r.text + '\n');
      for (const s of r.missed) process.stdout.write(`   - missed: ${s}\n`);
      for (const s of r.leaked) process.stdout.write(`   + leaked: ${s}\n`);
    }
    return;
  }

  const pages = opts.quick ? index.pages.filter((_, i) => i % 4 === 0) : index.pages;
  const results: PageResult[] = [];
  for (const page of pages) {
    try {
      results.push(...(await runPage(page, extractors)));
    } catch (error) {
      process.stderr.write(`cannot read ${page.id}: ${(error as Error).message}\n`);
    }
  }
  const names = extractors.map((e) => e.name);
  report(`All pages${opts.quick ? ' (quick: every 4th)' : ''}`, results, names);
  report(
    'Tuning part (80%)',
    results.filter((r) => !isHeldOut(r.id)),
    names,
  );
  report(
    'Held-out part (20%, chosen by hash of the page id; never tuned on)',
    results.filter((r) => isHeldOut(r.id)),
    names,
  );
  if (opts.worst > 0) listWorst(results, byId, opts.worst);
  if (opts.dump) dumpResults(opts.dump, results);
  if (!opts.nodeOnly) await chromiumHalf(pages, opts.dump);
}

/**
 * The same pages live in headless Chromium with the built extension: Margin's clean (detection + hiding,
 * scored on the page's innerText afterwards) against Readability's parse of a clone of the document.
 */
async function chromiumHalf(pages: CorpusPage[], dump: string | null): Promise<void> {
  process.stdout.write(`\nChromium: ${pages.length} live pages with the extension (dist/)…\n`);
  const results = await runInChromium(CORPUS, pages, (done) => {
    if (done % 50 === 0) process.stderr.write(`  ${done}/${pages.length}\n`);
  });
  if (dump) dumpResults(`${dump}.chromium.json`, results);
  const names = ['Margin', 'Readability', 'page text'];
  report('Chromium, all pages (Margin: detection + hiding, innerText after; Readability: parse of a document clone)', results, names);
  report(
    'Chromium, held-out part',
    results.filter((r) => isHeldOut(r.id)),
    names,
  );
  const mine = results.filter((r) => r.extractor === 'Margin');
  const theirs = results.filter((r) => r.extractor === 'Readability');
  const long = (rs: typeof results) =>
    `${rs.filter((r) => r.longestTask > 50).length} of ${rs.length} pages, longest ${f1(Math.max(0, ...rs.map((r) => r.longestTask)))} ms`;
  process.stdout.write(`Main-thread tasks over 50 ms: Margin ${long(mine)}; Readability ${long(theirs)}\n`);
}

await main();
