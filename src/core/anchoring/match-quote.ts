/**
 * Finding a quote in text that may have changed since the quote was taken, or saying that it is gone.
 *
 * Everything happens on white-space-folded text (re-indented markup changes no score). Candidates come from
 * three searches: exact occurrences of the quote; approximate occurrences of the quote (Myers' bit-parallel
 * algorithm via `approx-string-match`); and approximate occurrences of prefix + quote + suffix, aligned to
 * find the quote inside (this is what finds a short quote whose one word was corrected). Each candidate is
 * moved to word boundaries when the stored quote began and ended at them, then scored:
 *
 *   evidence = (Lq · quote + Lp · prefix + Ls · suffix) / (Lq + Lp + Ls)
 *
 * where L are the folded lengths (every stored character is one piece of evidence), `quote` is
 * 1 − edits / length, and `prefix`/`suffix` are their similarities rescaled so that unrelated text of the
 * same language scores 0, not about half. A candidate is accepted only when its quote similarity and its
 * evidence reach minimums; among accepted ones the highest evidence plus a bonus for closeness to the stored
 * position wins, so that a twin passage elsewhere does not beat the original whose context changed a word.
 */
import approxSearch from 'approx-string-match';
import { alignCuts, endAlignedDistance, osaDistance } from './edit-distance.ts';
import { foldWhitespace } from './whitespace.ts';

/** Where a quote was found in the text. */
export interface QuoteMatch {
  start: number;
  end: number;
  /** Edits between the quote and the matched text (0 for exact). */
  errors: number;
  /** Evidence in [0, 1] that this is the quote's place (see the module comment); higher is better. */
  score: number;
}

/** What is known about the quote besides its text. */
export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Where the quote started when it was described, to prefer the nearest of similar candidates. */
  hint?: number;
}

/** Options for `matchQuote`. */
export interface MatchQuoteOptions {
  /** Largest fraction of the quote's length that may differ in the quote search (default `QUOTE_ERROR_RATIO`). */
  maxErrorRatio?: number;
  /** Least evidence for a candidate to be accepted (default `MIN_EVIDENCE`). */
  minScore?: number;
}

/** Fraction of the quote that may differ when searching for the quote alone. */
export const QUOTE_ERROR_RATIO = 0.25;
/** Fraction of prefix + quote + suffix that may differ when searching for them together. */
export const CONTEXT_ERROR_RATIO = 0.3;
/** A candidate whose text differs from the quote by more than this share is never the quote. */
export const MIN_QUOTE_SIMILARITY = 0.6;
/** Least evidence (see the module comment) to accept a candidate rather than report "not found". */
export const MIN_EVIDENCE = 0.5;
/**
 * Similarity that unrelated text reaches by chance: on article text, a 32-character context aligned with an
 * unrelated passage scores 0.25 on average and above 0.38 in 1% of cases. Context similarity is rescaled
 * from [CHANCE, 1] to [0, 1], so that a context that does not match adds no evidence at all.
 */
export const CONTEXT_CHANCE_SIMILARITY = 0.4;
/** An exact occurrence whose context is this similar overall is taken without further search. */
export const CONFIDENT_CONTEXT_SIMILARITY = 0.9;
/** Weight of position closeness in ranking, as a share of the evidence scale. */
export const POSITION_WEIGHT = 0.3;
/** Distance from the stored position (in characters) at which the closeness bonus has halved. */
export const POSITION_HALF_DISTANCE = 2000;
/** Weight of stored context that falls beyond the start or end of the text (unknown, not wrong). */
export const MISSING_CONTEXT_WEIGHT = 0.5;
/** Extra characters of text compared with a stored context, so that an inserted word still aligns. */
const CONTEXT_SLACK_RATIO = 0.25;

/** Exact occurrences considered at most, so that a quote like "the" cannot make anchoring slow. */
const MAX_EXACT_CANDIDATES = 1000;
/** Approximate occurrences (best first, non-overlapping) examined from each fuzzy search. */
const MAX_FUZZY_CANDIDATES = 5;
/** The approximate search costs O(errors / 32 · text length); cap the errors for very long quotes. */
const MAX_ERRORS = 256;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch);

/** The stored pieces, white-space folded, and what the scoring needs to know about them. */
interface Query {
  quote: string;
  prefix: string;
  suffix: string;
  hint: number | undefined;
  /** The stored quote began / ended at a word boundary, so a candidate must too. */
  wholeStart: boolean;
  wholeEnd: boolean;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
  evidence: number;
  rank: number;
}

