// @vitest-environment happy-dom
/** Page metadata from JSON-LD, OpenGraph, meta tags and the page itself, with the fallbacks between them. */
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../../src/core/article/index.ts';
import { toIsoDate } from '../../../src/core/article/metadata.ts';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('readMetadata', () => {
  it('reads a JSON-LD @graph with several authors and keywords', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'The Daily Example' },
        {
          '@type': ['NewsArticle'],
          headline: 'Council approves harbour plan',
          datePublished: '2024-03-05T08:00:00Z',
          author: [
            { '@type': 'Person', name: 'Ana Ruiz' },
            { '@type': 'Person', name: 'Tom Lee' },
          ],
          keywords: 'harbour, council',
          inLanguage: 'en-GB',
        },
      ],
    };
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = JSON.stringify(ld);
    const doc = parse(
      '<html><head><title>Council approves harbour plan | The Daily Example</title></head><body><h1>Council approves harbour plan</h1></body></html>',
    );
    doc.head.appendChild(doc.importNode(script, true));
    const meta = readMetadata(doc, 'https://example.com/news/harbour');
    expect(meta.title).toBe('Council approves harbour plan');
    expect(meta.byline).toBe('Ana Ruiz, Tom Lee');
    expect(meta.published).toBe('2024-03-05T08:00:00Z');
    expect(meta.site).toBe('The Daily Example');
    expect(meta.lang).toBe('en-GB');
    expect(meta.url).toBe('https://example.com/news/harbour');
    expect(meta.tags).toEqual(['harbour', 'council']);
  });

  it('falls back to OpenGraph and meta tags', () => {
    const doc = parse(`<html lang="de"><head>
      <meta property="og:title" content="Neue Regeln im Hafen"><meta property="og:site_name" content="Beispielblatt">
      <meta name="author" content="Eva Klein"><meta property="article:published_time" content="2023-11-01T10:15:00+01:00">
      <meta name="description" content="Was sich ändert."><meta property="article:tag" content="Hafen"><meta property="article:tag" content="Politik">
      <link rel="canonical" href="https://beispiel.de/hafen"></head><body><h1>Anders</h1></body></html>`);
    const meta = readMetadata(doc);
    expect(meta).toMatchObject({
      title: 'Neue Regeln im Hafen',
      site: 'Beispielblatt',
      byline: 'Eva Klein',
      published: '2023-11-01T10:15:00+01:00',
      lang: 'de',
      description: 'Was sich ändert.',
      url: 'https://beispiel.de/hafen',
    });
    expect(meta.tags).toEqual(['Hafen', 'Politik']);
  });

  it('reads the page itself when nothing is declared', () => {
    const doc = parse(`<html><head><title>Bridge closed - Town Gazette</title></head><body>
      <h1>Bridge closed</h1><p class="byline">By Sam Ortiz</p><time datetime="2022-06-30">30 June</time><p>Text.</p></body></html>`);
    const meta = readMetadata(doc);
    expect(meta.title).toBe('Bridge closed');
    expect(meta.byline).toBe('Sam Ortiz');
    expect(meta.published).toBe('2022-06-30');
    expect(meta.lang).toBeNull();
    expect(meta.tags).toEqual([]);
  });

  it('drops a site suffix that og:title adds to the headline', () => {
    const doc = parse(`<html><head><meta property="og:title" content="Anglers talk about rivers | Fishing hut | example.com"></head>
      <body><h1>Anglers talk about rivers</h1></body></html>`);
    expect(readMetadata(doc).title).toBe('Anglers talk about rivers');
    const kept = parse(`<html><head><meta property="og:title" content="Rivers: a love story"></head><body><h1>Rivers</h1></body></html>`);
    expect(readMetadata(kept).title).toBe('Rivers: a love story');
  });

  it('tolerates broken JSON-LD', () => {
    const doc = parse(
      `<html><head><script type="application/ld+json">{"@type":"Article","headline":"Broken, but readable",}</script></head><body></body></html>`,
    );
    expect(readMetadata(doc).title).toBe('Broken, but readable');
  });

  it('normalizes dates to ISO 8601', () => {
    expect(toIsoDate('2024-03-14T07:05:00+05:30')).toBe('2024-03-14T07:05:00+05:30');
    expect(toIsoDate('2024-03-14 07:05')).toBe('2024-03-14T07:05');
    expect(toIsoDate('Thu, 28 Aug 2025 05:22:00 GMT')).toBe('2025-08-28T05:22:00.000Z');
    expect(toIsoDate('sometime')).toBeNull();
  });
});
