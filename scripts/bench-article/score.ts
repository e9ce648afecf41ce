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