function fold(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/** Similarity of `context` to the end of `text` (next to the candidate), rescaled so chance scores 0. */
function contextSimilarity(context: string, text: string): number {
  if (context.length === 0) return 1;
  const d = endAlignedDistance(context, text);
  const raw = Math.max(0, 1 - d / context.length);
  return Math.max(0, (raw - CONTEXT_CHANCE_SIMILARITY) / (1 - CONTEXT_CHANCE_SIMILARITY));
}

function reversed(s: string): string {
  return [...s].reverse().join('');
}

/**
 * Evidence (0-1) for a folded candidate `[start, end)` with `errors` edits. Near either end of the text only
 * the part of a stored context that the text has room for can be compared; the rest is unknown, and counts
 * as unmatched with `MISSING_CONTEXT_WEIGHT`, so that the start of the page is no better than elsewhere.
 */
function evaluate(folded: string, q: Query, start: number, end: number, errors: number): number {
  const prefix = q.prefix.slice(Math.max(0, q.prefix.length - start));
  const suffix = q.suffix.slice(0, folded.length - end);
  const lq = q.quote.length;
  const lp = prefix.length;
  const ls = suffix.length;
  const missing = MISSING_CONTEXT_WEIGHT * (q.prefix.length - lp + q.suffix.length - ls);
  const slackP = Math.ceil(lp * CONTEXT_SLACK_RATIO);
  const slackS = Math.ceil(ls * CONTEXT_SLACK_RATIO);
  const prefixScore = contextSimilarity(prefix, folded.slice(Math.max(0, start - lp - slackP), start));
  const suffixScore = contextSimilarity(reversed(suffix), reversed(folded.slice(end, end + ls + slackS)));
  const quoteScore = 1 - errors / Math.max(1, lq, end - start);
  return (lq * quoteScore + lp * prefixScore + ls * suffixScore) / (lq + lp + ls + missing);
}

/** Word-start positions the candidate's start may move to (itself, or the edges of the word it cuts). */
function startOptions(folded: string, at: number, whole: boolean): number[] {
  if (!whole || !(isWordChar(folded[at - 1]) && isWordChar(folded[at]))) return [at];
  let left = at;
  while (left > 0 && isWordChar(folded[left - 1])) left -= 1;
  let right = at;
  while (right < folded.length && isWordChar(folded[right])) right += 1;
  while (right < folded.length && !isWordChar(folded[right])) right += 1;
  return [left, right];
}

function endOptions(folded: string, at: number, whole: boolean): number[] {
  if (!whole || !(isWordChar(folded[at - 1]) && isWordChar(folded[at]))) return [at];
  let right = at;
  while (right < folded.length && isWordChar(folded[right])) right += 1;
  let left = at;
  while (left > 0 && isWordChar(folded[left - 1])) left -= 1;
  while (left > 0 && !isWordChar(folded[left - 1])) left -= 1;
  return [right, left];
}

/**
 * Turns a raw span into a scored candidate: snapped to word boundaries when the quote was whole words (the
 * snap with the fewest edits wins), quote edits recounted, then evidence and rank computed.
 */
function consider(folded: string, map: number[], q: Query, start: number, end: number, exact: boolean, out: Candidate[]): Candidate | null {
  let best: { start: number; end: number; errors: number } | null = null;
  const starts = startOptions(folded, start, q.wholeStart);
  const ends = endOptions(folded, end, q.wholeEnd);
  // An exact occurrence inside a longer word ("ews" in "news") is snapped and recounted like any other.
  if (exact && starts.length === 1 && ends.length === 1) best = { start, end, errors: 0 };
  else {
    for (const s of starts) {
      for (const e of ends) {
        if (e <= s) continue;
        const errors = osaDistance(q.quote, folded.slice(s, e));
        if (!best || errors < best.errors) best = { start: s, end: e, errors };
      }
    }
  }
  if (!best) return null;
  if (1 - best.errors / Math.max(q.quote.length, best.end - best.start) < MIN_QUOTE_SIMILARITY) return null;
  const evidence = evaluate(folded, q, best.start, best.end, best.errors);
  const origStart = map[best.start];
  const origEnd = map[best.end - 1] + 1;
  const closeness = q.hint === undefined ? 0 : 1 / (1 + Math.abs(origStart - q.hint) / POSITION_HALF_DISTANCE);
  const c: Candidate = { start: origStart, end: origEnd, errors: best.errors, evidence, rank: evidence + POSITION_WEIGHT * closeness };
  out.push(c);
  return c;
}

/** The best non-overlapping approximate matches, fewest errors first. */
function bestMatches(text: string, pattern: string, maxErrors: number): { start: number; end: number; errors: number }[] {
  const all = approxSearch(text, pattern, Math.min(MAX_ERRORS, maxErrors));
  all.sort((a, b) => a.errors - b.errors || a.start - b.start);
  const kept: { start: number; end: number; errors: number }[] = [];
  for (const m of all) {
    if (kept.some((k) => m.start < k.end && k.start < m.end)) continue;
    kept.push(m);
    if (kept.length >= MAX_FUZZY_CANDIDATES) break;
  }
  return kept;
}

/**
 * Finds the best place for `quote` in `text`.
 * @returns the best accepted match, or null if no candidate has enough evidence (the quote is gone).
 */
export function matchQuote(text: string, quote: string, context: QuoteContext = {}, options: MatchQuoteOptions = {}): QuoteMatch | null {
  const { text: folded, map } = foldWhitespace(text);
  const fq = fold(quote);
  if (fq.trim().length === 0 || folded.length === 0) return null;
  const fp = fold(context.prefix ?? '');
  const fs = fold(context.suffix ?? '');
  const q: Query = {
    quote: fq,
    prefix: fp,
    suffix: fs,
    hint: context.hint,
    wholeStart: !(isWordChar(fp[fp.length - 1]) && isWordChar(fq[0])),
    wholeEnd: !(isWordChar(fq[fq.length - 1]) && isWordChar(fs[0])),
  };
  const minEvidence = options.minScore ?? MIN_EVIDENCE;
  const candidates: Candidate[] = [];

  let exactCount = 0;
  for (let at = folded.indexOf(fq); at !== -1 && exactCount < MAX_EXACT_CANDIDATES; at = folded.indexOf(fq, at + 1)) {
    exactCount += 1;
    consider(folded, map, q, at, at + fq.length, true, candidates);
  }
  // An exact occurrence in its own context needs no fuzzy search (the common case on a reload).
  const top = pick(candidates, minEvidence);
  if (top && isConfident(top, q)) return asMatch(top);

  const ratio = options.maxErrorRatio ?? QUOTE_ERROR_RATIO;
  const quoteErrors = Math.floor(fq.length * ratio);
  if (quoteErrors > 0) {
    for (const m of bestMatches(folded, fq, quoteErrors)) {
      if (m.errors > 0) consider(folded, map, q, m.start, m.end, false, candidates);
    }
  }
  if (fp.length + fs.length > 0) {
    const whole = fp + fq + fs;
    for (const w of bestMatches(folded, whole, Math.floor(whole.length * CONTEXT_ERROR_RATIO))) {
      const window = folded.slice(w.start, w.end);
      const [startSpan, endSpan] = alignCuts(whole, window, [fp.length, fp.length + fq.length]);
      const start = w.start + startSpan[1];
      const end = w.start + endSpan[0];
      if (end > start) consider(folded, map, q, start, end, folded.slice(start, end) === fq, candidates);
    }
  }
  const found = pick(candidates, minEvidence);
  return found && asMatch(found);
}

/** An exact candidate whose context, taken as a whole, agrees closely. */
function isConfident(c: Candidate, q: Query): boolean {
  return c.errors === 0 && c.evidence >= confidentEvidence(q);
}

/** Evidence of an exact quote whose contexts are `CONFIDENT_CONTEXT_SIMILARITY` similar. */
function confidentEvidence(q: Query): number {
  const lq = q.quote.length;
  const lc = q.prefix.length + q.suffix.length;
  const ctx = (CONFIDENT_CONTEXT_SIMILARITY - CONTEXT_CHANCE_SIMILARITY) / (1 - CONTEXT_CHANCE_SIMILARITY);
  return (lq + lc * ctx) / (lq + lc);
}

/** The highest-ranked candidate with enough evidence. */
function pick(candidates: readonly Candidate[], minEvidence: number): Candidate | null {
  let best: Candidate | null = null;
  for (const c of candidates) {
    if (c.evidence < minEvidence) continue;
    if (!best || c.rank > best.rank) best = c;
  }
  return best;
}

function asMatch(c: Candidate): QuoteMatch {
  return { start: c.start, end: c.end, errors: c.errors, score: c.evidence };
}
