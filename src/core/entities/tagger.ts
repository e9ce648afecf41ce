/**
 * BILOU tagging (Viterbi) of a document with one or two passes of the names model.
 *
 * The second pass sees what the first pass said about the same words elsewhere in the document (Ratinov &
 * Roth 2009), so "Sharma" alone in paragraph four is tagged like "Abhisar Sharma" in paragraph one.
 */
import { collectCasing, docTagFeatures, emitContextFeatures, emitWordFeatures, isCapitalized, prepareSentence, type DocStats, type FeatureSink, type PreparedSentence } from './features.ts';
import { LABELS, allowed, backtrace, labelsToSpans, NAME_LABEL_TYPES } from './labels.ts';
import { retypeByDocument } from './consistency.ts';
import { fixHeadlineNames } from './headlines.ts';
import type { Gazetteer } from './gazetteer.ts';
import { hashFeature, type WeightTable } from './weights.ts';

/** Hashes of the features of each token that the first and second pass share, computed once. */
export function baseHashes(s: PreparedSentence, doc: DocStats): Uint32Array[] {
  const plain = plainWords(s, doc);
  return s.words.map((_, i) => (plain[i] ? EMPTY : hashesOf((add) => emitContextFeatures(s, i, doc, add))));
}

const EMPTY = new Uint32Array(0);
const collected: number[] = [];
const hashSink: FeatureSink = (a, b, c, d, e) => {
  let h = hashFeature(a);
  if (b) h = hashFeature(b, h);
  if (c) h = hashFeature(c, h);
  if (d) h = hashFeature(d, h);
  if (e) h = hashFeature(e, h);
  collected.push(h);
};

/** The hashes of the features an emitter emits. */
function hashesOf(emit: (add: FeatureSink) => void): Uint32Array {
  collected.length = 0;
  emit(hashSink);
  return Uint32Array.from(collected);
}

/** Per table, the summed scores of each word's word-only features, by sentence casing and word. */
const wordScoreCache = new WeakMap<WeightTable, Map<string, Float64Array>>();
/** Bound on cached words per table; the cache starts over when full (a page has far fewer). */
const WORD_CACHE_LIMIT = 100_000;

/** The scores of the word-only features of token i (see emitWordFeatures), cached across calls. */
function wordScores(table: WeightTable, s: PreparedSentence, i: number): Float64Array {
  let cache = wordScoreCache.get(table);
  if (!cache) wordScoreCache.set(table, (cache = new Map()));
  const key = s.sc + s.words[i];
  let v = cache.get(key);
  if (!v) {
    if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
    v = new Float64Array(L);
    for (const h of hashesOf((add) => emitWordFeatures(s, i, add))) table.addHash(h, v);
    cache.set(key, v);
  }
  return v;
}

/** Per document, the hashed second-pass features by sentence casing, short shape and word. */
const docTagCache = new WeakMap<DocStats, Map<string, Uint32Array>>();

/**
 * The hashes of token i's second-pass features (see docTagFeatures), which only depend on the word, its
 * short shape and the sentence casing, so a document's repeated names build and hash them once.
 */
function docTagHashes(s: PreparedSentence, i: number, doc: DocStats): Uint32Array {
  let cache = docTagCache.get(doc);
  if (!cache) docTagCache.set(doc, (cache = new Map()));
  const key = s.sc + s.shorts[i] + '\u0000' + s.lower[i];
  let v = cache.get(key);
  if (!v) cache.set(key, (v = Uint32Array.from(docTagFeatures(s, i, doc), (f) => hashFeature(f))));
  return v;
}

const L = LABELS.length;
/** Previous-label contexts: index 0 is the sentence start, k + 1 is label k. */
const PREVS = ['<s>', ...LABELS];
/** Hash states of the previous-label feature prefixes, so each token only hashes its own word on top. */
const PREV_HASH = PREVS.map((p) => hashFeature('t-1=' + p));
const PREV_W = PREVS.map((p) => hashFeature('t-1w=' + p + '|'));
const PREV_S = PREVS.map((p) => hashFeature('t-1ss=' + p + '|'));
/** NEXT[p]: the labels that may follow previous context p (BILOU well-formedness), as label indices. */
const NEXT = PREVS.map((p) => Int32Array.from(LABELS.flatMap((y, k) => (allowed(p === '<s>' ? 'O' : p, y) ? [k] : []))));
/** NEXT[p] restricted to O, for tokens that can only be O. */
const NEXT_O = NEXT.map((next) => (next.includes(0) ? Int32Array.of(0) : new Int32Array(0)));

/** Previous-label scores of one table: transitions, and per word and per shape, cached across calls. */
export class PrevScores {
  private static readonly byTable = new WeakMap<WeightTable, PrevScores>();
  readonly transitions: Float64Array;
  private readonly words = new Map<string, Float64Array>();
  private readonly shapes = new Map<string, Float64Array>();
  private readonly scratch = new Uint32Array(PREVS.length);

  constructor(readonly table: WeightTable) {
    this.transitions = this.rows(PREV_HASH);
  }

  /** The shared instance of a table. */
  static of(table: WeightTable): PrevScores {
    let v = PrevScores.byTable.get(table);
    if (!v) PrevScores.byTable.set(table, (v = new PrevScores(table)));
    // A page has far fewer distinct words; starting over bounds the memory on long runs.
    if (v.words.size > 100_000) v.words.clear();
    return v;
  }

