/**
 * Token labels of the names model (BILOU: Begin, Inside, Last, Unit, Outside) and the conversions between
 * labels and entity spans. BILOU rather than BIO because it lets the model learn how names end, which
 * Ratinov & Roth (2009) found to help a greedy tagger.
 */

/** The name types the model tags. */
export const NAME_LABEL_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NameType = (typeof NAME_LABEL_TYPES)[number];

/** All labels; index 0 is O. */
export const LABELS: readonly string[] = ['O', ...NAME_LABEL_TYPES.flatMap((t) => ['B-' + t, 'I-' + t, 'L-' + t, 'U-' + t])];
export const LABEL_INDEX: ReadonlyMap<string, number> = new Map(LABELS.map((l, i) => [l, i]));

/** A span of tokens [start, end) with a name type. */
export interface TokenSpan {
  start: number;
  end: number;
  type: NameType;
}

/** Whether label `next` may follow label `prev` in a well-formed BILOU sequence. */
export function allowed(prev: string, next: string): boolean {
  const open = prev[0] === 'B' || prev[0] === 'I';
  const ptype = prev.slice(2);
  if (open) return (next[0] === 'I' || next[0] === 'L') && next.slice(2) === ptype;
  return next === 'O' || next[0] === 'B' || next[0] === 'U';
}

/** Reads spans from labels in IOB2 or BILOU; a stray I or L starts a new span, so nothing is lost. */
export function labelsToSpans(labels: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let cur: TokenSpan | null = null;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    const tag = l[0];
    const type = l.slice(2) as NameType;
    if (l === 'O') {
      cur = null;
      continue;
    }
    if (tag === 'B' || tag === 'U' || !cur || cur.type !== type) {
      cur = { start: i, end: i + 1, type };
      spans.push(cur);
    } else {
      cur.end = i + 1;
    }
    if (tag === 'L' || tag === 'U') cur = null;
  }
  return spans;
}

/** Converts IOB2 labels (as in CoNLL files) to BILOU labels. */
export function iobToBilou(labels: readonly string[]): string[] {
  const out: string[] = labels.map(() => 'O');
  for (const s of labelsToSpans(labels)) {
    if (s.end - s.start === 1) out[s.start] = 'U-' + s.type;
    else {
      out[s.start] = 'B-' + s.type;
      for (let k = s.start + 1; k < s.end - 1; k++) out[k] = 'I-' + s.type;
      out[s.end - 1] = 'L-' + s.type;
    }
  }
  return out;
}

/**
 * The end of Viterbi decoding, shared by the tagger and the trainer: picks the best final label (a sentence
 * cannot end inside a name, so O, L or U) and follows the back-pointers.
 * @param delta best scores, `n × LABELS.length`, row-major.
 * @param back for each position and label, the previous label's index.
 * @returns the best label index at each position.
 */
export function backtrace(delta: ArrayLike<number>, back: ArrayLike<number>, n: number): Int32Array {
  const L = LABELS.length;
  let best = 0;
  for (let y = 0; y < L; y++) {
    const tag = LABELS[y][0];
    if (tag === 'B' || tag === 'I') continue;
    if (delta[(n - 1) * L + y] > delta[(n - 1) * L + best]) best = y;
  }
  const out = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = best;
    best = back[i * L + best];
  }
  return out;
}
