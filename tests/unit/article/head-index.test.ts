/** The head's metadata as detection and the metadata reader ask for it (read lazily, by kind of tag). */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { headIndex, metaContent } from '../../../src/core/article/head-index.ts';

// linkedom parses as a DOM without scripts does: a <noscript> in the head holds elements.
const parse = (head: string, body = '') => parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document;

describe('headIndex', () => {
  it('answers a key from the first non-blank meta tag, whatever attribute names it and in any case', () => {
    const doc = parse(`
      <meta property="og:title" content="   ">
      <meta name="OG:Title" content=" Harbour plan approved ">
      <meta property="og:title" content="Second">
      <meta itemprop="headline" content="By itemprop">
      <meta http-equiv="Content-Language" content="de">`);
    const head = headIndex(doc);
    expect(head.meta('og:title')).toBe('Harbour plan approved');
    expect(head.meta('headline')).toBe('By itemprop');
    expect(metaContent(head, 'content-language')).toBe('de');
    expect(metaContent(head, 'twitter:title', 'og:title')).toBe('Harbour plan approved');
    expect(head.meta('og:type')).toBeNull();
    expect(head.metaAll('og:title')).toEqual(['Harbour plan approved', 'Second']);
  });

  it('leaves out what sits in a <noscript>', () => {
    const doc = parse(`
      <noscript><meta property="og:title" content="From noscript"><link rel="canonical" href="https://x.test/noscript">
        <script type="application/ld+json">{"a":1}</script></noscript>
      <meta property="og:title" content="Real title">`);
    const head = headIndex(doc);
    expect(head.meta('og:title')).toBe('Real title');
    expect(head.canonical).toBeNull();
    expect(head.ldScripts).toEqual([]);
  });

  it('reads the canonical link with an address and the JSON-LD of head and body, in order', () => {
    const doc = parse(
      `<link rel="Canonical"><link rel="stylesheet" href="a.css"><link rel="canonical" href="https://x.test/story">
       <link rel="canonical" href="https://x.test/other"><script type="application/LD+json">{"head":1}</script><script>var x;</script>`,
      `<p>Text</p><script type="application/ld+json">{"body":1}</script>`,
    );
    expect(headIndex(doc).canonical).toBe('https://x.test/story');
    expect(headIndex(doc).ldScripts).toEqual(['{"head":1}', '{"body":1}']);
    expect(headIndex(doc, false).ldScripts).toEqual(['{"head":1}']);
  });

  it('answers the same when each key is looked up with a selector query (as the browser does)', () => {
    const doc = parse(`
      <noscript><meta property="og:type" content="website"></noscript>
      <meta property="og:title" content="   ">
      <meta name="OG:Title" content=" Harbour plan approved ">
      <meta property="og:type" content="Article">
      <meta name="twitter:title" property="og:url" content="Both">
      <meta itemprop="headline" content="By itemprop">
      <meta http-equiv="Content-Language" content="de">`);
    const keys = ['og:title', 'OG:TYPE', 'twitter:title', 'og:url', 'headline', 'content-language', 'og:site_name'];
    const indexed = headIndex(doc);
    const queried = headIndex(doc, true, true);
    const answers = (head: ReturnType<typeof headIndex>) => keys.map((k) => head.meta(k));
    expect(answers(queried)).toEqual(answers(indexed));
    expect(answers(queried)).toEqual(['Harbour plan approved', 'Article', 'Both', 'Both', 'By itemprop', 'de', null]);
    // One query per key, not the index (which reads every meta tag's attributes).
    expect((queried as unknown as { metas: unknown }).metas).toBeNull();
    // A key that cannot go into a selector as it is: answered from the index.
    expect(queried.meta('a"b')).toBeNull();
    expect((queried as unknown as { metas: unknown }).metas).not.toBeNull();
  });
});
