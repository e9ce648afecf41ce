/**
 * This page's key in Margin's database: its address, tied to the canonical address the page declares when
 * that is on the same site (see `pageKey`). The background holds every key a content script sends to the
 * tab's own site, so a page that declares another site's address gets nothing of that site's notes.
 */
import { pageKey } from '../core/url.ts';

/** The address the document was loaded with, before any `history.pushState`. */
function loadedUrl(): string | undefined {
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return navigation?.name;
}

/**
 * The canonical address the page declares, or undefined. A single-page app that moved to another address
 * with the history API may have left the first article's canonical link in place, so after such a move the
 * canonical link is not trusted (the address alone is the key).
 */
function declaredCanonical(): string | undefined {
  const link = document.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]');
  if (!link) return undefined;
  const loaded = loadedUrl();
  const withoutHash = (url: string) => url.split('#')[0];
  if (loaded && withoutHash(loaded) !== withoutHash(location.href)) return undefined;
  return link.href;
}

export function currentPageKey(): string {
  return pageKey(location.href, { canonical: declaredCanonical() });
}
