/**
 * The team's modern-news names test set (tests/data/modern-news/articles.txt, see its README): articles
 * with inline labels `[TYPE words]`, parsed into plain text and character spans.
 */
import { readFileSync } from 'node:fs';

export interface LabelledArticle {
  id: string;
  split: 'dev' | 'test';
  text: string;
  spans: { start: number; end: number; type: string }[];
}

const LABEL = /\[(PER|ORG|LOC|MISC) ([^\]]+)\]/gu;

/** Parses one article's marked text. */
export function parseMarked(marked: string): { text: string; spans: LabelledArticle['spans'] } {
  let text = '';
  let at = 0;
  const spans: LabelledArticle['spans'] = [];
  for (const m of marked.matchAll(LABEL)) {
    text += marked.slice(at, m.index);
    spans.push({ start: text.length, end: text.length + m[2].length, type: m[1] });
    text += m[2];
    at = m.index + m[0].length;
  }
  text += marked.slice(at);
  if (/\[(?:PER|ORG|LOC|MISC)\b/u.test(text)) throw new Error(`modern-news: a label is not closed in: ${marked.slice(0, 80)}`);
  return { text, spans };
}

/** Reads the set (path relative to the project root by default). */
export function readModernNews(path = 'tests/data/modern-news/articles.txt'): LabelledArticle[] {
  const out: LabelledArticle[] = [];
  for (const chunk of readFileSync(path, 'utf8').split(/^=== /mu).slice(1)) {
    const newline = chunk.indexOf('\n');
    const [id, split] = chunk.slice(0, newline).trim().split(/\s+/u);
    if (split !== 'dev' && split !== 'test') throw new Error(`modern-news: article ${id} is neither dev nor test`);
    out.push({ id, split, ...parseMarked(chunk.slice(newline + 1).trim()) });
  }
  return out;
}
