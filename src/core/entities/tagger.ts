/**
 * BILOU tagging (Viterbi) of a document with one or two passes of the names model.
 *
 * The second pass sees what the first pass said about the same words elsewhere in the document (Ratinov &
 * Roth 2009), so "Deshpande" alone in paragraph four is tagged like "Kavita Deshpande" in paragraph one.
 */
import { collectPreparedCasing, emitContextFeatures, isCapitalized, prepareSentence, type DocStats, type PreparedSentence } from './features.ts';
import { LABELS, allowed, backtrace, labelsToSpans, NAME_LABEL_TYPES } from './labels.ts';
import { retypeByDocument } from './consistency.ts';
import { fixHeadlineNames } from './headlines.ts';
import type { Gazetteer } from './gazetteer.ts';
import { codesInto, DocScores, NO_ROWS, PREVS, type PrevRows } from './score-cache.ts';
import type { WeightTable } from './weight-table.ts';

/**
 * The features of a sentence's tokens that the first and second pass share, hashed and looked up once in
 * the index of the model's tables (they share one, see WeightTable.shareIndex): for each feature some
 * table has, the code of its weights in each table (`columns` numbers a feature). Token i's features are
 * number `starts[i]` up to `starts[i + 1]`. Plain tokens (see {@link plainWords}) have none.
 */
export interface BaseFeatures {
  plain: Uint8Array;
  /** The index the codes are of (WeightTable.indexKey). */
  index: object;
  columns: number;
  /** Small integers (below 2^30), in a plain array: copying them to a typed array per sentence cost more than it saved. */
  codes: readonly number[];
  starts: Int32Array;
}

/** Computes the {@link BaseFeatures} of a sentence for the tables of `table`'s index. */
export function baseFeatures(s: PreparedSentence, doc: DocStats, table: WeightTable): BaseFeatures {
  const n = s.words.length;
  const plain = plainWords(s, doc);
  const starts = new Int32Array(n + 1);
  const out: number[] = [];
  const sink = codesInto(out, table);
  const columns = table.indexColumns;
  for (let i = 0; i < n; i++) {
    starts[i] = out.length / columns;
    if (!plain[i]) emitContextFeatures(s, i, doc, sink);
  }
  starts[n] = out.length / columns;
  return { plain, index: table.indexKey, columns, codes: out, starts };
}

const L = LABELS.length;
/** NEXT[p]: the labels that may follow previous context p (BILOU well-formedness), as label indices. */
const NEXT = PREVS.map((p) => Int32Array.from(LABELS.flatMap((y, k) => (allowed(p === '<s>' ? 'O' : p, y) ? [k] : []))));
/** NEXT[p] restricted to O, for tokens that can only be O. */
const NEXT_O = NEXT.map((next) => (next.includes(0) ? Int32Array.of(0) : new Int32Array(0)));

/**
 * Which tokens are surely outside any name: in a normally cased sentence, a token that does not start
 * with a capital letter, next to tokens that do not either. Names in such text start with capitals, and
 * their lower-case inner words ("Bank of England", "Ministry of the Interior") have a capitalized
 * neighbour. A sentence's first word counts as lower case when the document writes it only in lower case
 * elsewhere ("The", "She", "Analysts"). Skipping these tokens (most of a news text) makes tagging about
 * three times faster.
 */
export function plainWords(s: PreparedSentence, doc: DocStats): Uint8Array {
  const n = s.words.length;
  const plain = new Uint8Array(n);
  if (s.sc !== 'N') return plain;
  const sh = s.shorts;
  const capital = (i: number) => sh[i][0] === 'X' && (i > 0 || doc.casing.get(s.lower[0]) !== LOWER_ONLY);
  for (let i = 0; i < n; i++) plain[i] = !capital(i) && (i === 0 || !capital(i - 1)) && (i + 1 >= n || !capital(i + 1)) ? 1 : 0;
  return plain;
}

/** Document casing of a word only ever written in lower case mid-sentence (see collectCasing). */
const LOWER_ONLY = 2;

/**
 * Tags one prepared sentence with the best well-formed BILOU label sequence (Viterbi decoding over the
 * model's first-order scores).
 * @param base the shared features from {@link baseFeatures} (recomputed if of another index than `table`'s)
 * @param secondPass whether to add the document features of a first pass (`doc.tagged`)
 * @param scores the word scores of `table` for this document, shared by its sentences
 */
