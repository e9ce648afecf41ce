/**
 * Article detection: which subtrees of the page hold the article, and what inside them is clutter.
 * Plain DOM code (no layout, no extension or Node APIs), so it runs the same on a live page, on linkedom and
 * on happy-dom. Cost: one measuring pass over the body plus work proportional to the kept subtrees.
 */
import type { ArticleSelection } from './types.ts';
import type { ElementStats, PageStats } from './analyze.ts';
import { analyzeSteps } from './analyze.ts';
export { PageTooLarge } from './analyze.ts';
import { finish, NO_BUDGET, type Budget } from '../slices.ts';
import { chooseBody, isListing, narrowToHeadline, preferHeadlinePost, widen } from './choose-root.ts';
import { findHeadline, keepRoots } from './headline.ts';
import { withReaderHeader } from './header-keep.ts';
import { findDrops, findDropsSteps } from './prune.ts';
import { headIndex } from './head-index.ts';
import { ingredientLists, sparingIngredients, withIngredients } from './recipe.ts';
import type { SiteRule } from './site-rules.ts';
import { BUILT_IN_RULES, pageHost, ruleFor, selectAll } from './site-rules.ts';

/** Options of {@link findArticle}. */
export interface FindArticleOptions {
  /** Site rules to try before the general method; defaults to the rules shipped with Margin. */
  rules?: readonly SiteRule[];
  /** The page's address, to pick a site rule when the document does not know its own URL (Node). */
  url?: string;
  /** Pages with more elements throw {@link PageTooLarge} (see analyze.ts); no limit by default. */
  maxElements?: number;
  /** Look meta tags up by selector, key by key: faster in a browser, slower in DOMs written in JavaScript (see head-index.ts). */
  nativeSelectors?: boolean;
}

/** Sorts elements into document order and removes any that sit inside another. */
function outermost(elements: Element[], stats: PageStats): Element[] {
  const sorted = [...new Set(elements)].sort((a, b) => (stats.byElement.get(a)?.order ?? 0) - (stats.byElement.get(b)?.order ?? 0));
  const out: Element[] = [];
  for (const el of sorted) if (!out.some((o) => o.contains(el))) out.push(el);
  return out;
}

/** Applies a site rule; null when its selectors find nothing (the general method then runs). */
function applyRule(rule: SiteRule, stats: PageStats, doc: Document): ArticleSelection | null {
  for (const selector of rule.article ?? []) {
    const found = selectAll(doc, [selector]).filter((el) => stats.byElement.has(el));
    if (found.length === 0) continue;
    const keep = outermost(found, stats);
    const roots = keep.map((el) => stats.byElement.get(el)!);
    const body = roots.reduce((a, b) => (b.prose > a.prose ? b : a));
    const hidden = keep.flatMap((root) => selectAll(root, rule.hide));
    const drop = outermost([...hidden, ...findDrops(stats, roots, body, null)], stats);
    return { keep, drop, method: 'site-rule' };
  }
  return null;
}

/** How the body container was found, for reports: by markup that names it, or by text scoring alone. */
function methodOf(body: ElementStats): string {
  if (body.body) return 'markup';
  if (body.tag === 'ARTICLE' || body.tag === 'MAIN') return 'landmark';
  return 'score';
}

/**
 * Finds the article on a page.
 * @param doc the page (a browser document, linkedom or happy-dom); it is not modified.
 * @param options site rules and the page URL.
 * @returns the subtrees to keep and the clutter inside them to drop, or null when the page has no article.
 */
export function findArticle(doc: Document, options: FindArticleOptions = {}): ArticleSelection | null {
  return finish(findArticleSteps(doc, NO_BUDGET, options));
}

/**
 * {@link findArticle} as sliceable work (see slices.ts): it yields inside the measuring pass and between
 * the later steps whenever `budget` says the slice is over.
 */
export function* findArticleSteps(doc: Document, budget: Budget, options: FindArticleOptions = {}): Generator<void, ArticleSelection | null> {
  const root = doc.body ?? doc.documentElement;
  const stats = yield* analyzeSteps(root, budget, options.maxElements);
  if (budget.due()) yield;
  const head = headIndex(doc, false, options.nativeSelectors);
  const rules = options.rules ?? BUILT_IN_RULES;
  const rule = rules.length > 0 ? ruleFor(pageHost(doc, head, options.url), rules) : null;
  if (rule) {
    const selection = applyRule(rule, stats, doc);
    if (selection) return selection;
  }
  const best = preferHeadlinePost(chooseBody(stats), stats, doc, head);
  if (!best) return null;
  if (budget.due()) yield;
  const core = narrowToHeadline(best, stats, doc, head);
  if (isListing(core, stats, doc, head)) return null;
  const body = widen(core, stats);
  if (budget.due()) yield;
  const headline = findHeadline(doc, head, stats, body);
  const ingredients = ingredientLists(stats, body);
  const roots = withIngredients(keepRoots(stats, body, headline), ingredients);
  if (budget.due()) yield;
  const drop = sparingIngredients(yield* findDropsSteps(stats, roots, body, headline, core, budget), ingredients);
  if (budget.due()) yield;
  return withReaderHeader(doc, { keep: roots.map((r) => r.el), drop, method: methodOf(body) }, head, { headline: headline?.el ?? null, stats });
}
