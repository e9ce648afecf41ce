/**
 * Self-training on unlabeled news (train-entities --self-train N): the full recognizer (model plus the
 * rules after it: acronym names, lone persons, company cues, X-based places) tags the gold texts of the
 * dragnet corpus, and its names become IOB2 training sentences. The model then sees today's vocabulary in
 * context, and what the rules know is carried back into its features.
 *
 * Only the even-numbered pages of ../shared/corpus/dragnet/index.json are read, so the odd-numbered ones stay
 * unseen by training. The texts are read at training time and never written anywhere.
 *
 * A sentence is kept only where the recognizer's labels are worth learning from (see keepSentence): Title
 * Case or ALL CAPS lines (headlines, menus) are dropped because the model reads them worst, and so are
 * sentences where a name's edge falls inside a token (the labels could not say it).
 *
 * Off by default: measured on first-pass models (--folds 0) against the same code without it, every
 * setting tried (60, 160 or 482 pages; prose only or --self-all; with or without --self-agree) lost 0.007-0.027 on the
 * modern-news dev half and 0.001-0.004 on CoNLL validation, and gained nothing on the test half beyond
 * 0.001: the model learns its own mistakes on 2012 news (a footballer taken for a place, "UN" as LOC)
 * as much as the rules' knowledge.
 */
import { readFileSync } from 'node:fs';
import { decodeModelFile } from '../../src/core/entities/model-file.ts';
import { findNames } from '../../src/core/entities/recognize.ts';
import { sentences } from '../../src/core/entities/tokenize.ts';
import type { EntitySpan } from '../../src/core/entities/types.ts';
import type { ConllSentence } from './conll.ts';

const NAME_TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC']);

/** One sentence with its labels, and whether every name's edges fell on token edges. */
export interface LabeledSentence extends ConllSentence {
  aligned: boolean;
}

/**
 * Tokenizes `text` into sentences (Margin's tokenizer, as recognition sees them) and labels each token in
 * IOB2 from the name spans (figures are ignored): a token inside a name is `B-X` at its start, `I-X` after.
 */
export function spansToSentences(text: string, spans: readonly EntitySpan[]): LabeledSentence[] {
  const names = spans.filter((s) => NAME_TYPES.has(s.type)).sort((a, b) => a.start - b.start);
  const result: LabeledSentence[] = [];
  let n = 0;
  for (const sent of sentences(text)) {
    const words: string[] = [];
    const tags: string[] = [];
    let aligned = true;
    let current: EntitySpan | undefined;
    for (const tok of sent) {
      while (n < names.length && names[n].end <= tok.start) n++;
      const span = names[n];
      words.push(tok.text);
      if (span && span.start < tok.end) {
        // The span overlaps this token; it must cover it whole, or the labels cannot say where the name is.
        if (span.start > tok.start || span.end < tok.end) aligned = false;
        tags.push((current === span ? 'I-' : 'B-') + span.type);
        current = span;
      } else {
        tags.push('O');
        current = undefined;
      }
    }
    // A name ending inside the last token's sentence but past it (a span across a sentence break) is fine:
    // the next sentence starts it again with B-.
    result.push({ words, tags, aligned });
  }
  return result;
}

/** Whether a sentence is a Title Case or ALL CAPS line: most of its words of 4+ letters start upper-case. */
export function isTitleCaseLine(words: readonly string[]): boolean {
  const long = words.filter((w) => /^\p{L}{4,}$/u.test(w));
  if (long.length < 2) return false;
  const upper = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return upper / long.length >= 0.6;
}

/** Smallest sentence kept: shorter lines are bylines, captions and menu items more than prose. */
export const MIN_SENTENCE_TOKENS = 6;

/**
 * Longest sentence kept: longer "sentences" are lists and run-on page text; one of 500 tokens tagged with
 * many mistakes swelled a few weights so far that quantization dropped nearly every other feature.
 */
export const MAX_SENTENCE_TOKENS = 60;

/** Sentences kept per page: a page of a thousand lines (a forum, a listing) would outweigh a hundred articles. */
export const MAX_PAGE_SENTENCES = 40;

/** Whether a labeled sentence is kept for training (`all`: every aligned sentence of a readable length). */
export function keepSentence(s: LabeledSentence, all = false): boolean {
  if (!s.aligned || s.words.length > MAX_SENTENCE_TOKENS) return false;
  if (all) return true;
  if (s.words.length < MIN_SENTENCE_TOKENS) return false;
  // Prose ends with a sentence mark (or a closing quote after one); lines without are headings, menus, lists.
  if (!/[.!?"'”’)]$/u.test(s.words[s.words.length - 1])) return false;
  return !isTitleCaseLine(s.words);
}

/** The names model's own spans, before any rule after it: to find the sentences the rules changed. */
export function modelOnlyNames(modelBytes: Uint8Array): (text: string) => EntitySpan[] {
  const model = decodeModelFile(modelBytes);
  return (text) => findNames(model.tables, text, undefined, model.gazetteer);
}

/** The ids of the pages self-training may read: the even-numbered entries of the corpus index. */
export function selfTrainIds(dir: string): string[] {
  const ids = JSON.parse(readFileSync(`${dir}/index.json`, 'utf8')) as string[];
  return ids.filter((_, i) => i % 2 === 0);
}

/** What a self-training run read and kept. */
export interface SelfTrainStats {
  pages: number;
  skippedLanguage: number;
  sentences: number;
  kept: number;
  names: number;
}

/**
 * Tags the first `count` self-training pages with `analyze` (a recognizer's) and returns them as training
 * documents, one per page, with only the kept sentences; pages in a language the recognizer does not mark
 * names in are skipped.
 */
export function selfTrainDocuments(
  dir: string,
  count: number,
  analyze: (text: string) => { namesMarked: boolean; spans: EntitySpan[] },
  all = false,
  modelOnly?: (text: string) => EntitySpan[],
): { docs: ConllSentence[][]; stats: SelfTrainStats } {
  const stats: SelfTrainStats = { pages: 0, skippedLanguage: 0, sentences: 0, kept: 0, names: 0 };
  const docs: ConllSentence[][] = [];
  for (const id of selfTrainIds(dir).slice(0, count)) {
    const text = readFileSync(`${dir}/gold/${id}.txt`, 'utf8');
    stats.pages++;
    const found = analyze(text);
    if (!found.namesMarked) {
      stats.skippedLanguage++;
      continue;
    }
    const labeled = spansToSentences(text, found.spans);
    stats.sentences += labeled.length;
    // With the model's own spans: keep only the sentences where the rules left its names as they were.
    const own = modelOnly && spansToSentences(text, modelOnly(text));
    const kept = labeled
      .filter((s, i) => keepSentence(s, all) && (!own || own[i].tags.join() === s.tags.join()))
      .slice(0, MAX_PAGE_SENTENCES)
      .map(({ words, tags }) => ({ words, tags }));
    stats.kept += kept.length;
    stats.names += kept.reduce((a, s) => a + s.tags.filter((t) => t.startsWith('B-')).length, 0);
    if (kept.length > 0) docs.push(kept);
  }
  return { docs, stats };
}
