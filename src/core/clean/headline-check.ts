/**
 * Whether a clean view hides the page's headline: the benchmark's count of pages whose reader would get a
 * story without its headline (issue target: none).
 */
import { pageHeadlineCopies } from '../article/header-headline.ts';
import { HIDDEN_ATTRIBUTE } from './marks.ts';

/**
 * True when the page's headline (the visible-by-markup heading matching `og:title`, JSON-LD `headline` or
 * `<title>`) is hidden by the clean view; false when it is shown, and also when the page has no such heading.
 * A page that prints the headline more than once (for small and large screens, or again in a bar above the
 * story) shows it when one copy is left visible: the clean view keeps the article's copy and hides the others.
 * @param doc the page, live or parsed from the cleaned page's HTML.
 * @param plan the elements the clean view hides (planHiding's result); without it, the elements the
 *   document marks hidden (`data-margin-hidden`, as in a cleaned page or its serialized HTML).
 */
export function headlineHidden(doc: Document, plan?: readonly Element[]): boolean {
  const copies = pageHeadlineCopies(doc);
  if (copies.length === 0) return false;
  const hidden = (el: Element) => (plan ? plan.some((h) => h.contains(el)) : el.closest(`[${HIDDEN_ATTRIBUTE}]`) !== null);
  return copies.every(hidden);
}
