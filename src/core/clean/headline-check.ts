/**
 * Whether a clean view hides the page's headline: the benchmark's count of pages whose reader would get a
 * story without its headline (issue target: none).
 */
import { findPageHeadline } from '../article/header-headline.ts';
import { HIDDEN_ATTRIBUTE } from './marks.ts';

/**
 * True when the page's headline (the visible-by-markup heading matching `og:title`, JSON-LD `headline` or
 * `<title>`) is hidden by the clean view; false when it is shown, and also when the page has no such heading.
 * @param doc the page, live or parsed from the cleaned page's HTML.
 * @param plan the elements the clean view hides (planHiding's result); without it, the elements the
 *   document marks hidden (`data-margin-hidden`, as in a cleaned page or its serialized HTML).
 */
export function headlineHidden(doc: Document, plan?: readonly Element[]): boolean {
  const headline = findPageHeadline(doc);
  if (!headline) return false;
  if (plan) return plan.some((el) => el.contains(headline));
  return headline.closest(`[${HIDDEN_ATTRIBUTE}]`) !== null;
}
