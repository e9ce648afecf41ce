/**
 * The page's `<head>` metadata (meta tags, canonical link, JSON-LD scripts), each part read when it is
 * first asked for, from the head's tags of that kind (`getElementsByTagName`, fast in browsers and in DOMs
 * written in JavaScript alike; selector queries are slow in the latter). Article detection reads only the
 * meta tags: in a content script each attribute read is a call into the browser, and visiting every link,
 * script and style of a large head cost a few percent of a clean.
 */

/** The attributes that name a meta tag's content. */
const KEY_ATTRIBUTES = ['name', 'property', 'itemprop', 'http-equiv'];

/** Keys that can be written into a selector's quoted attribute value as they are. */
const SIMPLE_KEY = /^[a-z0-9:._-]+$/;

/** Meta lookups by lower-cased key for one document, with what they found. */
export class HeadIndex {
  private metas: Map<string, string[]> | null = null;
  /** (undefined until read) */
  private canonicalHref: string | null | undefined = undefined;
  private scripts: string[] | null = null;
  private noscript: boolean | null = null;

  constructor(
    private readonly doc: Document,
    private readonly bodyScripts: boolean,
    private readonly queryPerKey = false,
  ) {}

  /**
   * The content of the first meta tag (in document order) whose name, property, itemprop or http-equiv is
   * `key` (compared without case) and whose content is not blank; null when there is none.
   */
  meta(key: string): string | null {
    const lower = key.toLowerCase();
    if (this.queryPerKey && this.metas === null && SIMPLE_KEY.test(lower)) return this.queryMeta(lower);
    return this.metaTags().get(lower)?.[0] ?? null;
  }

  /** {@link meta} as one selector query for the key (see {@link headIndex}'s `queryPerKey`). */
  private queryMeta(key: string): string | null {
    const tags = this.doc.head?.querySelectorAll(KEY_ATTRIBUTES.map((a) => `meta[${a}="${key}" i]`).join(', ')) ?? [];
    for (let i = 0; i < tags.length; i += 1) {
      const content = tags[i].getAttribute('content')?.trim();
      if (content && !this.inNoscript(tags[i])) return content;
    }
    return null;
  }

  /** Every non-blank content of the meta tags named `key` (see {@link meta}), in document order. */
  metaAll(key: string): string[] {
    return this.metaTags().get(key.toLowerCase()) ?? [];
  }

  /** Meta contents by lower-cased key, indexed on first use from the head's meta tags alone. */
  private metaTags(): Map<string, string[]> {
    if (this.metas === null) {
      this.metas = new Map();
      for (const tag of Array.from(this.doc.head?.getElementsByTagName('meta') ?? [])) {
        const content = tag.getAttribute('content')?.trim();
        if (!content || this.inNoscript(tag)) continue;
        for (const attribute of KEY_ATTRIBUTES) {
          const key = tag.getAttribute(attribute)?.toLowerCase();
          if (!key) continue;
          const list = this.metas.get(key);
          if (list) list.push(content);
          else this.metas.set(key, [content]);
        }
      }
    }
    return this.metas;
  }

  /**
   * True inside a `<noscript>` of the head: a browser that runs scripts reads its content as text, and DOMs
   * without scripts (the command line's) as elements; either way it is not the page's metadata. (Walking up
   * from each tag costs in DOMs written in JavaScript: only heads that have a `<noscript>` are asked.)
   */
  private inNoscript(el: Element): boolean {
    this.noscript ??= (this.doc.head?.getElementsByTagName('noscript').length ?? 0) > 0;
    return this.noscript && el.closest('noscript') !== null;
  }

  /** The href of the first `<link rel="canonical">` in the head that has one. */
  get canonical(): string | null {
    if (this.canonicalHref === undefined) {
      this.canonicalHref = null;
      for (const link of Array.from(this.doc.head?.getElementsByTagName('link') ?? [])) {
        if (!this.canonicalHref && (link.getAttribute('rel') ?? '').toLowerCase() === 'canonical' && !this.inNoscript(link))
          this.canonicalHref = link.getAttribute('href');
      }
    }
    return this.canonicalHref;
  }

  /** Text of every `<script type="application/ld+json">` in the head and, unless told not to, in the body. */
  get ldScripts(): string[] {
    if (this.scripts === null) {
      const scripts: string[] = [];
      for (const script of Array.from(this.doc.head?.getElementsByTagName('script') ?? [])) {
        if (isJsonLd(script) && !this.inNoscript(script)) scripts.push(script.textContent ?? '');
      }
      // JSON-LD often sits in the body; one tag lookup finds it without a selector engine.
      if (this.bodyScripts && this.doc.body) {
        for (const script of Array.from(this.doc.body.getElementsByTagName('script'))) {
          if (isJsonLd(script)) scripts.push(script.textContent ?? '');
        }
      }
      this.scripts = scripts;
    }
    return this.scripts;
  }
}

function isJsonLd(script: Element): boolean {
  return (script.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json';
}

/**
 * The head's metadata of `doc`, read as it is asked for. `bodyScripts: false` leaves out JSON-LD scripts in
 * the body (detection does not read JSON-LD). `queryPerKey` looks each meta key up with one selector query
 * until the meta tags are indexed for another reason: for the two or three keys detection asks, that is
 * faster where selector matching is native (a browser: a few percent of a clean, where indexing read five
 * attributes of every meta tag), and slower in DOMs written in JavaScript (the command line). The answers
 * are the same.
 */
export function headIndex(doc: Document, bodyScripts = true, queryPerKey = false): HeadIndex {
  return new HeadIndex(doc, bodyScripts, queryPerKey);
}

/** First non-empty content among `keys`, in order of the keys. */
export function metaContent(index: HeadIndex, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = index.meta(k);
    if (v !== null) return v;
  }
  return null;
}
