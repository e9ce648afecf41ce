/**
 * Per-site rules: where the general method fails on a site, a rule names the article's root and the
 * elements to hide. Rules are data (site-rules.json) so they can be updated without touching the method,
 * and are only added for sites where the general method has been measured to fail.
 */
import builtInRules from './site-rules.json';
import type { HeadIndex } from './head-index.ts';
import { metaContent } from './head-index.ts';

/** A rule for one site. */
export interface SiteRule {
  /** Host names the rule applies to; "example.com" also matches "www.example.com" and other subdomains. */
  hosts: string[];
  /** CSS selectors of the article's root(s), tried in order; every element the first matching selector finds is kept. */
  article?: string[];
  /** CSS selectors of elements inside the article to hide (share bars, ads the general method misses). */
  hide?: string[];
}

/** The rules shipped with Margin. */
export const BUILT_IN_RULES: readonly SiteRule[] = builtInRules as SiteRule[];

/** The host of the page, from `url` or what the document itself says (its URL, canonical link, og:url). */
export function pageHost(doc: Document, head: HeadIndex, url?: string): string | null {
  // (Read lazily: in a browser the document's own URL answers, and the head need not be read.)
  const candidates = [() => url, () => doc.URL, () => head.canonical, () => metaContent(head, 'og:url')];
  for (const candidate of candidates) {
    const c = candidate();
    if (!c || !/^https?:/i.test(c)) continue;
    try {
      return new URL(c).hostname.toLowerCase();
    } catch {
      // Not a URL: try the next source.
    }
  }
  return null;
}

/** The first rule whose hosts match `host`, or null. */
export function ruleFor(host: string | null, rules: readonly SiteRule[]): SiteRule | null {
  if (!host) return null;
  for (const rule of rules) {
    for (const h of rule.hosts) {
      const hh = h.toLowerCase();
      if (host === hh || host.endsWith('.' + hh)) return rule;
    }
  }
  return null;
}

/** Elements matching any of `selectors` under `root`, ignoring selectors the DOM implementation rejects. */
export function selectAll(root: ParentNode, selectors: readonly string[] | undefined): Element[] {
  const out: Element[] = [];
  for (const sel of selectors ?? []) {
    try {
      out.push(...Array.from(root.querySelectorAll(sel)));
    } catch {
      // An invalid selector in a rule must not break the page.
    }
  }
  return out;
}
