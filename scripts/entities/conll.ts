/** Reading CoNLL-2003 files (`token POS chunk NER` per line) into documents of sentences. */
import { readFileSync } from 'node:fs';
import { keepsPeriod } from '../../src/core/entities/tokenize.ts';

/** One sentence: tokens and their IOB2 name tags. */
export interface ConllSentence {
  words: string[];
  tags: string[];
}

/** Reads a CoNLL-2003 file; `-DOCSTART-` lines start a new document. POS and chunk columns are ignored. */
export function readConll(path: string): ConllSentence[][] {
  const docs: ConllSentence[][] = [];
  let doc: ConllSentence[] = [];
  let sent: ConllSentence = { words: [], tags: [] };
  const endSentence = () => {
    if (sent.words.length > 0) doc.push(sent);
    sent = { words: [], tags: [] };
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const parts = line.trim().split(' ');
    if (parts[0] === '-DOCSTART-') {
      endSentence();
      if (doc.length > 0) docs.push(doc);
      doc = [];
    } else if (parts.length < 4) {
      endSentence();
    } else {
      sent.words.push(parts[0]);
      sent.tags.push(parts[3]);
    }
  }
  endSentence();
  if (doc.length > 0) docs.push(doc);
  return docs;
}

/** Entity-level exact-match counts per type, as conlleval scores them. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 of counts. */
export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/**
 * Joins a token and the period after it where Margin's tokenizer keeps the period ("Gov" "." → "Gov.",
 * "Corp" "." → "Corp."), so training sees the tokens recognition will see. CoNLL-2003 writes both forms;
 * at run time "South Dakota Gov. Kristi Noem" has one token "Gov.", which the title list knows. The joined
 * token keeps the word's tag.
 */
export function joinAbbreviationPeriods(docs: readonly ConllSentence[][]): ConllSentence[][] {
  return docs.map((doc) =>
    doc.map((s) => {
      const words: string[] = [];
      const tags: string[] = [];
      for (let i = 0; i < s.words.length; i++) {
        if (s.words[i + 1] === '.' && keepsPeriod(s.words[i])) {
          words.push(s.words[i] + '.');
          tags.push(s.tags[i]);
          i++;
        } else {
          words.push(s.words[i]);
          tags.push(s.tags[i]);
        }
      }
      return { words, tags };
    }),
  );
}
