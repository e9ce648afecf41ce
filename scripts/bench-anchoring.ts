/**
 * Re-anchoring accuracy and speed of Margin beside Hypothesis's algorithm, on real article texts with
 * realistic edits (see scripts/bench-anchoring/cases.ts and src/core/anchoring/README.md).
 *
 *   npm run bench:anchoring                       both corpora, every page
 *   npm run bench:anchoring -- --quick            every 4th page
 *   npm run bench:anchoring -- --corpus dragnet   one corpus (dragnet | boilerplate)
 *   npm run bench:anchoring -- --per-page 5       highlights per page and edit kind (default 3)
 *   npm run bench:anchoring -- --failures 5       also print Margin's first failures per edit kind
 *                                                 (tuning pages only; held-out pages are never shown)
 *
 * Held-out pages (20%, by a hash of the page id) are reported separately and never printed case by case.
 */
import { anchorText } from '../src/core/anchoring/anchor.ts';
import type { TextQuoteSelector } from '../src/core/anchoring/types.ts';
import { EDIT_KINDS, makeCase, poolOf, type Case } from './bench-anchoring/cases.ts';
import { boilerplate, checkCorpora, dragnet, type Article } from './bench-anchoring/corpus.ts';
import { hypothesisAnchor } from './bench-anchoring/hypothesis.ts';
import { isHeldOut, Random } from './bench-anchoring/random.ts';
import { add, emptyTallies, judge, printTable, type Tallies } from './bench-anchoring/report.ts';

interface Options {
  quick: boolean;
  corpora: string[];
  perPage: number;
  failures: number;
  /** Only this edit kind (for tuning). */
  kind: string | null;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { quick: false, corpora: ['dragnet', 'boilerplate'], perPage: 3, failures: 0, kind: null };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--quick') opts.quick = true;
    else if (a === '--corpus') opts.corpora = [argv[++i] ?? ''];
    else if (a === '--per-page') opts.perPage = Number(argv[++i] ?? 3);
    else if (a === '--failures') opts.failures = Number(argv[++i] ?? 5);
    else if (a === '--kind') opts.kind = argv[++i] ?? '';
    else {
      console.error(`Unknown option ${a}`);
      process.exit(2);
    }
  }
  return opts;
}

/** Pages from which insertions and rewrites are drawn: the few articles read just before this one. */
const POOL_ARTICLES = 4;

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const result = f();
  return [result, performance.now() - t0];
}

function showFailure(c: Case, got: { start: number; end: number } | null, outcome: string): void {
  const q = c.selectors[0] as TextQuoteSelector;
  const around = (r: { start: number; end: number } | null) =>
    r
      ? JSON.stringify(
          c.after.slice(Math.max(0, r.start - 30), r.start) + '[' + c.after.slice(r.start, r.end) + ']' + c.after.slice(r.end, r.end + 30),
        )
      : 'null';
  console.log(`- ${c.kind} ${outcome}: quote ${JSON.stringify(q.prefix)} [${JSON.stringify(q.exact)}] ${JSON.stringify(q.suffix)}`);
  console.log(`    expected ${around(c.expected)}\n    got      ${around(got)}`);
}

async function runCorpus(name: string, opts: Options): Promise<void> {
  const every = opts.quick ? 4 : 1;
  let n = 0;
  const filter = () => n++ % every === 0;
  const source = name === 'dragnet' ? dragnet(filter) : boilerplate(filter);
  const tallies: Record<'tuning' | 'heldOut', { margin: Tallies; reference: Tallies }> = {
    tuning: { margin: emptyTallies(), reference: emptyTallies() },
    heldOut: { margin: emptyTallies(), reference: emptyTallies() },
  };
  const shown = new Map<string, number>();
  const recent: Article[] = [];
  let pages = 0;
  for await (const article of source) {
    pages += 1;
    const part = isHeldOut(name, article.id) ? 'heldOut' : 'tuning';
    const pool = poolOf(recent, article);
    for (const kind of EDIT_KINDS) {
      if (opts.kind && kind !== opts.kind) continue;
      const rng = new Random(`${name}:${article.id}:${kind}`);
      for (let k = 0; k < opts.perPage; k += 1) {
        const c = makeCase(article, kind, rng, pool);
        if (!c) continue;
        const [mine, mineMs] = time(() => anchorText(c.after, c.selectors));
        const [ref, refMs] = time(() => hypothesisAnchor(c.after, c.selectors));
        const m = judge(c, mine);
        const h = judge(c, ref);
        for (const key of [kind, 'overall'] as const) {
          add(tallies[part].margin.get(key)!, m.outcome, m.cutWord, mineMs);
          add(tallies[part].reference.get(key)!, h.outcome, h.cutWord, refMs);
        }
        if (part === 'tuning' && m.outcome !== 'correct' && (shown.get(kind) ?? 0) < opts.failures) {
          shown.set(kind, (shown.get(kind) ?? 0) + 1);
          showFailure(c, mine, m.outcome);
        }
      }
    }
    recent.push(article);
    if (recent.length > POOL_ARTICLES) recent.shift();
  }
  const all = { margin: emptyTallies(), reference: emptyTallies() };
  for (const part of [tallies.tuning, tallies.heldOut]) {
    for (const who of ['margin', 'reference'] as const) {
      for (const [k, t] of part[who]) {
        const sum = all[who].get(k)!;
        for (const f of ['cases', 'correct', 'wrong', 'notFound', 'cutWord', 'ms'] as const) sum[f] += t[f];
      }
    }
  }
  console.log(`\n## ${name}: ${pages} articles, ${opts.perPage} highlights per article and edit kind`);
  printTable(`${name}, all pages`, all.margin, all.reference);
  printTable(`${name}, tuning pages (80%)`, tallies.tuning.margin, tallies.tuning.reference);
  printTable(`${name}, held-out pages (20%, never tuned on)`, tallies.heldOut.margin, tallies.heldOut.reference);
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const unknown = opts.corpora.filter((c) => c !== 'dragnet' && c !== 'boilerplate');
  if (unknown.length) {
    console.error(`Unknown corpus ${unknown.join(', ')}: use dragnet or boilerplate.`);
    process.exit(2);
  }
  checkCorpora(opts.corpora);
  console.log(
    'Re-anchoring after edits: correct / wrong / not found (% of cases); cut = wrong anchors that cut through a word; ms = mean time per anchor.',
  );
  for (const name of opts.corpora) await runCorpus(name, opts);
}

await main();
