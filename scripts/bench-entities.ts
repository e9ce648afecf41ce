/**
 * Benchmark of the entity recognizer (`npm run bench:entities`; a benchmark, not a test).
 *
 * Names are measured on four sets, each reported separately: the CoNLL-2003 validation split (1996
 * Reuters), the test share of wikigold (Wikipedia) and of the Broad Twitter Corpus's news-outlet section g
 * (see scripts/entities/corpora.ts for the shares), and the team's modern-news set
 * (tests/data/modern-news, dev and test halves apart; never read by training). Also prints the model's
 * size gzipped.
 *
 * Side by side on each set (the CoNLL-2003 validation split below), each document detokenized into plain text (one sentence
 * a line) and run through the public API, as the extension would: Margin's `recognize` and compromise 14
 * (people/organizations/places mapped to PER/ORG/LOC). A predicted span counts if its type and both ends
 * match a gold entity's tokens exactly (conlleval style). Prints P/R/F1 per type and PER/ORG/LOC micro, speed
 * in ms per 1,000 words, Margin's speed on a news article (the test news page's text), and Margin's key-figure
 * P/R on the team's test set (tests/data/figures.jsonl). Also prints how long loading took (loadRecognizer
 * compiles the regular expressions, see recognize.ts) and Margin's speed on a second pass over the split
 * (words then in the caches); the first pass stays the headline.
 *
 * Options: --model FILE (measure another model file, such as a training run's --out), --dev-errors (list the
 * mistakes on the modern-news dev half).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { parseHTML } from 'linkedom';
import { readConll, prf, type ConllSentence, type Counts } from './entities/conll.ts';
import { readFigureCases, scoreFigures } from './entities/figures-testset.ts';
import { readBtc, readWikigold } from './entities/corpora.ts';
import { readModernNews, type LabelledArticle } from './entities/modern-news.ts';
import { labelsToSpans } from '../src/core/entities/labels.ts';
import { findFigures } from '../src/core/entities/figures.ts';
import { loadRecognizerFromDisk, MODEL_FILE } from '../src/cli/names-model.ts';
import { sharedData } from './shared-data.ts';

const TYPES = ['PER', 'ORG', 'LOC'] as const;
type Span = { start: number; end: number; type: string };

const NO_SPACE_BEFORE = /^(?:[.,;:!?)\]}%]|'s|'|n't|'re|'ve|'ll|'d|'m)$/u;
const NO_SPACE_AFTER = /^[([{$]$/u;

/** A document as plain text, one sentence a line, with each token's character offsets. */
function detokenize(doc: readonly ConllSentence[]): { text: string; offsets: [number, number][][]; words: number } {
  let text = '';
  let words = 0;
  const offsets = doc.map((s) => {
    const out: [number, number][] = [];
    s.words.forEach((w, i) => {
      if (i > 0 && !NO_SPACE_BEFORE.test(w) && !NO_SPACE_AFTER.test(s.words[i - 1])) text += ' ';
      out.push([text.length, text.length + w.length]);
      text += w;
      words++;
    });
    text += '\n';
    return out;
  });
  return { text, offsets, words };
}

/** Maps character spans to token spans per sentence; spans not on token boundaries stay as unmatched keys. */
function toTokenKeys(spans: readonly Span[], offsets: [number, number][][]): Set<string> {
  const keys = new Set<string>();
  for (const sp of spans) {
    let key = `x:${sp.start}:${sp.end}:${sp.type}`;
    offsets.forEach((sent, s) => {
      const a = sent.findIndex(([st]) => st === sp.start);
      const b = sent.findIndex(([, en]) => en === sp.end);
      if (a >= 0 && b >= a) key = `${s}:${a}:${b + 1}:${sp.type}`;
    });
    keys.add(key);
  }
  return keys;
}

function goldKeys(doc: readonly ConllSentence[]): Set<string> {
  const keys = new Set<string>();
  doc.forEach((s, i) => {
    for (const sp of labelsToSpans(s.tags)) if ((TYPES as readonly string[]).includes(sp.type)) keys.add(`${i}:${sp.start}:${sp.end}:${sp.type}`);
  });
  return keys;
}

/** compromise's people, organizations and places, trimmed of the punctuation it keeps around them. */
function compromiseSpans(text: string): Span[] {
  const doc = nlp(text);
  const out: Span[] = [];
  const add = (list: { offset: { start: number; length: number } }[], type: string) => {
    for (const m of list) {
      let start = m.offset.start;
      let end = start + m.offset.length;
      while (end > start && /[^\p{L}\p{N}.]/u.test(text[end - 1])) end--;
      if (end > start && text[end - 1] === '.' && !/\p{Lu}\.$/u.test(text.slice(start, end))) end--;
      while (start < end && /[^\p{L}\p{N}]/u.test(text[start])) start++;
      if (end > start) out.push({ start, end, type });
    }
  };
  add(doc.people().json({ offset: true }), 'PER');
  add(doc.organizations().json({ offset: true }), 'ORG');
  add(doc.places().json({ offset: true }), 'LOC');
  return out;
}

