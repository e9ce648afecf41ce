/**
 * Anchoring: saving where a highlight is (`describe`) and finding it again on a page that may have been
 * reloaded, edited or cleaned (`anchor`), plus links that open the page at a passage (`textFragment`).
 */
export type { Selector, TextQuoteSelector, TextPositionSelector, TextModelOptions } from './types.ts';
export { describe, describeText, DEFAULT_CONTEXT_LENGTH, type DescribeOptions } from './describe.ts';
export { anchor, anchorAll, anchorText, type AnchorOptions, type TextRange } from './anchor.ts';
export { buildTextModel, rangeFromOffsets, offsetOfPoint, pointAt, type TextModel, type DomPoint } from './text-model.ts';
export { matchQuote, type QuoteMatch, type QuoteContext, type MatchQuoteOptions } from './match-quote.ts';
export { textFragment } from './text-fragment.ts';
