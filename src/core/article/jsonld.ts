/**
 * Reads schema.org JSON-LD blocks: the article object (headline, author, dates, keywords) and the site.
 * Pages embed JSON-LD in many shapes (arrays, @graph, nested objects, sloppy JSON), so parsing is lenient.
 */

/** A JSON-LD node as parsed: an object with string keys. */
export type LdNode = Record<string, unknown>;

const ARTICLE_TYPE = /(Article|BlogPosting|Posting|Report|NewsArticle|Review|Recipe|CreativeWork)$/;

/** Types that hold site identity rather than content. */
const SITE_TYPE = /^(WebSite|Organization|NewsMediaOrganization)$/;

/** Parses one script's JSON, forgiving control characters and trailing commas that break JSON.parse. */
function parseLenient(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return null;
    }
  }
}

/** All objects of the JSON-LD graph, flattened (arrays and @graph unrolled, one level of nesting). */
function flatten(value: unknown, out: LdNode[], depth = 0): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) flatten(v, out, depth + 1);
    return;
  }
  const node = value as LdNode;
  out.push(node);
  if (node['@graph']) flatten(node['@graph'], out, depth + 1);
  if (node.mainEntity && typeof node.mainEntity === 'object') flatten(node.mainEntity, out, depth + 1);
}

/** The @type of a node as a list of names. */
export function ldTypes(node: LdNode): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/** The JSON-LD objects that matter for metadata. */
export interface LdFacts {
  article: LdNode | null;
  site: LdNode | null;
  all: LdNode[];
}

/** Reads JSON-LD script texts; the first article-typed object is the article. */
export function readJsonLd(scripts: readonly string[]): LdFacts {
  const all: LdNode[] = [];
  for (const text of scripts) flatten(parseLenient(text), all);
  let article: LdNode | null = null;
  let site: LdNode | null = null;
  for (const node of all) {
    const types = ldTypes(node);
    if (!article && types.some((t) => ARTICLE_TYPE.test(t))) article = node;
    if (!site && types.some((t) => SITE_TYPE.test(t)) && typeof node.name === 'string') site = node;
  }
  return { article, site, all };
}

/** A text value: strings as is, objects by their name/@value, arrays by their first text. */
export function ldText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    for (const v of value) {
      const t = ldText(v);
      if (t) return t;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    const node = value as LdNode;
    return ldText(node.name ?? node['@value']);
  }
  return null;
}

/** Every name in an author-like value ("A", {name}, [{name}, ...]). */
export function ldNames(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(ldNames);
  const t = ldText(value);
  return t && !/^https?:\/\//.test(t) ? [t] : [];
}
