/**
 * Page keys: the key under which a page's notes are kept. One article reached by different URLs (a
 * newsletter link with tracking parameters, its AMP version, the address its page declares canonical) gets
 * one key; two articles of one hash-routed site (`#/story-a`, `#/story-b`) get two.
 */

/** Query parameters that differ between visits of the same article (campaigns, click ids). */
const TRACKING_PARAMS = /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref_src|_ga|_hsenc|_hsmi|cmpid|ocid)$/i;

/** Query parameters that only ask for the AMP rendering of the same article, with the values that do. */
const AMP_PARAMS: Record<string, RegExp> = { amp: /^(|1|true)$/i, outputtype: /^amp$/i, _amp: /^(1|true)$/i };

/** A path segment that names the AMP rendering (`/amp/`, a trailing `/amp`). */
const AMP_SEGMENT = /^amp$/i;

/** The AMP file name of an article (`story.amp.html`, `story.amp`): the same article as `story.html`, `story`. */
const AMP_FILE = /\.amp(\.html?)?$/i;

/**
 * Leading host labels that name a rendering of the same site, not another site: `www.example.com`,
 * `amp.example.com`, `m.example.com` and `example.com` are one site. Deliberately no public-suffix list:
 * `alice.github.io` and `bob.github.io` stay two sites, where a "last two labels" rule would join them.
 */
const SITE_ALIAS_LABELS = new Set(['www', 'amp', 'm', 'mobile']);

/** True for an http(s) URL: a web page Margin works on. */
export function isWebUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The site a host belongs to: the host without one leading alias label (www, amp, m, mobile). */
export function siteOf(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  return labels.length > 2 && SITE_ALIAS_LABELS.has(labels[0]) ? labels.slice(1).join('.') : labels.join('.');
}

/** True when two hosts are one site by `siteOf`'s rule (same host, or one differs by a www/amp/m/mobile label). */
export function sameSite(a: string, b: string): boolean {
  return siteOf(a) === siteOf(b);
}

/**
 * The fragment when it is a hash route that names the page's content (`#/story-a`, `#!/story-a`,
 * `#!story-a`), or '' for an anchor (`#section-2`, `#comments`), a text fragment or nothing.
 */
function hashRoute(hash: string): string {
  if (hash.startsWith('#/') || hash.startsWith('#!')) {
    const route = hash.replace(/\/+$/, '');
    return route === '#' || route === '#!' ? '' : route;
  }
  return '';
}

/**
 * The query's name/value pairs. Through forEach, not its iterators: Firefox shows a content script the
 * page's DOM objects (URL included) through Xray wrappers, whose iterators are not iterable.
 */
function queryPairs(params: URLSearchParams): [string, string][] {
  const pairs: [string, string][] = [];
  params.forEach((value, key) => void pairs.push([key, value]));
  return pairs;
}

/** The URL without the marks of its AMP rendering (path segment, file name, query, `amp.` host). */
function withoutAmp(url: URL): void {
  const labels = url.hostname.split('.');
  if (labels.length > 2 && labels[0].toLowerCase() === 'amp') url.hostname = labels.slice(1).join('.');
  const segments = url.pathname.split('/');
  const path = segments.filter((segment, i) => i === 0 || !AMP_SEGMENT.test(segment));
  if (path.length !== segments.length) url.pathname = path.join('/') || '/';
  url.pathname = url.pathname.replace(AMP_FILE, (_m, html: string | undefined) => html ?? '');
  const params = queryPairs(url.searchParams);
  const kept = params.filter(([key, value]) => !AMP_PARAMS[key.toLowerCase()]?.test(value));
  if (kept.length !== params.length) url.search = new URLSearchParams(kept).toString();
}

/** The key of one URL: hash route kept, anchor dropped, tracking and AMP marks removed, query sorted. */
function keyOf(url: URL): string {
  url.hash = hashRoute(url.hash);
  for (const [key] of queryPairs(url.searchParams)) {
    if (TRACKING_PARAMS.test(key)) url.searchParams.delete(key);
  }
  withoutAmp(url);
  url.searchParams.sort();
  return url.toString();
}

export interface PageKeyOptions {
  /**
   * The canonical URL the page declares (`<link rel="canonical">`). Used only when it is on the same site
   * (`sameSite`): a hostile page could otherwise declare another site's URL to reach that site's notes. Not
   * used on a hash-routed page either: single-page apps often declare one canonical URL for every route.
   */
  canonical?: string;
}

/**
 * The key under which a page's notes are kept. Text that is not a URL is returned as it is.
 *
 * `https://ex.com/news/amp/story?utm_source=x#comments` and `https://ex.com/news/story` share a key;
 * `https://ex.com/#/story-a` and `https://ex.com/#/story-b` do not.
 */
export function pageKey(href: string, options: PageKeyOptions = {}): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  const { canonical } = options;
  if (canonical && !hashRoute(url.hash)) {
    let declared: URL | null = null;
    try {
      declared = new URL(canonical, url);
    } catch {
      /* an unreadable canonical is ignored */
    }
    if (declared && isWebUrl(declared.href) && sameSite(declared.hostname, url.hostname)) return keyOf(declared);
  }
  return keyOf(url);
}

/** The page key of a URL as it is, without a canonical URL (`pageKey(input)`). */
export function normalizeUrl(input: string): string {
  return pageKey(input);
}
