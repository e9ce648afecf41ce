/**
 * Scoring protocol of the boilerplate corpus (trafilatura's): `with` snippets found in the extracted text
 * are true positives, missing ones false negatives; `without` snippets found are false positives.
 */
import { hash } from '../fnv-hash.ts';

/** Counts for one page or summed over pages. */
export interface Counts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

export const zero = (): Counts => ({ tp: 0, fn: 0, fp: 0, tn: 0 });

export function add(a: Counts, b: Counts): void {
  a.tp += b.tp;
  a.fn += b.fn;
  a.fp += b.fp;
  a.tn += b.tn;
}

/** Folds every run of whitespace (including no-break space) to one space. */
export function fold(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Scores one extracted text against a page's snippets; also returns the snippets it got wrong. */
export function scorePage(text: string, withSnippets: string[], withoutSnippets: string[]): { counts: Counts; missed: string[]; leaked: string[] } {
  const t = fold(text);
  const counts = zero();
  const missed: string[] = [];
  const leaked: string[] = [];
  for (const s of withSnippets) {
    if (t.includes(fold(s))) counts.tp += 1;
    else {
      counts.fn += 1;
      missed.push(s);
    }
  }
  for (const s of withoutSnippets) {
    if (t.includes(fold(s))) {
      counts.fp += 1;
      leaked.push(s);
    } else counts.tn += 1;
  }
  return { counts, missed, leaked };
}

/** Precision, recall and F1 of summed counts. */
export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/** Value at quantile `q` (0..1) of `values`. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** True for the fixed 20% of pages that are never used for tuning. */
export function isHeldOut(id: string): boolean {
  return hash(id) % 5 === 0;
}

/** Lowercase word tokens, as the dragnet corpus's metric counts them. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Counts of each word. */
export function bag(tokens: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/**
 * Bag-of-words precision, recall and F1 of one page's text against its gold text (the usual metric of the
 * dragnet set): tokens compared as multisets; an empty text scores 0.
 */
export function bowScore(text: string, gold: Map<string, number>, goldSize: number): { p: number; r: number; f1: number } {
  const tokens = words(text);
  if (tokens.length === 0 || goldSize === 0) return { p: 0, r: 0, f1: 0 };
  let overlap = 0;
  for (const [w, n] of bag(tokens)) overlap += Math.min(n, gold.get(w) ?? 0);
  const p = overlap / tokens.length;
  const r = overlap / goldSize;
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/** Share of a line's words that `vocabulary` holds (1 for a line without words). */
function covered(line: string, vocabulary: Map<string, number>): number {
  const tokens = words(line);
  if (tokens.length === 0) return 1;
  return tokens.filter((t) => vocabulary.has(t)).length / tokens.length;
}

/**
 * Lines of the gold that the text mostly lacks (missed) and lines of the text mostly absent from the gold
 * (leaked): a reading aid for one page, not part of the score.
 */
export function bowDiff(text: string, goldText: string): { missed: string[]; leaked: string[] } {
  const textBag = bag(words(text));
  const goldBag = bag(words(goldText));
  const lines = (s: string) =>
    s
      .split(/\n+/)
      .map((l) => l.trim())
      .filter((l) => words(l).length > 0);
  return {
    missed: lines(goldText).filter((l) => covered(l, textBag) < 0.5),
    leaked: lines(text).filter((l) => covered(l, goldBag) < 0.5),
  };
}
