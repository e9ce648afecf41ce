/**
 * The head of the article: which heading is its headline, and the keep roots that bring the headline and
 * the standfirst together with the body.
 */
import type { ElementStats, PageStats } from './analyze.ts';
import type { HeadIndex } from './head-index.ts';
import { elementWords } from './hints.ts';
import { declaredTitle, isSiteNamePart, matchesTitle, norm } from './title.ts';
import { CHOOSE_THRESHOLDS } from './choose-thresholds.ts';

const WIDENING = CHOOSE_THRESHOLDS.headlineWidening;
const STANDFIRST = CHOOSE_THRESHOLDS.standfirst;

/**
 * Finds the headline of the article whose body is `body`: an H1 (or itemprop=headline) that matches the
 * page title, else the last H1 before the body. Headlines inside the body are returned too (no work to do).
 */
export function findHeadline(doc: Document, head: HeadIndex, stats: PageStats, body: ElementStats): ElementStats | null {
  const title = declaredTitle(doc, head);
  let matched: ElementStats | null = null;
  let before: ElementStats | null = null;
  for (const s of stats.headings) {
    if (s.tag !== 'H1' && s.tag !== 'H2' && !s.headline) continue;
    if (s.hidden || s.text === 0) continue;
    const el = s.el;
    const isH1 = s.tag === 'H1' || s.tag !== 'H2';
    const text = norm(el.textContent ?? '');
    // The site's name printed as a heading above every post is not the headline, nor a fallback for one.
    if (isSiteNamePart(text, title)) continue;
    if (matchesTitle(text, title) && (isH1 || !matched)) {
      // Prefer the matching heading nearest before (or inside) the body; a copy inside the body wins over
      // one before it (a slideshow or bar above the story repeating its headline), which would widen the roots.
      const inBody = body.el.contains(el);
      const matchedInBody = matched !== null && body.el.contains(matched.el);
      if (!matched || (inBody && !matchedInBody)) matched = s;
      else if (!(matchedInBody && !inBody) && (s.order <= body.order + 1 || matched.order > body.order)) matched = s;
    }
    if (isH1 && s.order < body.order) before = s;
  }
  return matched ?? before;
}

/** Nearest common ancestor of two elements. */
function commonAncestor(a: Element, b: Element): Element | null {
  for (let p: Element | null = a; p; p = p.parentElement) if (p.contains(b)) return p;
  return null;
}

/**
 * The keep roots: the body container, widened to the container that also holds the headline when the
 * widening brings in little else; otherwise the headline is kept as a root of its own.
 */
export function keepRoots(stats: PageStats, body: ElementStats, headline: ElementStats | null): ElementStats[] {
  if (!headline || body.el.contains(headline.el)) return [body];
  const common = commonAncestor(body.el, headline.el);
  const cs = common ? stats.byElement.get(common) : undefined;
  if (cs && cs !== stats.root && cs.tag !== 'BODY' && cs.tag !== 'HTML') {
    const extra = cs.text - body.text;
    // Widening is safe when what comes with the headline is small next to the story and not mostly clutter.
    if (
      extra <= Math.max(body.text, WIDENING.minExtraText) &&
      cs.value >= body.value - Math.max(WIDENING.minValueLoss, body.value * WIDENING.valueLossShare)
    )
      return [cs];
  }
  // Keep the headline alone, with the standfirst between it and the body; a headline after the body
  // (rare) is left out.
  if (headline.order > body.order) return [body];
  return [headline, ...standfirsts(stats, headline, body), body];
}

/** Class words of a standfirst (the lead paragraph under the headline). */
export const LEAD_CLASS: ReadonlySet<string> = new Set([
  'lead',
  'intro',
  'summary',
  'subtitle',
  'subheadline',
  'standfirst',
  'dek',
  'deck',
  'excerpt',
  'description',
  'teaser',
  'kicker',
  'abstract',
  'chapo',
  'sapo',
  'subline',
  'strapline',
  'introduction',
  'lede',
  'perex',
]);

/** Standfirst blocks between the headline and the body: marked as a lead, short, not furniture. */
function standfirsts(stats: PageStats, headline: ElementStats, body: ElementStats): ElementStats[] {
  const out: ElementStats[] = [];
  for (let i = stats.all.indexOf(headline) + 1; i < stats.all.length; i += 1) {
    const s = stats.all[i];
    if (s.order >= body.order) break;
    if (
      s.text < STANDFIRST.minText ||
      s.text > STANDFIRST.maxText ||
      s.hidden ||
      s.furniture ||
      headline.el.contains(s.el) ||
      out.some((o) => o.el.contains(s.el))
    )
      continue;
    if (s.link > s.text * STANDFIRST.maxLinkShare || s.el.contains(body.el)) continue;
    const words = elementWords(s.el);
    if (words.some((w) => LEAD_CLASS.has(w))) out.push(s);
    if (out.length >= STANDFIRST.maxCount) break;
  }
  return out;
}
