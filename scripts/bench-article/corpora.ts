/**
 * The corpora the article benchmark scores, each with its own metric:
 *
 * - boilerplate (990 pages, trafilatura's evaluation set): `with`/`without` snippets found in the text,
 *   counts summed over pages (trafilatura's protocol).
 * - dragnet (963 pages, Moz 2012): the gold text is headline + byline + body; per-page bag-of-words F1, its
 *   mean over pages and the share of pages at 0.9 or more (the metric its README and the SIGIR 2023 web
 *   content extraction benchmark use).
 *
 * Both keep the same held-out share: the pages whose id hashes to 0 modulo 5 (`isHeldOut`), never tuned on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingShared, SHARED } from '../shared-data.ts';
import type { Counts } from './score.ts';
import { bag, bowDiff, bowScore, scorePage, words } from './score.ts';

/** How one extractor did on one page. `counts` only for snippet-scored corpora. */
export interface PageScore {
  p: number;
  r: number;
  f1: number;
  counts?: Counts;
  missed: string[];
  leaked: string[];
}

export interface BenchPage {
  id: string;
  url: string;
}

export interface Corpus {
  name: 'boilerplate' | 'dragnet';
  dir: string;
  /** 'snippets': P/R/F1 of counts summed over pages; 'words': mean of per-page bag-of-words scores. */
  metric: 'snippets' | 'words';
  /** Whether the reference text is Readability's title + content (the gold holds the headline). */
  readabilityTitle: boolean;
  pages: BenchPage[];
  score: (id: string, text: string) => PageScore;
  pageFile: (id: string) => string;
}

interface SnippetPage extends BenchPage {
  with: string[];
  without: string[];
}

export const CORPORA = {
  boilerplate: { path: 'corpus/boilerplate', what: "the boilerplate corpus, trafilatura's evaluation set" },
  dragnet: { path: 'corpus/dragnet', what: 'the dragnet corpus, 963 pages with gold texts' },
} as const;

export type CorpusName = keyof typeof CORPORA;

function boilerplate(dir: string): Corpus {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { pages: SnippetPage[] };
  const byId = new Map(index.pages.map((p) => [p.id, p]));
  return {
    name: 'boilerplate',
    dir,
    metric: 'snippets',
    readabilityTitle: false,
    pages: index.pages.map(({ id, url }) => ({ id, url })),
    pageFile: (id) => join(dir, 'pages', `${id}.html.gz`),
    score: (id, text) => {
      const page = byId.get(id)!;
      const { counts, missed, leaked } = scorePage(text, page.with, page.without);
      const p = counts.tp + counts.fp > 0 ? counts.tp / (counts.tp + counts.fp) : 0;
      const r = counts.tp + counts.fn > 0 ? counts.tp / (counts.tp + counts.fn) : 0;
      return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0, counts, missed, leaked };
    },
  };
}

/** The characters windows-1252 gives bytes 0x80-0x9f, back to their bytes. */
const CP1252_BYTES = new Map(
  [...new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i))].map((c, i) => [c, 0x80 + i]),
);

/**
 * A few gold files are UTF-16LE text that a windows-1252 to UTF-8 conversion mangled (they start with "ÿþ"
 * and hold a NUL after every ASCII letter, so every word scores as single letters): undo the conversion.
 */
export function repairUtf16Gold(text: string): string {
  if (!text.startsWith('\u00ff\u00fe') || !text.includes('\u0000')) return text;
  const bytes = Uint8Array.from([...text], (c) => CP1252_BYTES.get(c) ?? c.charCodeAt(0) & 0xff);
  return new TextDecoder('utf-16le').decode(bytes);
}

function dragnet(dir: string): Corpus {
  const ids = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as string[];
  const gold = new Map<string, { text: string; bag: Map<string, number>; size: number }>();
  const goldOf = (id: string) => {
    let g = gold.get(id);
    if (!g) {
      const text = repairUtf16Gold(readFileSync(join(dir, 'gold', `${id}.txt`), 'utf8'));
      const tokens = words(text);
      g = { text, bag: bag(tokens), size: tokens.length };
      gold.set(id, g);
    }
    return g;
  };
  return {
    name: 'dragnet',
    dir,
    metric: 'words',
    readabilityTitle: true,
    pages: ids.map((id) => ({ id, url: '' })),
    pageFile: (id) => join(dir, 'pages', `${id}.html.gz`),
    score: (id, text) => {
      const g = goldOf(id);
      return { ...bowScore(text, g.bag, g.size), ...bowDiff(text, g.text) };
    },
  };
}

/**
 * Loads the named corpora from the shared data folder. When any is missing, says which (and what it is) and
 * exits with status 2 before any work is done.
 */
export function loadCorpora(names: CorpusName[], command: string): Corpus[] {
  missingShared(
    names.map((n) => ({ relative: CORPORA[n].path, what: CORPORA[n].what })),
    command,
  );
  return names.map((n) => {
    const dir = join(SHARED, CORPORA[n].path);
    if (!existsSync(join(dir, 'index.json'))) throw new Error(`${dir} has no index.json`);
    return n === 'boilerplate' ? boilerplate(dir) : dragnet(dir);
  });
}
