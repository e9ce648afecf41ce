/**
 * Page metadata (title, byline, date, site, language, URL, description, tags) from what the page declares
 * (JSON-LD, OpenGraph, meta tags) and, where it declares nothing, from the page itself (headline, byline,
 * `<time>` elements).
 */
import type { PageMetadata } from './types.ts';
import { ldNames, ldText, readJsonLd } from './jsonld.ts';
import { headIndex, metaContent } from './head-index.ts';

function fold(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * A date as an ISO 8601 string: already-ISO values are kept as written (with their offset), others are
 * parsed and given in UTC. Unparseable values give null.
 */
export function toIsoDate(value: string | null | undefined): string | null {
  const v = fold(value);
  if (!v) return null;
  if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(v)) return v.replace(' ', 'T');
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** The document title without a trailing or leading " | Site name" part. */
function cleanTitle(title: string, site: string | null): string {
  const parts = title.split(/\s+[|\-–—»:·]\s+/);
  if (parts.length < 2) return title;
  if (site) {
    const s = site.toLowerCase();
    const kept = parts.filter((p) => p.toLowerCase() !== s && !s.includes(p.toLowerCase()));
    if (kept.length > 0 && kept.length < parts.length) return kept.join(' - ');
  }
  // Without a known site name, the longest part is the headline.
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}

/**
 * A declared title that is the page's H1 plus " | Section | Site" is the H1: sites often put their name
 * into og:title. Only looked at when the title has such a separator (the lookup walks the page).
 */
function withoutSuffix(title: string, doc: Document): string {
  if (!/\s[|\-–—»·]\s/.test(title)) return title;
  const h1 = fold(doc.querySelector('h1')?.textContent);
  if (h1.length >= 8 && title.startsWith(h1) && /^\s*[|\-–—»·]\s/.test(title.slice(h1.length))) return h1;
  return title;
}

/** A byline written on the page: rel=author, itemprop=author, or an element classed as the byline. */
function pageByline(doc: Document): string | null {
  const el = doc.querySelector(
    '[itemprop="author"] [itemprop="name"], [itemprop="author"], [rel="author"], .byline, .author, .article-author, .post-author',
  );
  const text = fold(el?.getAttribute('content') ?? el?.textContent).replace(/^(by|von|par|por|di|door|przez)\s+/i, '');
  return text && text.length <= 100 ? text : null;
}

/** The date a page shows in markup: itemprop=datePublished, else the first `<time datetime>`. */
function pageDate(doc: Document): string | null {
  const el = doc.querySelector('[itemprop="datePublished"], time[datetime]');
  return toIsoDate(el?.getAttribute('content') ?? el?.getAttribute('datetime'));
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Splits a keyword list ("a, b; c" or an array) into tags. */
function splitTags(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(splitTags);
  if (typeof value !== 'string') return [];
  return value
    .split(/[,;]/)
    .map((t) => fold(t))
    .filter((t) => t.length > 0 && t.length < 80);
}

/** An image address made absolute against the page's address when there is one. */
function absolute(src: string, base: string | null | undefined): string {
  try {
    return base ? new URL(src, base).href : src;
  } catch {
    return src;
  }
}

/** The address in a JSON-LD image value: a string, an ImageObject (`url`, `contentUrl`) or a list of them. */
function ldImage(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return value.map(ldImage).find((v) => v) ?? null;
  if (value && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    return ldImage(node.url ?? node.contentUrl);
  }
  return null;
}

/**
 * The lead image the page declares for itself (OpenGraph, Twitter card, JSON-LD article image), as an
 * absolute address; null when it declares none.
 */
export function readLeadImage(doc: Document, url?: string | null): string | null {
  const h = headIndex(doc);
  const src =
    metaContent(h, 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src') ??
    ldImage(readJsonLd(h.ldScripts).article?.image);
  return src ? absolute(src, url ?? (doc.URL && /^https?:/.test(doc.URL) ? doc.URL : null)) : null;
}

/** What the page's own header shows (see header-parts.ts), used where the page declares nothing. */
export interface ShownHeader {
  headline?: string | null;
  byline?: string | null;
  published?: string | null;
}

/**
 * Reads the metadata of a page.
 * @param doc the page; it is not modified.
 * @param url the page address when known (the document's own URL, canonical link and og:url are used otherwise).
 * @param shown the article's header as found on the page, preferred to the first headline, byline or date
 *   of the whole page where nothing is declared (that one may be a teaser's).
 */
export function readMetadata(doc: Document, url?: string, shown: ShownHeader = {}): PageMetadata {
  const h = headIndex(doc);
  const ld = readJsonLd(h.ldScripts);
  const art = ld.article;
  const canonical = h.canonical;
  const docUrl = doc.URL && /^https?:/.test(doc.URL) ? doc.URL : null;
  // The canonical address is the page without tracking parameters: better for notes and exports than
  // the address the reader happens to be on.
  const ogUrl = metaContent(h, 'og:url');
  const pageUrl = url ?? (canonical && /^https?:/.test(canonical) ? canonical : null) ?? (ogUrl && /^https?:/.test(ogUrl) ? ogUrl : null) ?? docUrl;

  const site = metaContent(h, 'og:site_name', 'application-name') ?? ldText(art?.publisher) ?? ldText(ld.site?.name) ?? hostOf(pageUrl);

  // The page itself is read only when nothing is declared: each lookup walks the document.
  const declared = fold(ldText(art?.headline) ?? metaContent(h, 'og:title', 'twitter:title'));
  const title = declared
    ? withoutSuffix(declared, doc)
    : fold(shown.headline) || fold(doc.querySelector('h1')?.textContent) || cleanTitle(fold(doc.title), site);

  const ldAuthors = ldNames(art?.author);
  const metaAuthor = metaContent(h, 'author', 'byl', 'dc.creator', 'DC.creator', 'sailthru.author', 'parsely-author');
  const ogAuthor = metaContent(h, 'article:author');
  const byline =
    (ldAuthors.length > 0 ? [...new Set(ldAuthors)].join(', ') : null) ??
    metaAuthor ??
    (ogAuthor && !/^https?:/.test(ogAuthor) ? ogAuthor : null) ??
    (shown.byline || null) ??
    pageByline(doc);

  const published =
    toIsoDate(ldText(art?.datePublished)) ??
    toIsoDate(
      metaContent(
        h,
        'article:published_time',
        'article:published_time',
        'date',
        'pubdate',
        'publishdate',
        'dc.date',
        'DC.date.issued',
        'sailthru.date',
        'parsely-pub-date',
        'datePublished',
      ),
    ) ??
    (shown.published || null) ??
    pageDate(doc);

  const locale = metaContent(h, 'og:locale');
  const lang =
    fold(doc.documentElement?.getAttribute('lang')) ||
    metaContent(h, 'content-language', 'Content-Language') ||
    (locale ? locale.replace('_', '-') : null) ||
    ldText(art?.inLanguage);

  const description = metaContent(h, 'description', 'og:description', 'twitter:description') ?? ldText(art?.description);

  const tags = [
    ...new Set([
      ...h.metaAll('article:tag').flatMap(splitTags),
      ...splitTags(art?.keywords),
      ...splitTags(metaContent(h, 'news_keywords', 'keywords')),
    ]),
  ].slice(0, 50);

  return { title, byline, published, site, lang: lang || null, url: pageUrl, description, tags };
}
