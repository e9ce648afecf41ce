/**
 * Article texts for the anchoring benchmark, read from the shared corpora (never copied into the project):
 * the Dragnet gold texts, and the article Margin finds on each page of the boilerplate corpus.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPage } from '../../src/cli/read-page.ts';
import { articleText, findArticle } from '../../src/core/article/index.ts';
import { sharedData } from '../shared-data.ts';

/** One article: its paragraphs, in reading order. */
export interface Article {
  id: string;
  paragraphs: string[];
}

/** Articles shorter than this give too little text to pick highlights and context from. */
const MIN_ARTICLE_CHARS = 400;

const COMMAND = 'npm run bench:anchoring';

/** What each corpus is and the parts of it the benchmark reads, inside ../shared/corpus/<name>. */
const CORPORA: Record<string, { what: string; parts: readonly string[] }> = {
  dragnet: { what: 'the Dragnet corpus and its hand-made gold article texts', parts: ['index.json', 'gold'] },
  boilerplate: { what: "the boilerplate corpus, trafilatura's evaluation set", parts: ['index.json', 'pages'] },
};

/**
 * Checks that every part of the named corpora is there; if one is missing, says which and exits (see
 * sharedData) before any work is done.
 */
export function checkCorpora(corpora: readonly string[]): void {
  for (const name of corpora) {
    const corpus = CORPORA[name];
    for (const part of corpus.parts) sharedData(`corpus/${name}/${part}`, corpus.what, COMMAND);
  }
}

/** The folder of corpus `name` (exits with a clear message if it is missing). */
function folderOf(name: string): string {
  return sharedData(`corpus/${name}`, CORPORA[name].what, COMMAND);
}

/** Splits text into trimmed, non-empty paragraphs (one per line). */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n+/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}

function ids(folder: string): string[] {
  const index = JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8')) as unknown;
  const list = Array.isArray(index) ? index : ((index as { ids?: unknown[]; pages?: unknown[] }).ids ?? (index as { pages: unknown[] }).pages);
  return list.map((e) => (typeof e === 'string' ? e : (e as { id: string }).id));
}

function usable(id: string, text: string): Article | null {
  const paragraphs = paragraphsOf(text);
  return paragraphs.join('\n').length >= MIN_ARTICLE_CHARS ? { id, paragraphs } : null;
}

/** Dragnet: the hand-made gold text of each page. */
export async function* dragnet(filter: (id: string) => boolean): AsyncGenerator<Article> {
  const folder = folderOf('dragnet');
  for (const id of ids(folder)) {
    if (!filter(id)) continue;
    const path = join(folder, 'gold', `${id}.txt`);
    if (!existsSync(path)) continue;
    const article = usable(id, readFileSync(path, 'utf8'));
    if (article) yield article;
  }
}

/** Boilerplate corpus: the article text Margin's own detector finds on each saved page. */
export async function* boilerplate(filter: (id: string) => boolean): AsyncGenerator<Article> {
  const folder = folderOf('boilerplate');
  for (const id of ids(folder)) {
    if (!filter(id)) continue;
    let text = '';
    try {
      const { document } = await readPage(join(folder, 'pages', `${id}.html.gz`));
      const found = findArticle(document);
      text = found ? articleText(found).text : '';
    } catch {
      continue; // A page the parser cannot read is not an anchoring case.
    }
    const article = usable(id, text);
    if (article) yield article;
  }
}
