/**
 * `margin extract` separates the article's parts: `text` is the body alone, and the headline, standfirst,
 * byline, date, lead image and site are fields (JSON) or the head of the document (Markdown).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/commands/extract.ts';
import type { CommandIO } from '../../../src/cli/io.ts';
import { articleParts } from '../../../src/cli/article-parts.ts';
import { parsePage } from '../../../src/cli/read-page.ts';
import { findArticle, readMetadata } from '../../../src/core/article/index.ts';
import { articleText } from '../../../src/core/article/article-text.ts';

const HEADERS = resolve(process.cwd(), 'tests/fixtures/pages/headers');

function captureIO(): CommandIO & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t), readStdin: async () => '' };
  return io;
}

const PARAGRAPHS = [1, 2, 3, 4]
  .map(
    (n) =>
      `<p>Paragraph ${n} of the body: the harbour board met on Tuesday and agreed to dredge the channel before the autumn gales, at a cost shared with the county.</p>`,
  )
  .join('');

/** A page that declares nothing in its head: every field comes from the page's own header. */
const UNDECLARED = `<!doctype html><html lang="en"><head><title>Harbour board agrees to dredge the channel - Quay News</title></head><body>
<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<div class="teasers"><a href="/x"><span class="byline">By Staff</span> <time datetime="2020-01-01">1 January 2020</time> Old story</a></div>
<main><h1>Harbour board agrees to dredge the channel</h1><p class="standfirst">Work starts in August and should take six weeks.</p>
<p class="byline">By <a rel="author" href="/a/jo">Jo Marsh</a></p><time datetime="2026-05-02T09:00:00Z">2 May 2026</time>
<figure><img src="/img/channel.jpg" width="800" height="500" alt="The channel at low tide"><figcaption>The channel at low tide.</figcaption></figure>
<article>${PARAGRAPHS}</article></main><footer>Quay News</footer></body></html>`;

function parts(html: string) {
  const doc = parsePage(html);
  const meta = readMetadata(doc, 'https://quay.example/news/dredge');
  return articleParts(doc, findArticle(doc)!, meta);
}

describe('articleParts', () => {
  it('reads the header the page shows when it declares nothing, and leaves the body without it', () => {
    const p = parts(UNDECLARED);
    expect(p).toMatchObject({
      title: 'Harbour board agrees to dredge the channel',
      subtitle: 'Work starts in August and should take six weeks.',
      byline: 'Jo Marsh',
      published: '2026-05-02T09:00:00Z',
      image: 'https://quay.example/img/channel.jpg',
      caption: 'The channel at low tide.',
    });
    const body = articleText(p.body).text;
    expect(body.startsWith('Paragraph 1 of the body')).toBe(true);
    for (const header of ['Harbour board agrees', 'Work starts in August', 'Jo Marsh', '2 May 2026', 'The channel at low tide'])
      expect(body).not.toContain(header);
    expect(body).toContain('Paragraph 4 of the body');
  });

  it('prefers what the page declares (JSON-LD, OpenGraph) to what it shows', () => {
    const declared = UNDECLARED.replace(
      '</head>',
      `<meta property="og:image" content="https://cdn.example/share.jpg"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour board agrees to dredge the channel","author":{"@type":"Person","name":"Joanna Marsh"},"datePublished":"2026-05-02"}</script></head>`,
    );
    expect(parts(declared)).toMatchObject({ byline: 'Joanna Marsh', published: '2026-05-02', image: 'https://cdn.example/share.jpg' });
  });
});

describe('margin extract on the header pages', () => {
  it('gives every header page its parts as fields and the body alone as text', async () => {
    const io = captureIO();
    const files = [
      '01-header-inside-article.html',
      '04-sidebar-headline.html',
      '06-byline-in-aside.html',
      '12-h2-headline-logo-h1.html',
      '20-two-authors-box.html',
    ];
    expect(await run(['--format', 'json', ...files.map((f) => join(HEADERS, f))], io)).toBe(0);
    const records = io.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, string | null>);
    expect(records.map((r) => [r.title, r.byline])).toEqual([
      ['Island ferry returns after a winter of repairs', 'Mara Lindqvist'],
      ['New tram line runs late on its first morning', 'Kwame Asante'],
      ['Children\u2019s choir wins the national cup at its first attempt', 'Owen Pritchard'],
      ['Village bakery saved by a share offer from its customers', 'Greta Hollis'],
      ['Volunteers clear a canal that was filled in sixty years ago', 'Stefan Horvat and Mei Tanaka'],
    ]);
    for (const r of records) {
      expect(r.subtitle).toBeTruthy();
      expect(r.published).toMatch(/^2026-\d\d-\d\d/);
      expect(r.image).toContain('salt-flat.svg');
      expect(r.site).toBeTruthy();
      // (A kicker or the site's own H1 may come first; the headline block may not.)
      expect(r.text!.indexOf('Officials in')).toBeLessThan(20);
      expect(r.text).not.toContain(r.title!);
      expect(r.text).not.toContain(r.subtitle!);
    }
  });

  it('composes the Markdown document: title, standfirst, byline line, image, then the body', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'margin-parts-'));
    const file = join(dir, 'page.html');
    writeFileSync(file, UNDECLARED);
    const io = captureIO();
    expect(await run([file], io)).toBe(0);
    const blocks = io.out.trim().split('\n\n');
    expect(blocks.slice(0, 4)).toEqual([
      '# Harbour board agrees to dredge the channel',
      '*Work starts in August and should take six weeks.*',
      'By Jo Marsh · 2026-05-02T09:00:00Z',
      '![The channel at low tide.](</img/channel.jpg>)',
    ]);
    expect(blocks[4].startsWith('Paragraph 1 of the body')).toBe(true);
    expect(io.out.split('Harbour board agrees').length).toBe(2);
  });
});
