/**
 * Finding a quote in text that may have changed since the quote was taken.
 *
 * Candidates come from three searches, cheapest first: exact occurrences, occurrences that differ only in
 * white space, and approximate matches (Myers' bit-parallel algorithm via `approx-string-match`). Every
 * candidate is scored by how well the quote, its prefix and its suffix agree, and by how close it is to where
 * the quote used to be, so that a repeated phrase is resolved by its context.
 */
import approxSearch from 'approx-string-match';
import { foldWhitespace } from './whitespace.ts';

/** Where a quote was found in the text. */
export interface QuoteMatch {
  start: number;
  end: number;
  /** Edits between the quote and the matched text (0 for exact). */
  errors: number;
  /** Overall agreement in [0, 1]; higher is better. */
  score: number;
}

/** What is known about the quote besides its text. */
export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Where the quote started when it was described, to prefer the nearest of equal candidates. */
  hint?: number;
}

/** Options for `matchQuote`. */
export interface MatchQuoteOptions {
  /**
   * Largest fraction of the quote's length that may differ in an approximate match (default 0.25): a word
   * edited inside a long quote still matches, a different sentence does not.
   */
  maxErrorRatio?: number;
}

// Weights of the score: the quote matters most; prefix and suffix decide between repeats; the old position
// only breaks ties, since text before the quote may have grown or shrunk.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** Exact occurrences considered at most, so that a quote like "the" cannot make anchoring slow. */
const MAX_EXACT_CANDIDATES = 1000;
/** The approximate search costs O(errors / 32 · text length); cap the errors for very long quotes. */
const MAX_ERRORS = 256;

/** How well `pattern` occurs in the short `text`, in [0, 1]. */
function similarity(text: string, pattern: string): number {
  if (pattern.length === 0) return 1;
  if (text.length === 0) return 0;
  if (text.includes(pattern)) return 1;
  const best = approxSearch(text, pattern, pattern.length);
  if (best.length === 0) return 0;
  return Math.max(0, 1 - best[0].errors / pattern.length);
}

/** Scores a candidate `[start, end)` with `errors` edits against the quote's context. */
function score(text: string, quoteLength: number, start: number, end: number, errors: number, context: QuoteContext): number {
  const quoteScore = 1 - errors / Math.max(1, quoteLength);
  const prefix = context.prefix ?? '';
  const suffix = context.suffix ?? '';
  const prefixScore = similarity(text.slice(Math.max(0, start - prefix.length), start), prefix);
  const suffixScore = similarity(text.slice(end, end + suffix.length), suffix);
  const positionScore = context.hint === undefined || text.length === 0
    ? 1
    : 1 - Math.min(1, Math.abs(start - context.hint) / text.length);
  return (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore
    + POSITION_WEIGHT * positionScore) / TOTAL_WEIGHT;
}

/** Best of `candidates` by score, or null. */
function best(candidates: QuoteMatch[]): QuoteMatch | null {
  let top: QuoteMatch | null = null;
  for (const c of candidates) if (!top || c.score > top.score) top = c;
  return top;
}

/** All exact occurrences of `quote` in `text`, up to the cap. */
function exactOccurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i !== -1 && found.length < MAX_EXACT_CANDIDATES; i = text.indexOf(quote, i + 1)) {
    found.push(i);
  }
  return found;
}

/**
 * True if an exact candidate is trustworthy without looking further: its context agrees, or the quote is
 * long enough that an exact repeat is unlikely to be a coincidence.
 */
function isConfident(match: QuoteMatch, quoteLength: number, context: QuoteContext): boolean {
  if (!context.prefix && !context.suffix) return true;
  if (quoteLength >= 40) return true;
  // With a perfect quote the score is 50/92 + context; ~0.8 means most of the context agrees.
  return match.score >= 0.8;
}

/**
 * Finds the best place for `quote` in `text`.
 * @returns the best match, or null if nothing is close enough.
 */
export function matchQuote(text: string, quote: string, context: QuoteContext = {}, options: MatchQuoteOptions = {}): QuoteMatch | null {
  if (quote.length === 0) return null;
  const candidates: QuoteMatch[] = [];

  for (const start of exactOccurrences(text, quote)) {
    const end = start + quote.length;
    candidates.push({ start, end, errors: 0, score: score(text, quote.length, start, end, 0, context) });
  }
  const exact = best(candidates);
  if (exact && isConfident(exact, quote.length, context)) return exact;

  // The page may have been re-serialized with different line breaks or indentation.
  const foldedText = foldWhitespace(text);
  const foldedQuote = quote.replace(/\s+/g, ' ').trim();
  if (foldedQuote.length > 0) {
    for (const f of exactOccurrences(foldedText.text, foldedQuote)) {
      const start = foldedText.map[f];
      const end = foldedText.map[f + foldedQuote.length - 1] + 1;
      candidates.push({ start, end, errors: 0, score: score(text, quote.length, start, end, 0, context) });
    }
  }

  const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.length * (options.maxErrorRatio ?? 0.25)));
  if (maxErrors > 0) {
    for (const m of approxSearch(text, quote, maxErrors)) {
      if (m.errors === 0) continue; // Already a candidate above.
      candidates.push({ ...m, score: score(text, quote.length, m.start, m.end, m.errors, context) });
    }
  }
  // The exact occurrences (if any) had weak context; the quote itself may have been edited while an
  // identical phrase exists elsewhere. Search for quote and context together, then for the quote inside.
  if (exact && (context.prefix || context.suffix) && maxErrors > 0) {
    candidates.push(...contextualMatches(text, quote, context, options.maxErrorRatio ?? 0.25, maxErrors));
  }
  return best(candidates);
}

/** Approximate matches of `prefix + quote + suffix`, narrowed to the quote. */
function contextualMatches(text: string, quote: string, context: QuoteContext, ratio: number, quoteErrors: number): QuoteMatch[] {
  const whole = (context.prefix ?? '') + quote + (context.suffix ?? '');
  const wholeErrors = Math.min(MAX_ERRORS, Math.floor(whole.length * ratio));
  const found: QuoteMatch[] = [];
  for (const w of approxSearch(text, whole, wholeErrors).slice(0, 10)) {
    const window = text.slice(w.start, w.end);
    for (const m of approxSearch(window, quote, quoteErrors)) {
      const start = w.start + m.start;
      const end = w.start + m.end;
      found.push({ start, end, errors: m.errors, score: score(text, quote.length, start, end, m.errors, context) });
    }
  }
  return found;
}
