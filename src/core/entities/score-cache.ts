/**
 * Cached scores of the features that depend on one word only, for the tagger.
 *
 * Two levels: per weight table, maps that live across documents (bounded), and per document a small map
 * from each token string to everything the tagger needs about it. A token then costs one lookup in a map
 * of a few hundred words that stays in the processor's cache; the maps of 100,000 words cost a cache miss
 * or more per lookup, and three or four such lookups per token were about a tenth of the recognizer's time.
 */
import { emitDocTagFeatures, emitWordFeatures, type DocStats, type FeatureSink, type PreparedSentence } from './features.ts';
import { LABELS } from './labels.ts';
import { hashFeature, type WeightTable } from './weight-table.ts';

const L = LABELS.length;
/** Previous-label contexts: index 0 is the sentence start, k + 1 is label k. */
export const PREVS: readonly string[] = ['<s>', ...LABELS];
/** Hash states of the previous-label feature prefixes, so each word only hashes itself on top. */
const PREV_HASH = PREVS.map((p) => hashFeature('t-1=' + p));
const PREV_W = PREVS.map((p) => hashFeature('t-1w=' + p + '|'));
const PREV_S = PREVS.map((p) => hashFeature('t-1ss=' + p + '|'));
/**
 * Scores of features that pair the previous label with something of the current token: for each previous
 * context p (see PREVS), the scores by label, or null where the model has no such feature (most).
 */
export type PrevRows = readonly (Float64Array | null)[];
/** The rows of a word or shape without any such feature: one shared list. */
export const NO_ROWS: PrevRows = noRows();

/** A list of no rows, one per previous context (built with push: see prepareSentence on map). */
function noRows(): (Float64Array | null)[] {
  const out: (Float64Array | null)[] = [];
  for (let p = 0; p < PREVS.length; p++) out.push(null);
  return out;
}
/** Bound on the words a table's cross-document maps hold; they start over when full (a page has far fewer). */
const GLOBAL_LIMIT = 100_000;

/** Where {@link codeSink} puts the codes, and the table whose index it looks features up in. */
let collected: number[] = [];
let codeTable: WeightTable | undefined;
let codeColumns = 1;
/**
 * Hashes each emitted feature from its pieces (without building its name), looks it up in the index, and
 * appends the codes of its weights in every table of the index, if some table has it.
 */
const codeSink: FeatureSink = (a, b, c, d, e) => {
  const table = codeTable!;
  const slot = table.keySlot(hashPieces(a, b, c, d, e));
  if (slot < 0) return;
  for (let column = 0; column < codeColumns; column++) collected.push(table.codeAt(slot, column));
};

/**
 * A feature sink that appends to `out`, for each feature some table of `table`'s index has, the codes of
 * its weights in all those tables (see WeightTable.codeAt), until the next call.
 */
export function codesInto(out: number[], table: WeightTable): FeatureSink {
  collected = out;
  codeTable = table;
  codeColumns = table.indexColumns;
  return codeSink;
}

/** The hash of a feature's name given in pieces (see FeatureSink), without building the name. */
function hashPieces(a: string, b?: string, c?: string, d?: string, e?: string): number {
  let h = hashFeature(a);
  if (b) h = hashFeature(b, h);
  if (c) h = hashFeature(c, h);
  if (d) h = hashFeature(d, h);
  if (e) h = hashFeature(e, h);
  return h;
}

/**
 * A table's scores that live across documents: transitions, and per word and shape. The tables of one
 * model share an index (see WeightTable.shareIndex), so a new word's features are hashed and looked up
 * once for all of them and each table's scores are filled at the same time; the second pass then finds
 * the words of the first in its maps.
 */
class TableScores {
  private static readonly byTable = new WeakMap<WeightTable, TableScores>();
  /** The scores of the tables sharing an index, by index. */
  private static readonly byIndex = new WeakMap<object, TableScores[]>();
  readonly transitions: Float64Array;
  /** Word-only feature scores (emitWordFeatures) by sentence casing, then by word. */
  private readonly words = { N: new Map<string, Float64Array>(), U: new Map<string, Float64Array>(), L: new Map<string, Float64Array>() };
  /** "Previous label + lower-case word" scores by lower-case word. */
  private readonly prevWords = new Map<string, PrevRows>();
  /** "Previous label + short shape" scores by short shape. */
  private readonly prevShapes = new Map<string, PrevRows>();
  /** This table and the others sharing its index (filled together). */
  private readonly group: TableScores[];

  private constructor(readonly table: WeightTable) {
    let group = TableScores.byIndex.get(table.indexKey);
    if (!group) TableScores.byIndex.set(table.indexKey, (group = []));
    group.push(this);
    this.group = group;
    const transitions = new Float64Array(PREVS.length * L);
    const slots = keySlots(table, PREV_HASH);
    for (let p = 0; p < slots.length; p++) if (slots[p] >= 0) table.addSlot(slots[p], transitions, p * L);
    this.transitions = transitions;
  }

