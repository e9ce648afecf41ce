/**
 * `margin entities`: recognizes names and key figures.
 *
 * - With no file argument it reads JSON lines `{"text": "...", "context"?: "...", "lang"?: "pt-BR"}` from
 *   standard input and writes one JSON line `{"entities": [...], "language": "en", "namesMarked": true}` per
 *   input line, in order: the language the text was taken to be in, and whether names were marked in it
 *   (only in English; in other languages only figures written with digits, see core/entities/language.ts). A line that is not such an object
 *   gets `{"error": "..."}` in its place (and a message on stderr), so outputs stay aligned with inputs;
 *   blank lines are skipped. The exit code is 1 if any line failed, else 0.
 * - With text files it prints each text with entities marked for reading: `[Xi Jinping]{PER}`, and says on
 *   stderr which language it assumed for each file and whether names were marked.
 * `--lang CODE` declares the language of every text (as a page's `lang` attribute would), for texts too
 * short for the detector.
 */
import { readFile } from 'node:fs/promises';
import type { CommandIO } from '../io.ts';
import type { Recognizer } from '../../core/entities/recognize.ts';
import { loadRecognizerFromDisk } from '../names-model.ts';
import type { EntitySpan } from '../../core/entities/types.ts';

const USAGE = `usage: margin entities [--lang CODE]           read JSON lines {"text": "..."} on stdin,
                                             write {"entities": [...], "language": "en", "namesMarked": true} lines
       margin entities [--lang CODE] FILE...   print each file with entities marked as [text]{TYPE}; the language
                                             assumed goes to stderr
Names are marked in English only; in other languages only figures with digits are.
`;

/** The text with each span written as `[text]{TYPE}`. */
export function markText(text: string, spans: readonly EntitySpan[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + `[${text.slice(s.start, s.end)}]{${s.type}}`;
    at = s.end;
  }
  return out + text.slice(at);
}

/** Handles one input line; returns the output line and an error message, if any. */
function handleLine(recognizer: Recognizer, line: string, lineNumber: number, lang?: string): { out: string; error?: string } {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (e) {
    const error = `line ${lineNumber}: not valid JSON (${(e as Error).message})`;
    return { out: JSON.stringify({ error }), error };
  }
  const obj = input as { text?: unknown; context?: unknown; lang?: unknown } | null;
  if (typeof obj !== 'object' || obj === null || typeof obj.text !== 'string') {
    const error = `line ${lineNumber}: expected an object with a string "text" field`;
    return { out: JSON.stringify({ error }), error };
  }
  const context = typeof obj.context === 'string' ? obj.context : undefined;
  const result = recognizer.analyze(obj.text, { context, lang: typeof obj.lang === 'string' ? obj.lang : lang });
  return { out: JSON.stringify({ entities: result.spans, language: result.language, namesMarked: result.namesMarked }) };
}

/** Runs the command; resolves to the exit code. */
export async function run(args: string[], io: CommandIO): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    io.stdout(USAGE);
    return 0;
  }
  const langAt = args.indexOf('--lang');
  const lang = langAt >= 0 ? args[langAt + 1] : undefined;
  if (langAt >= 0 && (!lang || lang.startsWith('-'))) {
    io.stderr(`margin entities: --lang needs a language code such as en or pt-BR\n${USAGE}`);
    return 2;
  }
  if (langAt >= 0) args = [...args.slice(0, langAt), ...args.slice(langAt + 2)];
  const unknown = args.find((a) => a.startsWith('-') && a !== '-');
  if (unknown) {
    io.stderr(`margin entities: unknown option ${unknown}\n${USAGE}`);
    return 2;
  }
  const recognizer = await loadRecognizerFromDisk();
  const files = args.filter((a) => a !== '-');
  if (files.length > 0) {
    let status = 0;
    for (const file of files) {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (e) {
        io.stderr(`margin entities: cannot read ${file}: ${(e as Error).message}\n`);
        status = 1;
        continue;
      }
      const result = recognizer.analyze(text, { lang });
      io.stderr(
        `margin entities: ${file}: language ${result.language}, ${result.namesMarked ? 'names marked' : 'names not marked (English only)'}\n`,
      );
      io.stdout(markText(text, result.spans) + (text.endsWith('\n') ? '' : '\n'));
    }
    return status;
  }
  const lines = (await io.readStdin()).split(/\r?\n/u);
  let status = 0;
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const { out, error } = handleLine(recognizer, line, i + 1, lang);
    if (error) {
      io.stderr(`margin entities: ${error}\n`);
      status = 1;
    }
    io.stdout(out + '\n');
  });
  return status;
}
