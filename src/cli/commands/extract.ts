/**
 * `margin extract FILE...`: prints the cleaned article of saved pages, as Markdown or (`--format json`) as
 * one JSON object per line: {file, title, byline, published, site, lang, text, entities}.
 */
import type { CommandIO } from '../io.ts';
import { readPage } from '../read-page.ts';
import { articleText, findArticle, readMetadata } from '../../core/article/index.ts';
import { selectionToMarkdown } from '../markdown.ts';

/** What the entity recognizer offers, as far as this command needs it. */
interface Recognizer {
  recognize: (text: string, options?: { context?: unknown }) => unknown[] | Promise<unknown[]>;
}

/**
 * Loads the entity recognizer if src/core/entities/recognize.ts exists and exports `loadRecognizer()`.
 * TODO(lead): once recognize.ts has landed, replace this dynamic lookup with a static import and pass the
 * page metadata as `context` if the recognizer wants it. Until then entities are `[]`.
 */
async function loadRecognizer(): Promise<Recognizer | null> {
  const path = '../../core/entities/recognize.ts';
  try {
    const mod = (await import(/* @vite-ignore */ path)) as { loadRecognizer?: () => Recognizer | Promise<Recognizer> };
    return mod.loadRecognizer ? await mod.loadRecognizer() : null;
  } catch {
    return null;
  }
}

const USAGE = 'usage: margin extract [--format markdown|json] FILE.html[.gz]...\n';

/** Runs the command; resolves to 0, 1 when some file could not be read, 2 on bad usage. */
export async function run(args: string[], io: CommandIO): Promise<number> {
  let format = 'markdown';
  const files: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i];
    if (a === '--format' || a === '-f') format = args[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice('--format='.length);
    else if (a === '-h' || a === '--help') {
      io.stdout(USAGE);
      return 0;
    } else files.push(a);
  }
  if ((format !== 'markdown' && format !== 'json' && format !== 'md') || files.length === 0) {
    io.stderr(USAGE);
    return 2;
  }
  const recognizer = format === 'json' ? await loadRecognizer() : null;
  let failed = false;
  for (const file of files) {
    let page;
    try {
      page = await readPage(file);
    } catch (error) {
      io.stderr(`margin extract: cannot read ${file}: ${(error as Error).message}\n`);
      failed = true;
      continue;
    }
    const { document } = page;
    const meta = readMetadata(document);
    const selection = findArticle(document, { url: meta.url ?? undefined });
    if (format === 'json') {
      const text = selection ? articleText(selection).text : '';
      const entities = recognizer && text ? await recognizer.recognize(text, { context: meta }) : [];
      io.stdout(JSON.stringify({ file, title: meta.title, byline: meta.byline, published: meta.published, site: meta.site, lang: meta.lang, text, entities }) + '\n');
    } else if (selection) {
      io.stdout(selectionToMarkdown(selection, meta.title) + '\n');
    } else {
      io.stderr(`margin extract: no article found in ${file}\n`);
    }
  }
  return failed ? 1 : 0;
}
