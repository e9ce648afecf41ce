/** The reading text of a selection, as the command line and the benchmark produce it. */
import type { ArticleSelection } from './types.ts';
import type { TextMap } from '../text/block-text.ts';
import { blockText } from '../text/block-text.ts';
import { hiddenByMarkup } from './hints.ts';

/**
 * Lays out the kept subtrees without the dropped elements (blank line between blocks).
 * Elements hidden by inline style are skipped too, as `innerText` would on a live page.
 */
export function articleText(selection: ArticleSelection): TextMap {
  const dropped = new Set(selection.drop);
  return blockText(selection.keep, { skip: (el) => dropped.has(el) || hiddenByMarkup(el) });
}
