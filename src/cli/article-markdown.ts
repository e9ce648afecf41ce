/**
 * Renders the kept part of a page as Markdown for `margin extract`: headings, paragraphs, lists, quotes,
 * preformatted text. Inline markup (links, emphasis) is reduced to its text: the output is for reading.
 */
import type { ArticleSelection } from '../core/article/types.ts';
import { BLOCK_TAGS } from '../core/text/block-text.ts';
import { SKIP_TAGS, hiddenByMarkup } from '../core/article/hints.ts';

interface Ctx {
  out: string[];
  skip: (el: Element) => boolean;
}

/** One block in progress: its prefix ("> ", "- ") and collected inline text. */
interface Open {
  prefix: string;
  text: string;
}

function flush(ctx: Ctx, open: Open): void {
  const text = open.text
    .replace(/[ \t\r\f\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
  open.text = '';
  if (!text) return;
  const lines = text.split('\n');
  const pad = ' '.repeat(open.prefix.replace(/^(> )+/, '').length);
  const quote = /^(> )*/.exec(open.prefix)?.[0] ?? '';
  ctx.out.push(lines.map((line, i) => (i === 0 ? open.prefix : quote + pad) + line).join('\n'));
}

function walk(node: Node, ctx: Ctx, open: Open, quote: string): void {
  if (node.nodeType === 3) {
    open.text += (node as Text).data.replace(/\s+/g, ' ');
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag) || ctx.skip(el) || hiddenByMarkup(el)) return;
  if (tag === 'BR') {
    open.text += '\n';
    return;
  }
  if (!BLOCK_TAGS.has(tag) && tag !== 'TD' && tag !== 'TH') {
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c, ctx, open, quote);
    return;
  }
  flush(ctx, open);
  let prefix = quote;
  let childQuote = quote;
  const heading = /^H([1-6])$/.exec(tag);
  if (heading) prefix = quote + '#'.repeat(Number(heading[1])) + ' ';
  else if (tag === 'BLOCKQUOTE') childQuote = quote + '> ';
  else if (tag === 'LI') {
    const parent = el.parentElement?.tagName.toUpperCase();
    const index = parent === 'OL' ? Array.from(el.parentElement!.children).indexOf(el) + 1 : 0;
    prefix = quote + (index ? `${index}. ` : '- ');
  }
  if (tag === 'PRE') {
    ctx.out.push(quote + '```\n' + (el.textContent ?? '').replace(/\n$/, '') + '\n' + quote + '```');
    return;
  }
  const inner: Open = { prefix: tag === 'BLOCKQUOTE' ? childQuote : prefix, text: '' };
  for (let c = el.firstChild; c; c = c.nextSibling) walk(c, ctx, inner, childQuote);
  flush(ctx, inner);
}

/**
 * The article as Markdown: `# title`, then the kept subtrees without the dropped elements. A first heading
 * that repeats the title is left out.
 */
export function selectionToMarkdown(selection: ArticleSelection, title: string): string {
  const dropped = new Set(selection.drop);
  const ctx: Ctx = { out: [], skip: (el) => dropped.has(el) };
  for (const root of selection.keep) walk(root, ctx, { prefix: '', text: '' }, '');
  const norm = (s: string) =>
    s
      .replace(/^#+\s*/, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  const blocks = ctx.out;
  const titleNorm = norm(title);
  if (blocks.length > 0 && /^#/.test(blocks[0]) && norm(blocks[0]) === titleNorm) blocks.shift();
  return (title ? `# ${title}\n\n` : '') + blocks.join('\n\n') + '\n';
}

/** The header fields that {@link articleMarkdown} composes above the body. */
export interface MarkdownHeader {
  title: string;
  subtitle: string | null;
  byline: string | null;
  published: string | null;
  image: string | null;
  site: string | null;
  caption?: string | null;
}

/** Characters that would start Markdown markup inside an inline run of text. */
const escapeInline = (text: string) => text.replace(/([\\*_[\]`])/g, '\\$1');

/**
 * The article as one Markdown document: `# title`, the standfirst in italics, a line with byline, date and
 * site, the lead image (its caption as its text), then the body (`body`, the selection without its header).
 */
export function articleMarkdown(header: MarkdownHeader, body: ArticleSelection): string {
  const head: string[] = [];
  if (header.subtitle) head.push(`*${escapeInline(header.subtitle)}*`);
  const by = [header.byline ? `By ${header.byline}` : '', header.published ?? '', header.site ?? ''].filter(Boolean);
  if (by.length) head.push(escapeInline(by.join(' · ')));
  if (header.image) head.push(`![${escapeInline(header.caption || header.title)}](<${header.image.replace(/>/g, '%3E')}>)`);
  const doc = selectionToMarkdown(body, header.title);
  if (head.length === 0) return doc;
  const titleLine = header.title ? `# ${header.title}\n\n` : '';
  return titleLine + head.join('\n\n') + '\n\n' + doc.slice(titleLine.length);
}
