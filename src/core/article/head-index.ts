/**
 * One pass over the page's `<head>` (and its JSON-LD scripts) that indexes meta tags by name, so metadata
 * lookups are map reads. Selector queries would each walk the whole document, which on DOMs without a
 * selector engine of their own (linkedom) costs more than article detection itself.
 */

/** Meta tag contents by lower-cased name / property / itemprop / http-equiv, in document order. */
export interface HeadIndex {
  metas: Map<string, string[]>;
  canonical: string | null;
  /** Text of every `<script type="application/ld+json">` in the document. */
  ldScripts: string[];
}

function addMeta(index: HeadIndex, key: string | null, content: string): void {
  if (!key) return;
  const k = key.toLowerCase();
  const list = index.metas.get(k);
  if (list) list.push(content);
  else index.metas.set(k, [content]);
}

function visitHead(el: Element, index: HeadIndex): void {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const tag = c.tagName.toUpperCase();
    if (tag === 'META') {
      const content = c.getAttribute('content')?.trim();
      if (!content) continue;
      addMeta(index, c.getAttribute('name'), content);
      addMeta(index, c.getAttribute('property'), content);
      addMeta(index, c.getAttribute('itemprop'), content);
      addMeta(index, c.getAttribute('http-equiv'), content);
    } else if (tag === 'LINK') {
      if (!index.canonical && (c.getAttribute('rel') ?? '').toLowerCase() === 'canonical') index.canonical = c.getAttribute('href');
    } else if (tag === 'SCRIPT') {
      if ((c.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json') index.ldScripts.push(c.textContent ?? '');
    } else if (tag !== 'STYLE' && tag !== 'TITLE' && tag !== 'NOSCRIPT') {
      visitHead(c, index);
    }
  }
}

/**
 * Indexes the head of `doc`. Not cached: on a single-page site the same document changes its head
 * when the reader navigates. `bodyScripts` also collects JSON-LD from the body (one more walk).
 */
export function headIndex(doc: Document, bodyScripts = true): HeadIndex {
  const index: HeadIndex = { metas: new Map(), canonical: null, ldScripts: [] };
  if (doc.head) visitHead(doc.head, index);
  // JSON-LD often sits in the body; one tag lookup finds it without a selector engine.
  if (bodyScripts && doc.body) {
    for (const script of Array.from(doc.body.getElementsByTagName('script'))) {
      if ((script.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json') index.ldScripts.push(script.textContent ?? '');
    }
  }
  return index;
}

/** First content among the meta keys, in the order given. */
export function metaContent(index: HeadIndex, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = index.metas.get(k.toLowerCase());
    if (v && v.length > 0) return v[0];
  }
  return null;
}
