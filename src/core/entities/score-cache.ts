/**
 * Cached scores of the features that depend on one word only, for the tagger.
 *
 * Two levels: per weight table, maps that live across documents (bounded), and per document a small map
 * from each token string to everything the tagger needs about it. A token then costs one lookup in a map
 * of a few hundred words that stays in the processor's cache; the maps of 100,000 words cost a cache miss
 * or more per lookup, and three or four such lookups per token were about a tenth of the recognizer's time.
 */
import { docTagFeatures, emitWordFeatures, type DocStats, type FeatureSink, type PreparedSentence } from './features.ts';
import { LABELS } from './labels.ts';
import { hashFeature, type WeightTable } from './weights.ts';

const L = LABELS.length;
/** Previous-label contexts: index 0 is the sentence start, k + 1 is label k. */
export const PREVS: readonly string[] = ['<s>', ...LABELS];
/** Hash states of the previous-label feature prefixes, so each word only hashes itself on top. */
const PREV_HASH = PREVS.map((p) => hashFeature('t-1=' + p));
const PREV_W = PREVS.map((p) => hashFeature('t-1w=' + p + '|'));
const PREV_S = PREVS.map((p) => hashFeature('t-1ss=' + p + '|'));
/** Previous-label scores of a word without such features: one shared array of zeros. */
export const NO_SCORES = new Float64Array(PREVS.length * L);
/** Bound on the words a table's cross-document maps hold; they start over when full (a page has far fewer). */
const GLOBAL_LIMIT = 100_000;

/** Where {@link hashSink} puts the hashes. */
let collected: number[] = [];
/** Hashes each emitted feature from its pieces, without building its name. */
const hashSink: FeatureSink = (a, b, c, d, e) => void collected.push(hashPieces(a, b, c, d, e));

/** A feature sink that appends the hash of each feature to `out` (until the next call). */
export function hashInto(out: number[]): FeatureSink {
  collected = out;
  return hashSink;
}

/** Where {@link scoreSink} adds the weights of the features. */
let scoreTable: WeightTable | undefined;
let scoreTarget: Float64Array = new Float64Array(L);
/** Adds the weights of each emitted feature to `scoreTarget`, in the order they are emitted. */
const scoreSink: FeatureSink = (a, b, c, d, e) => scoreTable?.addHash(hashPieces(a, b, c, d, e), scoreTarget);

/** The hash of a feature's name given in pieces (see FeatureSink), without building the name. */
function hashPieces(a: string, b?: string, c?: string, d?: string, e?: string): number {
  let h = hashFeature(a);
  if (b) h = hashFeature(b, h);
  if (c) h = hashFeature(c, h);
  if (d) h = hashFeature(d, h);
  if (e) h = hashFeature(e, h);
  return h;
}

/** A table's scores that live across documents: transitions, and per word and shape. */
class TableScores {
  private static readonly byTable = new WeakMap<WeightTable, TableScores>();
  readonly transitions: Float64Array;
  /** Word-only feature scores (emitWordFeatures) by sentence casing, then by word. */
  private readonly words = { N: new Map<string, Float64Array>(), U: new Map<string, Float64Array>(), L: new Map<string, Float64Array>() };
  /** "Previous label + lower-case word" scores by lower-case word. */
  private readonly prevWords = new Map<string, Float64Array>();
  /** "Previous label + short shape" scores by short shape. */
  private readonly prevShapes = new Map<string, Float64Array>();
  private readonly scratch = new Uint32Array(PREVS.length);

  private constructor(readonly table: WeightTable) {
    this.transitions = this.rows(PREV_HASH);
  }

  /** The shared instance of a table. */
  static of(table: WeightTable): TableScores {
    let v = TableScores.byTable.get(table);
    if (!v) TableScores.byTable.set(table, (v = new TableScores(table)));
    return v;
  }

  /** For each previous context p and label y, the weights of the per-context feature hashes. */
  private rows(hashes: ArrayLike<number>): Float64Array {
    let out: Float64Array | undefined;
    for (let p = 0; p < hashes.length; p++) {
      const slot = this.table.slotOf(hashes[p]);
      // Most words have no such feature after most labels: share one array of zeros for them.
      if (slot < 0) continue;
      out ??= new Float64Array(PREVS.length * L);
      this.table.addSlot(slot, out, p * L);
    }
    return out ?? NO_SCORES;
  }

  /** Scores of the word-only features of token i (see emitWordFeatures). */
  word(s: PreparedSentence, i: number): Float64Array {
    const cache = this.words[s.sc];
    const word = s.words[i];
    let v = cache.get(word);
    if (!v) {
      if (cache.size >= GLOBAL_LIMIT) cache.clear();
      v = new Float64Array(L);
      scoreTable = this.table;
      scoreTarget = v;
      emitWordFeatures(s, i, scoreSink);
      cache.set(word, v);
    }
    return v;
  }

  /** Scores of the "previous label + word" features of a lower-cased word. */
  prevWord(lw: string): Float64Array {
    let v = this.prevWords.get(lw);
    if (!v) {
      if (this.prevWords.size >= GLOBAL_LIMIT) this.prevWords.clear();
      for (let p = 0; p < PREVS.length; p++) this.scratch[p] = hashFeature(lw, PREV_W[p]);
      this.prevWords.set(lw, (v = this.rows(this.scratch)));
    }
    return v;
  }

  /** Scores of the "previous label + short shape" features. */
  prevShape(ss: string): Float64Array {
    let v = this.prevShapes.get(ss);
    if (!v) {
      for (let p = 0; p < PREVS.length; p++) this.scratch[p] = hashFeature(ss, PREV_S[p]);
      this.prevShapes.set(ss, (v = this.rows(this.scratch)));
    }
    return v;
  }
}

/** What tagging needs about one token string in sentences of one casing. */
export interface TokenScores {
  /** Scores of the word-only features (see emitWordFeatures). */
  word: Float64Array;
  /** "Previous label + lower-case word" scores, by previous context and label. */
  prevWord: Float64Array;
  /** "Previous label + short shape" scores, by previous context and label. */
  prevShape: Float64Array;
  /** Hashed second-pass features (see docTagFeatures), once asked for. */
  docTag: Uint32Array | undefined;
}

/** The word scores of one table for one document (see the file comment). */
export class DocScores {
  /** By sentence casing, then by token string (a token's lower-case form and shapes follow from it). */
  private readonly entries = { N: new Map<string, TokenScores>(), U: new Map<string, TokenScores>(), L: new Map<string, TokenScores>() };
  private readonly scores: TableScores;
  readonly transitions: Float64Array;

  constructor(
    readonly table: WeightTable,
    readonly doc: DocStats,
  ) {
    this.scores = TableScores.of(table);
    this.transitions = this.scores.transitions;
  }

  /** Token i's scores; with `secondPass`, including its second-pass feature hashes. */
  token(s: PreparedSentence, i: number, secondPass: boolean): TokenScores {
    const cache = this.entries[s.sc];
    const w = s.words[i];
    let e = cache.get(w);
    if (!e) {
      const t = this.scores;
      e = { word: t.word(s, i), prevWord: t.prevWord(s.lower[i]), prevShape: t.prevShape(s.shorts[i]), docTag: undefined };
      cache.set(w, e);
    }
    // Second-pass features only depend on the word, its sentence casing and the document.
    if (secondPass) e.docTag ??= Uint32Array.from(docTagFeatures(s, i, this.doc), (f) => hashFeature(f));
    return e;
  }
}