interface Result {
  counts: Map<string, Counts>;
  ms: number;
  words: number;
}

function bench(docs: readonly ConllSentence[][], find: (text: string) => Span[]): Result {
  const counts = new Map<string, Counts>(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  let ms = 0;
  let words = 0;
  for (const doc of docs) {
    const d = detokenize(doc);
    words += d.words;
    const t0 = performance.now();
    const spans = find(d.text).filter((s) => (TYPES as readonly string[]).includes(s.type));
    ms += performance.now() - t0;
    const pred = toTokenKeys(spans, d.offsets);
    const gold = goldKeys(doc);
    for (const k of pred) counts.get(k.split(':').pop()!)![gold.has(k) ? 'tp' : 'fp']++;
    for (const k of gold) if (!pred.has(k)) counts.get(k.split(':').pop()!)!.fn++;
  }
  return { counts, ms, words };
}

function row(name: string, r: Result): string[] {
  const micro: Counts = { tp: 0, fp: 0, fn: 0 };
  const cells = [name];
  for (const t of TYPES) {
    const c = r.counts.get(t)!;
    for (const k of ['tp', 'fp', 'fn'] as const) micro[k] += c[k];
    const s = prf(c);
    cells.push(`${s.p.toFixed(3)} ${s.r.toFixed(3)} ${s.f1.toFixed(3)}`);
  }
  const m = prf(micro);
  cells.push(`${m.p.toFixed(3)} ${m.r.toFixed(3)} ${m.f1.toFixed(3)}`, ((r.ms / r.words) * 1000).toFixed(2));
  return cells;
}

const CONLL = sharedData('data/conll2003', 'CoNLL-2003: train.txt and valid.txt', 'npm run bench:entities');
const docs = readConll(`${CONLL}/valid.txt`);
// --model FILE measures another model file (a training run's --out) instead of the one the extension ships.
const modelAt = process.argv.indexOf('--model');
const modelFile = modelAt >= 0 ? process.argv[modelAt + 1] : MODEL_FILE;
const loadStart = performance.now();
const recognizer = await loadRecognizerFromDisk(modelFile);
const loadMs = performance.now() - loadStart;
// Warm both up on other text (training documents), so compilation does not count as recognition time
// and Margin's per-word caches hold no validation words.
for (const doc of readConll(`${CONLL}/train.txt`).slice(0, 100)) {
  const { text } = detokenize(doc);
  recognizer.recognize(text);
  compromiseSpans(text);
}
const margin = bench(docs, (text) => recognizer.recognize(text));
const compromise = bench(docs, compromiseSpans);
printTable(
  `CoNLL-2003 validation split, ${docs.length} documents, ${margin.words} words, detokenized text through each library's API`,
  margin,
  compromise,
);

function printTable(title: string, margin: Result, compromise: Result): void {
  const header = ['system', 'PER P R F1', 'ORG P R F1', 'LOC P R F1', 'PER/ORG/LOC micro P R F1', 'ms/1000 words'];
  const rows = [header, row('Margin', margin), row('compromise 14', compromise)];
  const widths = header.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  console.log(title);
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join(' | '));
}