  /** The shared instance of a table. */
  static of(table: WeightTable): TableScores {
    let v = TableScores.byTable.get(table);
    if (!v) TableScores.byTable.set(table, (v = new TableScores(table)));
    return v;
  }

  /**
   * For each previous context p, the weights by label of the per-context feature at index slot `slots[p]`
   * (-1: none). Only the contexts with a feature get an array (a word has a few at most, and small arrays
   * keep the decoder's reads in cache); a word with none shares {@link NO_ROWS}.
   */
  private rows(slots: Int32Array): PrevRows {
    let out: (Float64Array | null)[] | undefined;
    for (let p = 0; p < slots.length; p++) {
      const slot = slots[p];
      if (slot < 0 || !this.table.hasSlot(slot)) continue;
      out ??= noRows();
      const row = new Float64Array(L);
      this.table.addSlot(slot, row);
      out[p] = row;
    }
    return out ?? NO_ROWS;
  }

  /** Scores of the word-only features of token i (see emitWordFeatures). */
  word(s: PreparedSentence, i: number): Float64Array {
    const word = s.words[i];
    const v = this.words[s.sc].get(word);
    if (v) return v;
    // Hash and look up the word's features once, then fill every table of the index.
    wordSlots.length = 0;
    collectTable = this.table;
    emitWordFeatures(s, i, slotSink);
    let mine: Float64Array | undefined;
    for (const t of this.group) {
      const cache = t.words[s.sc];
      let scores = cache.get(word);
      if (!scores) {
        if (cache.size >= GLOBAL_LIMIT) cache.clear();
        scores = new Float64Array(L);
        // In the order the features are emitted, so the sums are those of adding them one by one.
        for (let k = 0; k < wordSlots.length; k++) t.table.addSlot(wordSlots[k], scores);
        cache.set(word, scores);
      }
      if (t === this) mine = scores;
    }
    return mine!;
  }

  /** Scores of the "previous label + word" features of a lower-cased word. */
  prevWord(lw: string): PrevRows {
    const v = this.prevWords.get(lw);
    if (v) return v;
    const slots = keySlots(this.table, PREV_W, lw);
    let mine: PrevRows | undefined;
    for (const t of this.group) {
      let rows = t.prevWords.get(lw);
      if (!rows) {
        if (t.prevWords.size >= GLOBAL_LIMIT) t.prevWords.clear();
        t.prevWords.set(lw, (rows = t.rows(slots)));
      }
      if (t === this) mine = rows;
    }
    return mine!;
  }

  /** Scores of the "previous label + short shape" features. */
  prevShape(ss: string): PrevRows {
    const v = this.prevShapes.get(ss);
    if (v) return v;
    const slots = keySlots(this.table, PREV_S, ss);
    let mine: PrevRows | undefined;
    for (const t of this.group) {
      let rows = t.prevShapes.get(ss);
      if (!rows) t.prevShapes.set(ss, (rows = t.rows(slots)));
      if (t === this) mine = rows;
    }
    return mine!;
  }
}

/** Index slots of the hashes of `prefixes` continued with `text` (-1 where no table has the feature). */
function keySlots(table: WeightTable, prefixes: readonly number[], text = ''): Int32Array {
  const out = new Int32Array(prefixes.length);
  // Hashing '' leaves the seed as it is.
  for (let p = 0; p < prefixes.length; p++) out[p] = table.keySlot(hashFeature(text, prefixes[p]));
  return out;
}

/** Index slots of the features {@link slotSink} received (only those some table has). */
const wordSlots: number[] = [];
/** The table whose index {@link slotSink} looks features up in. */
let collectTable: WeightTable | undefined;
/** Looks each emitted feature up in {@link collectTable}'s index and keeps the slots found, in order. */
const slotSink: FeatureSink = (a, b, c, d, e) => {
  const slot = collectTable!.keySlot(hashPieces(a, b, c, d, e));
  if (slot >= 0) wordSlots.push(slot);
};

/** What tagging needs about one token string in sentences of one casing. */
export interface TokenScores {
  /** Scores of the word-only features (see emitWordFeatures). */
  word: Float64Array;
  /** "Previous label + lower-case word" scores, by previous context, then label. */
  prevWord: PrevRows;
  /** "Previous label + short shape" scores, by previous context, then label. */
  prevShape: PrevRows;
  /** Codes of this table's weights of the second-pass features (see emitDocTagFeatures), once asked for. */
  docTag: Int32Array | undefined;
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
    if (secondPass && !e.docTag) {
      wordSlots.length = 0;
      collectTable = this.table;
      emitDocTagFeatures(s, i, this.doc, slotSink);
      const codes = new Int32Array(wordSlots.length);
      for (let k = 0; k < codes.length; k++) codes[k] = this.table.codeAt(wordSlots[k]);
      e.docTag = codes;
    }
    return e;
  }
}
