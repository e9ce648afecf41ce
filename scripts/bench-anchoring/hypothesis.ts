/**
 * The reference: Hypothesis's anchoring of a quote and a position on text, written from the published
 * description of its algorithm (client `src/annotator/anchoring`), not copied from it:
 *
 * 1. If the text at the stored position is exactly the quote, take it.
 * 2. Otherwise find candidates for the quote: all exact occurrences if there is at least one, else all
 *    approximate matches with at most half the quote's length in errors (capped at 256), via
 *    approx-string-match.
 * 3. Score each candidate: 50 × quote similarity + 20 × prefix similarity + 20 × suffix similarity +
 *    2 × position closeness (1 − distance / text length), over 92. A context's similarity is
 *    1 − errors / length of the best approximate occurrence of the stored context in the text of the same
 *    length next to the candidate (a missing context counts 1, text too short for it 0).
 * 4. Take the highest score, with no minimum; "not found" only when there is no candidate at all.
 */
import approxSearch, { type Match } from 'approx-string-match';
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../../src/core/anchoring/types.ts';

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_ERRORS = 256;
const ERROR_BUDGET = 0.5;

/** Exact occurrences if any, else approximate ones within `maxErrors`. */
function candidates(text: string, pattern: string, maxErrors: number): Match[] {
  const exact: Match[] = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) {
    exact.push({ start: at, end: at + pattern.length, errors: 0 });
  }
  return exact.length > 0 ? exact : approxSearch(text, pattern, maxErrors);
}

function contextSimilarity(text: string, context: string): number {
  if (context.length === 0 || text.length === 0) return 0;
  const found = candidates(text, context, context.length);
  return 1 - found[0].errors / context.length;
}

/** Hypothesis's `matchQuote`: the best-scoring candidate, or null if there are none. */
export function hypothesisMatchQuote(
  text: string,
  quote: string,
  prefix: string,
  suffix: string,
  hint?: number,
): { start: number; end: number } | null {
  if (quote.length === 0) return null;
  const found = candidates(text, quote, Math.min(MAX_ERRORS, quote.length * ERROR_BUDGET));
  let best: { start: number; end: number; score: number } | null = null;
  for (const m of found) {
    const quoteScore = 1 - m.errors / quote.length;
    const prefixScore = prefix ? contextSimilarity(text.slice(Math.max(0, m.start - prefix.length), m.start), prefix) : 1;
    const suffixScore = suffix ? contextSimilarity(text.slice(m.end, m.end + suffix.length), suffix) : 1;
    const positionScore = hint === undefined ? 1 : 1 - Math.abs(m.start - hint) / text.length;
    const score = QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score };
  }
  return best && { start: best.start, end: best.end };
}

/** Hypothesis's `anchor` for a quote and a position selector, on the root's text. */
export function hypothesisAnchor(text: string, selectors: readonly Selector[]): { start: number; end: number } | null {
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  if (position && position.start >= 0 && position.end <= text.length && position.start <= position.end) {
    if (!quote?.exact || text.slice(position.start, position.end) === quote.exact) return { start: position.start, end: position.end };
  }
  if (!quote) return null;
  return hypothesisMatchQuote(text, quote.exact, quote.prefix, quote.suffix, position?.start);
}