/** Scores character spans against a labelled article's (exact start, end and type). */
function benchArticles(articles: readonly LabelledArticle[], find: (text: string) => Span[]): Result {
  const counts = new Map<string, Counts>(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  let ms = 0;
  let words = 0;
  const isName = (s: Span) => (TYPES as readonly string[]).includes(s.type);
  const key = (s: Span) => `${s.start}:${s.end}:${s.type}`;
  for (const a of articles) {
    words += a.text.split(/\s+/u).length;
    const t0 = performance.now();
    const pred = new Set(find(a.text).filter(isName).map(key));
    ms += performance.now() - t0;
    const gold = new Set(a.spans.filter(isName).map(key));
    for (const k of pred) counts.get(k.split(':')[2])![gold.has(k) ? 'tp' : 'fp']++;
    for (const k of gold) if (!pred.has(k)) counts.get(k.split(':')[2])!.fn++;
  }
  return { counts, ms, words };
}

const NER_EXTRA = sharedData('data/ner-extra', 'wikigold and the Broad Twitter Corpus', 'npm run bench:entities');
for (const [title, set] of [
  ['wikigold test share (odd-numbered documents)', readWikigold(`${NER_EXTRA}/wikigold.conll.txt`, 'test')],
  ['Broad Twitter Corpus section g (news outlets), test share (odd-numbered tweets)', readBtc(`${NER_EXTRA}/btc`, 'test')],
] as const) {
  const m = bench(set, (text) => recognizer.recognize(text));
  const c = bench(set, compromiseSpans);
  printTable(`\n${title}, ${set.length} documents, ${m.words} words`, m, c);
}
const modern = readModernNews();
for (const split of ['test', 'dev'] as const) {
  const set = modern.filter((a) => a.split === split);
  const m = benchArticles(set, (text) => recognizer.recognize(text));
  const c = benchArticles(set, compromiseSpans);
  printTable(`\nModern-news set (tests/data/modern-news), ${split} half: ${set.length} articles, ${m.words} words`, m, c);
}
// --dev-errors lists Margin's mistakes on the dev half, the half that may be read while changing the
// recognizer; the test half's are never printed.
if (process.argv.includes('--dev-errors')) printDevErrors(modern.filter((a) => a.split === 'dev'));

function printDevErrors(articles: readonly LabelledArticle[]): void {
  const isName = (s: Span) => (TYPES as readonly string[]).includes(s.type);
  const key = (s: Span) => `${s.start}:${s.end}:${s.type}`;
  console.log('\nMistakes on the modern-news dev half (FP: marked but not gold, FN: gold but not marked)');
  for (const a of articles) {
    const pred = recognizer.recognize(a.text).filter(isName);
    const gold = a.spans.filter(isName);
    const show = (kind: string, s: Span, other: Set<string>) => {
      if (other.has(key(s))) return;
      const around = a.text.slice(Math.max(0, s.start - 40), s.end + 30).replace(/\s+/gu, ' ');
      console.log(`${a.id} ${kind} ${s.type} ${JSON.stringify(a.text.slice(s.start, s.end))} | ${around}`);
    };
    const goldKeys = new Set(gold.map(key));
    const predKeys = new Set(pred.map(key));
    for (const s of pred) show('FP', s, goldKeys);
    for (const s of gold) show('FN', s, predKeys);
  }
}
console.log(`\nModel file ${modelFile.split('/').slice(-2).join('/')}: ${gzipSync(readFileSync(modelFile), { level: 9 }).length} bytes gzipped`);

// A news article as the extension sees it: the test news page's headline, standfirst, byline and
// paragraphs, repeated to about 1,000 words.
const { document } = parseHTML(readFileSync('tests/fixtures/pages/lithium-refinery.html', 'utf8'));
const seed = [...document.querySelectorAll('.post .headline, .post .dek, .post .meta-line, .body-copy p')]
  .map((el) => (el.textContent ?? '').replace(/\s+/gu, ' ').trim())
  .join('\n\n');
const seedWords = seed.split(/\s+/u).length;
const article = Array.from({ length: Math.ceil(1000 / seedWords) }, () => seed).join('\n\n');
const articleWords = article.split(/\s+/u).length;
let t0 = performance.now();
recognizer.recognize(article);
const firstCall = performance.now() - t0;
t0 = performance.now();
const runs = 50;
for (let i = 0; i < runs; i++) recognizer.recognize(article);
const perCall = (performance.now() - t0) / runs;
console.log(
  `\nMargin on the test news article repeated to ${articleWords} words: first call ${((firstCall / articleWords) * 1000).toFixed(2)} ms/1000 words, ` +
    `then ${((perCall / articleWords) * 1000).toFixed(2)} ms/1000 words (mean of ${runs})`,
);

const figures = scoreFigures(readFigureCases(), findFigures);
const f = prf(figures.all);
console.log(
  `\nMargin key figures on tests/data/figures.jsonl: P ${f.p.toFixed(3)} R ${f.r.toFixed(3)} F1 ${f.f1.toFixed(3)} (${figures.all.tp + figures.all.fn} labelled figures)`,
);
for (const [type, c] of [...figures.byType].sort()) {
  const s = prf(c);
  console.log(`  ${type.padEnd(8)} P ${s.p.toFixed(3)} R ${s.r.toFixed(3)}`);
}

// Last, so the lines above are measured as before: loading time and a second pass over the split.
const again = bench(docs, (text) => recognizer.recognize(text));
console.log(
  `\nMargin loadRecognizer ${loadMs.toFixed(0)} ms; second pass over the split (words in the caches) ${((again.ms / again.words) * 1000).toFixed(2)} ms/1000 words`,
);
