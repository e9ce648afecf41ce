/** Scoring of anchoring results and the printed table. */
import { EDIT_KINDS, type Case, type EditKind } from './cases.ts';

export type Outcome = 'correct' | 'wrong' | 'notFound';

export interface Tally {
  cases: number;
  correct: number;
  wrong: number;
  notFound: number;
  /** Wrong anchors whose start or end falls inside a word. */
  cutWord: number;
  ms: number;
}

export const emptyTally = (): Tally => ({ cases: 0, correct: 0, wrong: 0, notFound: 0, cutWord: 0, ms: 0 });

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

function trimmed(text: string, r: { start: number; end: number }): [number, number] {
  let { start, end } = r;
  while (start < end && SPACE.test(text[start])) start += 1;
  while (end > start && SPACE.test(text[end - 1])) end -= 1;
  return [start, end];
}

function inWord(text: string, at: number): boolean {
  return at > 0 && at < text.length && WORD_CHAR.test(text[at - 1]) && WORD_CHAR.test(text[at]);
}

/**
 * Correct: the expected range up to white space at its edges ("not found" when the passage is gone).
 * Wrong: any other range. Not found: null where the passage is still there.
 */
export function judge(c: Case, got: { start: number; end: number } | null): { outcome: Outcome; cutWord: boolean } {
  if (!got) return { outcome: c.expected ? 'notFound' : 'correct', cutWord: false };
  if (c.expected) {
    const [a, b] = trimmed(c.after, got);
    const [x, y] = trimmed(c.after, c.expected);
    if (a === x && b === y) return { outcome: 'correct', cutWord: false };
  }
  return { outcome: 'wrong', cutWord: inWord(c.after, got.start) || inWord(c.after, got.end) };
}

export function add(t: Tally, outcome: Outcome, cutWord: boolean, ms: number): void {
  t.cases += 1;
  t[outcome] += 1;
  if (cutWord) t.cutWord += 1;
  t.ms += ms;
}

export type Tallies = Map<EditKind | 'overall', Tally>;

export function emptyTallies(): Tallies {
  return new Map([...EDIT_KINDS, 'overall' as const].map((k) => [k, emptyTally()]));
}

const pct = (n: number, of: number) => (of === 0 ? '-' : `${((100 * n) / of).toFixed(1)}`);

function cells(t: Tally): string {
  return `${pct(t.correct, t.cases)} / ${pct(t.wrong, t.cases)} / ${pct(t.notFound, t.cases)} | ${t.cutWord} | ${(t.ms / Math.max(1, t.cases)).toFixed(3)}`;
}

/** Prints one Markdown table: per edit kind, correct / wrong / not found in % for both algorithms. */
export function printTable(title: string, margin: Tallies, reference: Tallies): void {
  console.log(`\n### ${title}\n`);
  console.log('| edit | cases | Margin ✓ / ✗ / none % | cut | ms | Hypothesis ✓ / ✗ / none % | cut | ms |');
  console.log('|---|---:|---|---:|---:|---|---:|---:|');
  for (const kind of [...EDIT_KINDS, 'overall' as const]) {
    const m = margin.get(kind)!;
    const h = reference.get(kind)!;
    const label = kind === 'passage deleted' ? 'passage deleted (✓ = none)' : kind;
    console.log(`| ${kind === 'overall' ? '**overall**' : label} | ${m.cases} | ${cells(m)} | ${cells(h)} |`);
  }
}
