/**
 * `margin extract FILE...`: prints the cleaned article of saved pages, as Markdown (title, standfirst, byline
 * line, lead image, body) or (`--format json`) as one JSON object per line:
 * {file, url, title, subtitle, byline, published, image, site, lang, text, entities}, where `text` is the
 * body alone and the header's parts are the other fields (as trafilatura and Readability separate them).
 */
import type { CommandIO } from '../io.ts';
import { readPage } from '../read-page.ts';
import { articleText, findArticle, readMetadata } from '../../core/article/index.ts';
import { articleMarkdown } from '../article-markdown.ts';
import { articleParts } from '../article-parts.ts';
import type { Recognizer } from '../../core/entities/recognize.ts';
import { loadRecognizerFromDisk } from '../names-model.ts';

/** Loads the entity recognizer; a failure is reported once and leaves entities empty. */
async function loadRecognizerOrNull(io: CommandIO): Promise<Recognizer | null> {
  try {
    return await loadRecognizerFromDisk();
  } catch (error) {
    io.stderr(`margin extract: entity recognizer unavailable, entities left empty: ${(error as Error).message}\n`);
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
  const recognizer = format === 'json' ? await loadRecognizerOrNull(io) : null;
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
    const parts = selection ? articleParts(document, selection, meta) : null;
    if (format === 'json') {
      const text = parts ? articleText(parts.body).text : '';
      // The text is the whole body, so the recognizer needs no extra context.
      const entities = recognizer && text ? recognizer.recognize(text) : [];
      io.stdout(
        JSON.stringify({
          file,
          url: meta.url,
          title: parts?.title ?? meta.title,
          subtitle: parts?.subtitle ?? null,
          byline: parts?.byline ?? meta.byline,
          published: parts?.published ?? meta.published,
          image: parts?.image ?? null,
          site: meta.site,
          lang: meta.lang,
          text,
          entities,
        }) + '\n',
      );
    } else if (parts) {
      io.stdout(articleMarkdown(parts, parts.body) + '\n');
    } else {
      io.stderr(`margin extract: no article found in ${file}\n`);
    }
  }
  return failed ? 1 : 0;
}
