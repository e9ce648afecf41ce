/**
 * Article texts for the anchoring benchmark, read from the shared corpora (never copied into the project):
 * the Dragnet gold texts, and the article Margin finds on each page of the boilerplate corpus.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPage } from '../../src/cli/read-page.ts';
import { articleText, findArticle } from '../../src/core/article/index.ts';

export const SHARED = new URL('../../../shared/corpus/', import.meta.url).pathname;

/** One article: its paragraphs, in reading order. */
export interface Article {
  id: string;
  paragraphs: string[];
}

/** Articles shorter than this give too little text to pick highlights and context from. */
const MIN_ARTICLE_CHARS = 400;

/** Paths each corpus needs; missing ones are reported before anything runs. */
export function missingCorpusPaths(corpora: readonly string[]): string[] {
  const needed: string[] = [];
  if (corpora.includes('dragnet')) needed.push(join(SHARED, 'dragnet', 'index.json'), join(SHARED, 'dragnet', 'gold'));
  if (corpora.includes('boilerplate')) needed.push(join(SHARED, 'boilerplate', 'index.json'), join(SHARED, 'boilerplate', 'pages'));
  return needed.filter((p) => !existsSync(p));
}

/** Splits text into trimmed, non-empty paragraphs (one per line). */
export function paragraphsOf(text: string): string[] {
  return text.split(/\n+/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 0);
}

function ids(corpus: string): string[] {
  const index = JSON.parse(readFileSync(join(SHARED, corpus, 'index.json'), 'utf8')) as unknown;
  const list = Array.isArray(index) ? index : (index as { ids?: unknown[]; pages?: unknown[] }).ids ?? (index as { pages: unknown[] }).pages;
  return list.map((e) => (typeof e === 'string' ? e : (e as { id: string }).id));
}

function usable(id: string, text: string): Article | null {
  const paragraphs = paragraphsOf(text);
  return paragraphs.join('\n').length >= MIN_ARTICLE_CHARS ? { id, paragraphs } : null;
}

/** Dragnet: the hand-made gold text of each page. */
export async function* dragnet(filter: (id: string) => boolean): AsyncGenerator<Article> {
  for (const id of ids('dragnet')) {
    if (!filter(id)) continue;
    const path = join(SHARED, 'dragnet', 'gold', `${id}.txt`);
    if (!existsSync(path)) continue;
    const article = usable(id, readFileSync(path, 'utf8'));
    if (article) yield article;
  }
}

/** Boilerplate corpus: the article text Margin's own detector finds on each saved page. */
export async function* boilerplate(filter: (id: string) => boolean): AsyncGenerator<Article> {
  for (const id of ids('boilerplate')) {
    if (!filter(id)) continue;
    let text = '';
    try {
      const { document } = await readPage(join(SHARED, 'boilerplate', 'pages', `${id}.html.gz`));
      const found = findArticle(document);
      text = found ? articleText(found).text : '';
    } catch {
      continue; // A page the parser cannot read is not an anchoring case.
    }
    const article = usable(id, text);
    if (article) yield article;
  }
}
