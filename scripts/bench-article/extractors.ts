/**
 * The extractors compared on a parsed page in Node. Each returns the main-content text with blocks joined by
 * line breaks (as `innerText` would), so the snippet protocol does not lose matches to glued words.
 * A Chromium runner can add its own extractors with the same shape (text of the live, cleaned page).
 */
import { Readability } from '@mozilla/readability';
import { articleText, findArticle, readMetadata } from '../../src/core/article/index.ts';
import { blockText } from '../../src/core/text/block-text.ts';

/** One extractor: `extract` is timed; `text` (untimed) turns its result into text. */
export interface Extractor<R = unknown> {
  name: string;
  /** True when the extractor modifies the document (it must then run after the others). */
  mutates: boolean;
  extract: (doc: Document) => R;
  text: (result: R) => string;
}

/** Margin: article detection plus metadata, as the extension runs them on a page. */
export const margin: Extractor<ReturnType<typeof findArticle>> = {
  name: 'Margin',
  mutates: false,
  extract: (doc) => {
    readMetadata(doc);
    return findArticle(doc);
  },
  text: (sel) => (sel ? articleText(sel).text : ''),
};

/** Class words of byline and date lines. */
const META_WORDS = /(^|[^a-z])(author|byline|date|time|posted|published|meta|dateline)([^a-z]|$)/i;

/**
 * Margin's selection without the headline, byline/date lines and captions. Margin shows these (they belong
 * to the article), but the corpus's protocol counts them as boilerplate on many pages (trafilatura leaves
 * them out by default); this row shows how much of the gap to trafilatura is that definition.
 */
export const marginBody: Extractor<ReturnType<typeof findArticle>> = {
  name: 'Margin-body',
  mutates: false,
  extract: (doc) => findArticle(doc),
  text: (sel) => {
    if (!sel) return '';
    const dropped = new Set(sel.drop);
    return blockText(sel.keep, {
      skip: (el) => {
        if (dropped.has(el)) return true;
        const tag = el.tagName.toUpperCase();
        if (tag === 'H1' || tag === 'FIGCAPTION' || tag === 'TIME') return true;
        const cls = (el.getAttribute('class') ?? '') + ' ' + (el.getAttribute('itemprop') ?? '');
        return (el.textContent ?? '').length < 200 && META_WORDS.test(cls);
      },
    }).text;
  },
};

/** What Readability returns that is scored: its title and its content element. */
export interface ReadabilityResult {
  title: string;
  content: Element | null;
}

/**
 * Mozilla Readability 0.6 on the same document; its content element is laid out like Margin's text. `text`
 * gives the content only; `readabilityWithTitle` puts the title first (Reader View shows it above the story),
 * for corpora whose gold holds the headline.
 */
export const readability: Extractor<ReadabilityResult | null> = {
  name: 'Readability',
  mutates: true,
  extract: (doc) => {
    const reader = new Readability(doc, { serializer: (el: Node) => el as unknown as string });
    const article = reader.parse();
    if (!article) return null;
    return { title: article.title ?? '', content: (article.content as unknown as Element | null) ?? null };
  },
  text: (r) => (r?.content ? blockText([r.content]).text : ''),
};

export const readabilityWithTitle: Extractor<ReadabilityResult | null> = {
  ...readability,
  text: (r) => (r?.content ? `${r.title}\n${blockText([r.content]).text}` : ''),
};

/** All the text of the page body: the floor any extractor must beat. */
export const pageText: Extractor<Element | null> = {
  name: 'page text',
  mutates: false,
  extract: (doc) => doc.body,
  text: (el) => (el ? blockText([el]).text : ''),
};