  /** For each previous context p and label y, the weights of the per-context feature hashes. */
  private rows(hashes: ArrayLike<number>): Float64Array {
    let out: Float64Array | undefined;
    for (let p = 0; p < hashes.length; p++) {
      // Most words have no such feature after most labels: share one array of zeros for them.
      if (this.table.rowOfHash(hashes[p]) < 0) continue;
      out ??= new Float64Array(PREVS.length * L);
      this.table.addHash(hashes[p], out, p * L);
    }
    return out ?? NO_SCORES;
  }

  /** Scores of the "previous label + word" features of a lower-cased word. */
  word(lw: string): Float64Array {
    let v = this.words.get(lw);
    if (!v) {
      for (let p = 0; p < PREVS.length; p++) this.scratch[p] = hashFeature(lw, PREV_W[p]);
      this.words.set(lw, (v = this.rows(this.scratch)));
    }
    return v;
  }

  /** Scores of the "previous label + short shape" features. */
  shape(ss: string): Float64Array {
    let v = this.shapes.get(ss);
    if (!v) {
      for (let p = 0; p < PREVS.length; p++) this.scratch[p] = hashFeature(ss, PREV_S[p]);
      this.shapes.set(ss, (v = this.rows(this.scratch)));
    }
    return v;
  }
}

const NO_SCORES = new Float64Array(PREVS.length * L);

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
 * @param base the shared feature hashes from {@link baseHashes}
 * @param secondPass whether to add the document features of a first pass (`doc.tagged`)
 * @param prev previous-label scores of `table`, shared by the sentences of a document
 */
export function tagSentence(
  table: WeightTable,
  s: PreparedSentence,
  doc: DocStats,
  base = baseHashes(s, doc),
  secondPass = false,
  prev = PrevScores.of(table),
): string[] {
  const n = s.words.length;
  if (n === 0) return [];
  const delta = new Float64Array(n * L).fill(-Infinity);
  const back = new Int32Array(n * L);
  const local = new Float64Array(L);
  const trans = prev.transitions;
  const plainMask = plainWords(s, doc);
  for (let i = 0; i < n; i++) {
    const plain = plainMask[i] === 1;
    if (plain) {
      // Only O: no need to score the features.
      local.fill(-Infinity);
      local[0] = 0;
    } else {
      local.set(wordScores(table, s, i));
      local[0] += table.oBias;
      const hashes = base[i];
      for (let k = 0; k < hashes.length; k++) table.addHash(hashes[k], local);
      if (secondPass) {
        const hashes2 = docTagHashes(s, i, doc);
        for (let k = 0; k < hashes2.length; k++) table.addHash(hashes2[k], local);
      }
    }
    // A plain word is O whatever came before; its previous-label features only shift the scores of
    // paths through it a little, and looking them up for every new word was a third of the time.
    const wd = plain ? NO_SCORES : prev.word(s.lower[i]);
    const sd = plain ? NO_SCORES : prev.shape(s.shorts[i]);
    for (let p = 0; p < PREVS.length; p++) {
      // Position 0 follows only the sentence start; later positions follow a reachable label.
      if (i === 0 ? p !== 0 : p === 0 || delta[(i - 1) * L + p - 1] === -Infinity) continue;
      const before = i === 0 ? 0 : delta[(i - 1) * L + p - 1];
      const at = p * L;
      const next = plain ? NEXT_O[p] : NEXT[p];
      for (let j = 0; j < next.length; j++) {
        const y = next[j];
        const v = before + local[y] + trans[at + y] + wd[at + y] + sd[at + y];
        if (v > delta[i * L + y]) {
          delta[i * L + y] = v;
          back[i * L + y] = p - 1;
        }
      }
    }
  }
  return Array.from(backtrace(delta, back, n), (y) => LABELS[y]);
}

/** Adds what the first pass tagged in a document to its statistics, for the second pass. */
export function collectTagged(doc: readonly PreparedSentence[], labels: readonly (readonly string[])[], stats: DocStats): void {
  const tagged = (stats.tagged ??= new Map());
  const ends = (stats.ends ??= new Map());
  const inside = doc.map((s) => new Array<boolean>(s.words.length).fill(false));
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
  const all = [...target, ...extra].map((words) => prepareSentence(words, gazetteer));
  const stats: DocStats = { casing: collectCasing([...target, ...extra]) };
  const base = all.map((s) => baseHashes(s, stats));
  const prev1 = PrevScores.of(tables[0]);
  const first = all.map((s, k) => tagSentence(tables[0], s, stats, base[k], false, prev1));
  if (tables.length < 2) {
    fixHeadlineNames(all, first, target.length, stats);
    return first.slice(0, target.length);
  }
  collectTagged(all, first, stats);
  const prev2 = PrevScores.of(tables[1]);
  // Second-pass labels for the target sentences, first-pass labels for the rest of the document.
  const labels = all.map((s, k) => (k < target.length ? tagSentence(tables[1], s, stats, base[k], true, prev2) : first[k]));
  retypeByDocument(all, labels, target.length);
  fixHeadlineNames(all, labels, target.length, stats);
  return labels.slice(0, target.length);
}
