/**
 * Turning stored selectors back into a DOM range on a page that may have changed since.
 */
import { matchQuote, type MatchQuoteOptions } from './match-quote.ts';
import { buildTextModel, rangeFromOffsets, type TextModel } from './text-model.ts';
import type { Selector, TextModelOptions, TextPositionSelector, TextQuoteSelector } from './types.ts';

/** Options for `anchor`. */
export interface AnchorOptions extends TextModelOptions, MatchQuoteOptions {
  /**
   * A text model of `root` built with the same `ignore`. Pass one when anchoring many highlights at once so
   * the page's text is collected only once (the DOM must not change in between).
   */
  model?: TextModel;
}

function findQuote(selectors: readonly Selector[]): TextQuoteSelector | undefined {
  return selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
}

function findPosition(selectors: readonly Selector[]): TextPositionSelector | undefined {
  return selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
}

/** True if `text` has `expected` right before `offset` (as much of it as the text has room for). */
function endsWithContext(text: string, offset: number, expected: string): boolean {
  const n = Math.min(expected.length, offset);
  return text.slice(offset - n, offset) === expected.slice(expected.length - n);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch);

/** False if `[start, end)` cuts a word in `text` at an edge where the stored quote did not. */
function keepsWordEdges(text: string, start: number, end: number, quote: TextQuoteSelector): boolean {
  const cutStart = isWordChar(text[start - 1]) && isWordChar(text[start]);
  const cutEnd = isWordChar(text[end - 1]) && isWordChar(text[end]);
  const wasCutStart = isWordChar(quote.prefix[quote.prefix.length - 1]) && isWordChar(quote.exact[0]);
  const wasCutEnd = isWordChar(quote.exact[quote.exact.length - 1]) && isWordChar(quote.suffix[0]);
  return (!cutStart || wasCutStart) && (!cutEnd || wasCutEnd);
}

/**
 * Finds the text that `selectors` describe under `root`.
 *
 * Order of attempts: the stored position, if the text there is still the quote with one side of its context; else
 * the best-scoring place for the quote that has enough evidence (see `matchQuote`), or null when none has;
 * a position without a quote is trusted as is.
 * @param root the same root the selectors were described against.
 * @param selectors what `describe` returned (other selector types are ignored).
 * @returns a range over the text, or null if the highlight cannot be found (an "orphan").
 */
export function anchor(root: Element, selectors: readonly Selector[], options: AnchorOptions = {}): Range | null {
  const model = options.model ?? buildTextModel(root, options);
  const found = anchorText(model.text, selectors, options);
  return found ? rangeFromOffsets(model, found.start, found.end) : null;
}

/**
 * `anchor` on plain text: finds the offsets that `selectors` describe in `text` (the text model's text).
 * @returns `{ start, end }` offsets into `text`, or null for an orphan.
 */
export function anchorText(text: string, selectors: readonly Selector[], options: MatchQuoteOptions = {}): TextRange | null {
  const quote = findQuote(selectors);
  const position = findPosition(selectors);

  if (position && position.start >= 0 && position.end <= text.length && position.start < position.end) {
    if (!quote) return { start: position.start, end: position.end };
    // The quote still at its exact offset with either side of its context unchanged is the highlight: an
    // edit that changed a word on one side must not send it to a twin passage elsewhere.
    if (
      text.slice(position.start, position.end) === quote.exact &&
      keepsWordEdges(text, position.start, position.end, quote) &&
      (endsWithContext(text, position.start, quote.prefix) || text.startsWith(quote.suffix.slice(0, text.length - position.end), position.end))
    ) {
      return { start: position.start, end: position.end };
    }
  }
  if (!quote || quote.exact.length === 0) return null;

  const match = matchQuote(text, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint: position?.start }, options);
  return match ? { start: match.start, end: match.end } : null;
}

/** Offsets `[start, end)` into a text model's text. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Anchors many highlights against one snapshot of the page's text.
 * @returns one range (or null for an orphan) per entry of `selectorLists`, in the same order.
 */
export function anchorAll(root: Element, selectorLists: readonly (readonly Selector[])[], options: AnchorOptions = {}): (Range | null)[] {
  const model = options.model ?? buildTextModel(root, options);
  return selectorLists.map((selectors) => anchor(root, selectors, { ...options, model }));
}