export function tagSentence(
  table: WeightTable,
  s: PreparedSentence,
  doc: DocStats,
  base = baseFeatures(s, doc, table),
  secondPass = false,
  scores = new DocScores(table, doc),
): string[] {
  const n = s.words.length;
  if (n === 0) return [];
  if (delta.length < n * L) {
    delta = new Float64Array(n * L * 2);
    back = new Int32Array(n * L * 2);
  }
  delta.fill(-Infinity, 0, n * L);
  const local = LOCAL;
  const trans = scores.transitions;
  if (base.index !== table.indexKey) base = baseFeatures(s, doc, table);
  const plainMask = base.plain;
  const { codes, starts, columns } = base;
  const column = table.indexColumn;
  for (let i = 0; i < n; i++) {
    const plain = plainMask[i] === 1;
    if (plain && i > 0 && plainMask[i - 1] === 1) {
      // After a plain word only O is reachable, so the only path is O after O: the loop below would find
      // just this sum (with the O score 0 of a plain word, added in the same order).
      delta[i * L] = delta[(i - 1) * L] + 0 + trans[L];
      back[i * L] = 0;
      continue;
    }
    // A plain word is O whatever came before; its previous-label features only shift the scores of
    // paths through it a little, and looking them up for every new word was a third of the time.
    let wd: PrevRows = NO_ROWS;
    let sd: PrevRows = NO_ROWS;
    if (plain) {
      // Only O: no need to score the features.
      local.fill(-Infinity);
      local[0] = 0;
    } else {
      const t = scores.token(s, i, secondPass);
      local.set(t.word);
      local[0] += table.oBias;
      for (let k = starts[i]; k < starts[i + 1]; k++) table.addCode(codes[k * columns + column], local);
      const docTag = t.docTag;
      if (docTag) for (let k = 0; k < docTag.length; k++) table.addCode(docTag[k], local);
      wd = t.prevWord;
      sd = t.prevShape;
    }
    // Adding zeros changes no score, so the previous-label rows most words lack are not read.
    const withWord = wd !== NO_ROWS;
    const withShape = sd !== NO_ROWS;
    for (let p = 0; p < PREVS.length; p++) {
      // Position 0 follows only the sentence start; later positions follow a reachable label.
      if (i === 0 ? p !== 0 : p === 0 || delta[(i - 1) * L + p - 1] === -Infinity) continue;
      const before = i === 0 ? 0 : delta[(i - 1) * L + p - 1];
      const at = p * L;
      const next = plain ? NEXT_O[p] : NEXT[p];
      const wdp = withWord ? wd[p] : null;
      const sdp = withShape ? sd[p] : null;
      for (let j = 0; j < next.length; j++) {
        const y = next[j];
        // Summed in the same order as always, so scores and ties come out exactly the same (a missing
        // row would add zeros, which changes no sum but the sign of a zero, and no comparison).
        let v = before + local[y] + trans[at + y];
        if (wdp) v += wdp[y];
        if (sdp) v += sdp[y];
        if (v > delta[i * L + y]) {
          delta[i * L + y] = v;
          back[i * L + y] = p - 1;
        }
      }
    }
  }
  const best = backtrace(delta, back, n);
  const labels = new Array<string>(n);
  for (let i = 0; i < n; i++) labels[i] = LABELS[best[i]];
  return labels;
}

/**
 * Viterbi scratch space, reused by every sentence (allocating and filling new typed arrays per sentence
 * was about a seventh of the decoding time): best scores and back-pointers, row-major `n × L`, grown as needed.
 * Room for 256 tokens from the start: growing them in code optimized without ever having grown them sent
 * it back to be compiled again.
 */
let delta = new Float64Array(256 * L);
let back = new Int32Array(256 * L);
/** The current token's label scores. */
const LOCAL = new Float64Array(L);

/** Adds what the first pass tagged in a document to its statistics, for the second pass. */
export function collectTagged(doc: readonly PreparedSentence[], labels: readonly (readonly string[])[], stats: DocStats): void {
  const tagged = (stats.tagged ??= new Map());
  const ends = (stats.ends ??= new Map());
  const inside: boolean[][] = [];
  for (const s of doc) inside.push(new Array<boolean>(s.words.length).fill(false));
  for (let s = 0; s < doc.length; s++) {
    const lower = doc[s].lower;
    for (const span of labelsToSpans(labels[s])) {
      const t = NAME_LABEL_TYPES.indexOf(span.type);
      for (let k = span.start; k < span.end; k++) {
        inside[s][k] = true;
        let c = tagged.get(lower[k]);
        if (!c) tagged.set(lower[k], (c = new Int32Array(5)));
        c[t]++;
      }
      const lw = lower[span.end - 1];
      ends.set(lw, (ends.get(lw) ?? 0) | (1 << t));
    }
  }
  // Count capitalized words left outside names, so one stray tag does not outvote many plain uses.
  for (let s = 0; s < doc.length; s++) {
    for (let k = 0; k < doc[s].words.length; k++) {
      if (inside[s][k] || !isCapitalized(doc[s].words[k])) continue;
      const c = tagged.get(doc[s].lower[k]);
      if (c) c[4]++;
    }
  }
}

/**
 * Tags the `target` sentences of a document. `extra` sentences (the rest of the article) only inform the
 * document statistics and are not returned.
 */
export function tagDocument(
  tables: readonly WeightTable[],
  target: readonly (readonly string[])[],
  extra: readonly (readonly string[])[] = [],
  gazetteer?: Gazetteer,
): string[][] {
  // Arrays built by push (see prepareSentence).
  const all: PreparedSentence[] = [];
  const forms = new Map();
  for (const words of target) all.push(prepareSentence(words, gazetteer, forms));
  for (const words of extra) all.push(prepareSentence(words, gazetteer, forms));
  const stats: DocStats = { casing: collectPreparedCasing(all) };
  const base: BaseFeatures[] = [];
  for (const s of all) base.push(baseFeatures(s, stats, tables[0]));
  const scores1 = new DocScores(tables[0], stats);
  const first: string[][] = [];
  for (let k = 0; k < all.length; k++) first.push(tagSentence(tables[0], all[k], stats, base[k], false, scores1));
  if (tables.length < 2) {
    fixHeadlineNames(all, first, target.length, stats);
    return first.slice(0, target.length);
  }
  collectTagged(all, first, stats);
  const scores2 = new DocScores(tables[1], stats);
  // Second-pass labels for the target sentences, first-pass labels for the rest of the document.
  const labels: string[][] = [];
  for (let k = 0; k < all.length; k++) labels.push(k < target.length ? tagSentence(tables[1], all[k], stats, base[k], true, scores2) : first[k]);
  retypeByDocument(all, labels, target.length);
  fixHeadlineNames(all, labels, target.length, stats);
  return labels.slice(0, target.length);
}
