/**
 * Turning a DOM range (the reader's selection) into selectors that can find it again later.
 */
import { buildTextModel, offsetOfPoint, type TextModel } from './text-model.ts';
import type { Selector, TextModelOptions, TextPositionSelector, TextQuoteSelector } from './types.ts';

/** Characters of context kept on each side of a quote: enough to tell repeats apart, small to store. */
export const DEFAULT_CONTEXT_LENGTH = 32;

/** Options for `describe`. */
export interface DescribeOptions extends TextModelOptions {
  /** Characters of prefix and suffix to keep (default 32). */
  contextLength?: number;
  /** A text model of `root` built earlier with the same `ignore`, to skip rebuilding it. */
  model?: TextModel;
  /**
   * True for the parent element of a text node the reader did not see (clutter Margin hid, `display: none`):
   * its text is left out of the quote, so a highlight dragged across hidden clutter between two paragraphs
   * quotes what was read. Offsets and context still count it, since the text model (and anchoring) does.
   */
  unseen?: (el: Element) => boolean;
}

/**
 * Describes a range of the text of `root` as a quote selector and a position selector.
 * @param root the element the selectors are relative to; anchor with the same root and `ignore`.
 * @param range the range to describe; the parts of it outside `root`'s text are clipped.
 * @returns `[TextQuoteSelector, TextPositionSelector]`, or `[]` if the range covers no text.
 */
export function describe(root: Element, range: Range, options: DescribeOptions = {}): Selector[] {
  const model = options.model ?? buildTextModel(root, options);
  const contextLength = options.contextLength ?? DEFAULT_CONTEXT_LENGTH;
  const start = offsetOfPoint(model, range.startContainer, range.startOffset);
  const end = offsetOfPoint(model, range.endContainer, range.endOffset);
  if (end <= start) return [];
  const selectors = describeText(model.text, start, end, contextLength);
  if (options.unseen) {
    const quote = selectors[0] as TextQuoteSelector;
    quote.exact = seenText(model, start, end, options.unseen);
    if (!quote.exact.trim()) return [];
  }
  return selectors;
}

/** The text of `[start, end)` without the text nodes whose parent is `unseen`. */
function seenText(model: TextModel, start: number, end: number, unseen: (el: Element) => boolean): string {
  const verdicts = new Map<Element, boolean>();
  const parts: string[] = [];
  model.nodes.forEach((node, i) => {
    const from = model.starts[i];
    const to = from + node.data.length;
    if (to <= start || from >= end) return;
    const parent = node.parentElement;
    if (parent) {
      let hidden = verdicts.get(parent);
      if (hidden === undefined) verdicts.set(parent, (hidden = unseen(parent)));
      if (hidden) return;
    }
    parts.push(node.data.slice(Math.max(0, start - from), Math.min(node.data.length, end - from)));
  });
  return parts.join('');
}

/**
 * `describe` on plain text: the selectors of `[start, end)` in `text` (the text model's text).
 * @returns `[TextQuoteSelector, TextPositionSelector]`, or `[]` for an empty or reversed span.
 */
export function describeText(text: string, start: number, end: number, contextLength = DEFAULT_CONTEXT_LENGTH): Selector[] {
  if (end <= start) return [];
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - contextLength), start),
    suffix: text.slice(end, end + contextLength),
  };
  const position: TextPositionSelector = { type: 'TextPositionSelector', start, end };
  return [quote, position];
}

/**
 * True when `[start, end)` of the model's text reads `exact` once some whole text nodes inside it are left
 * out: the test for a quote `describe` took with `unseen`, at its stored position, on a page where the
 * clutter it skipped shows again (a reload without the clean view) or was never hidden. Only whole nodes
 * strictly inside the span may be skipped, so the ends must match where they stand; white space is folded.
 */
export function readsWithGaps(model: TextModel, start: number, end: number, exact: string): boolean {
  const fold = (text: string) => text.replace(/\s+/g, ' ');
  const want = fold(exact).trim();
  let got = '';
  let first = true;
  for (let i = 0; i < model.nodes.length; i++) {
    const from = model.starts[i];
    const data = model.nodes[i].data;
    if (from + data.length <= start || from >= end) continue;
    const piece = fold(data.slice(Math.max(0, start - from), Math.min(data.length, end - from)));
    const candidate = fold(got + piece);
    const inside = from > start && from + data.length < end;
    // Keep a node while the text so far is still the start of the quote; skip one that is not (clutter).
    if (want.startsWith(candidate.trim()) || candidate.trim() === '') got = candidate;
    else if (!inside || first) return false;
    first = false;
  }
  return got.trim() === want;
}
