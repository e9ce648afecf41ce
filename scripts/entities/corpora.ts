/**
 * The named-entity sets beyond CoNLL-2003 in ../shared/data/ner-extra (wikigold, Broad Twitter Corpus),
 * read as CoNLL-style documents with IOB2 tags, and their fixed train/test shares: training reads only the
 * train shares, the benchmark only the test shares.
 *
 * - wikigold: Wikipedia articles, IO tags (consecutive `I-X` of one type are one name). Odd-numbered
 *   documents (1, 3, 5, ...) are the test share, even-numbered ones the train share.
 * - Broad Twitter Corpus: one tweet a document, BIO tags, PER/ORG/LOC only. Section g (news outlets' tweets):
 *   odd-numbered tweets are the test share, even-numbered the train share. The other sections (general
 *   tweets, 2009-2014) are not used: their 8,000 tweets made the first-pass table three times larger
 *   (186,000 features against 55,000, rare words and @-handles), past the model's 2 MB limit.
 */
import { readFileSync } from 'node:fs';
import type { ConllSentence } from './conll.ts';

/** IO or IOB tags to IOB2: an `I-X` that does not continue a name of type X starts one. */
export function toIob2(tags: readonly string[]): string[] {
  return tags.map((t, i) => {
    if (!t.startsWith('I-')) return t;
    const prev = i > 0 ? tags[i - 1] : 'O';
    return prev.slice(2) === t.slice(2) && prev !== 'O' ? t : 'B-' + t.slice(2);
  });
}

/** Reads a two-column file (token, tag; space or tab) into sentences; `-DOCSTART-` starts a document. */
function readTwoColumns(path: string, oneSentencePerDocument: boolean): ConllSentence[][] {
  const docs: ConllSentence[][] = [];
  let doc: ConllSentence[] = [];
  let sent: ConllSentence = { words: [], tags: [] };
  const endSentence = () => {
    if (sent.words.length > 0) {
      sent.tags = toIob2(sent.tags);
      doc.push(sent);
      if (oneSentencePerDocument) {
        docs.push(doc);
        doc = [];
      }
    }
    sent = { words: [], tags: [] };
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const parts = line.trim().split(/[\t ]+/u);
    if (parts[0] === '-DOCSTART-') {
      endSentence();
      if (doc.length > 0) docs.push(doc);
      doc = [];
    } else if (parts.length < 2) {
      endSentence();
    } else {
      sent.words.push(parts[0]);
      sent.tags.push(parts[parts.length - 1]);
    }
  }
  endSentence();
  if (doc.length > 0) docs.push(doc);
  return docs;
}

export type Share = 'train' | 'test';

const half = <T>(items: readonly T[], share: Share): T[] => items.filter((_, i) => (i % 2 === 1) === (share === 'test'));

/** wikigold's documents of one share. */
export function readWikigold(path: string, share: Share): ConllSentence[][] {
  return half(readTwoColumns(path, false), share);
}

/** The news outlets' tweets of the Broad Twitter Corpus (section g, one tweet a document) of one share. */
export function readBtc(dir: string, share: Share): ConllSentence[][] {
  return half(readTwoColumns(`${dir}/g.conll`, true), share);
}
