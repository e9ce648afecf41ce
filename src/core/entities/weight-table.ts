/**
 * The names model's weight tables: the feature hash, the byte code of a weight, and the in-memory tables
 * the tagger looks features up in (their file form is in model-file.ts).
 *
 * Feature strings are not stored: each kept feature is a 32-bit FNV-1a hash with one signed byte per label.
 * That keeps the shipped model small (the budget is 2 MB gzipped), and a run-time lookup is one hash of the
 * feature's pieces and one probe of an open-addressing index.
 */

/**
 * FNV-1a hash of a string's UTF-16 code units, as an unsigned 32-bit integer. Passing the hash of a prefix
 * as `seed` continues it: hashFeature(a + b) === hashFeature(b, hashFeature(a)).
 */
export function hashFeature(s: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Weight of a quantized byte: a logarithmic code, so one signed byte spans small and large weights with
 * about 4% relative precision (a linear code rounded most weights to zero or clipped the large ones).
 */
export function dequantize(q: number, scale: number): number {
  const v = scale * (2 ** (Math.abs(q) / 16) - 1);
  return q < 0 ? -v : v;
}

/** Byte code of a weight, the inverse of {@link dequantize}. */
export function quantizeWeight(w: number, scale: number): number {
  const q = Math.round(16 * Math.log2(1 + Math.abs(w) / scale));
  return Math.min(127, q) * (w < 0 ? -1 : 1);
}

/** Bits of a row's length in an index code (see {@link WeightIndex}). */
const LENGTH_BITS = 6;
/** Set in the first code of every used slot, so a slot is empty exactly when its first code is 0. */
const USED = 0x80000000;

/**
 * Where the weights of each feature hash are, for one or more tables: an open-addressing hash table,
 * probed linearly from a multiplicative hash of the key, with `stride` numbers per slot: the feature
 * hash, then per table a code ((start in its rows, `lanes` + 1) << LENGTH_BITS | row length), 0 if that table
 * lacks the feature. Key and weights' place share a cache line, which matters: the tagger's time goes
 * into these lookups. The two tables of the names model share one index (see {@link WeightTable.shareIndex}):
 * half the memory to keep in cache, and the second pass finds the lines the first pass just read.
 */
interface WeightIndex {
  slots: Uint32Array;
  mask: number;
  stride: number;
  /**
   * One bit per 2^12 hash values, set where some table has a feature: 128 KB that stay in the processor's
   * cache, so most lookups of features the model lacks (a third of them) skip the larger index.
   */
  present: Int32Array;
}

/** Builds the index of the tables' features; table t's codes are in column t. */
function buildIndex(tables: readonly WeightTable[]): WeightIndex {
  const keys = new Set<number>();
  for (const t of tables) for (const h of t.hashes) keys.add(h);
  let size = 1024;
  // Load factor at most 3/4: a smaller index stays in cache better than a sparser one.
  while (size * 3 < keys.size * 4) size *= 2;
  const stride = 1 + tables.length;
  const index: WeightIndex = { slots: new Uint32Array(size * stride), mask: size - 1, stride, present: new Int32Array(1 << 15) };
  const { slots, mask, present } = index;
  tables.forEach((t, column) => {
    for (let r = 0; r < t.hashes.length; r++) {
      const h = t.hashes[r];
      let i = slotStart(h, mask);
      while (slots[i * stride + 1] !== 0 && slots[i * stride] !== h) i = (i + 1) & mask;
      slots[i * stride] = h;
      slots[i * stride + 1] |= USED;
      slots[i * stride + 1 + column] |= ((t.rowStart[r] + 1) << LENGTH_BITS) | (t.rowStart[r + 1] - t.rowStart[r]);
      present[h >>> 17] |= 1 << ((h >>> 12) & 31);
    }
  });
  return index;
}

function slotStart(hash: number, mask: number): number {
  return (Math.imul(hash, 0x9e3779b1) >>> 0) & mask;
}

/** One linear model: for each kept feature hash, a row of quantized weights, one per label. */
export class WeightTable {
  /** Where each feature's weights are (this table's own index, or one shared with other tables). */
  private index: WeightIndex;
  /** This table's column in the index. */
  private column = 0;
  /**
   * The non-zero weights, row after row, one 16-bit number each: label * 256 + byte code + 128. Most
   * features weigh in on a few labels only, and small arrays keep the lookups in cache.
   */
  private readonly packed: Uint16Array;
  /**
   * The rows the index codes point to: `packed` itself, or, for tables sharing an index, one array of all
   * their rows in the order of the index, each feature's rows side by side, so the second pass reads the
   * cache lines the first pass has just read.
   */
  private lanes: Uint16Array;
  /** Byte code + 128 → weight. */
  private readonly lut = new Float64Array(256);
  /** Start of each row in `packed`, by row index, and the end of the last row. */
  readonly rowStart: Int32Array;

  constructor(
    readonly hashes: Uint32Array,
    readonly weights: Int8Array,
    readonly labels: number,
    readonly scale: number,
    /** Added to the score of label 0 (O): trades recall for precision, chosen at training time. */
    public oBias = 0,
  ) {
    if (labels >= 1 << LENGTH_BITS) throw new Error('Margin names model: too many labels');
    for (let q = -128; q < 128; q++) this.lut[q + 128] = dequantize(q, scale);
    let nonZero = 0;
    for (const w of weights) if (w !== 0) nonZero++;
    this.packed = new Uint16Array(nonZero);
    this.rowStart = new Int32Array(hashes.length + 1);
    let at = 0;
    for (let r = 0; r < hashes.length; r++) {
      this.rowStart[r] = at;
      for (let k = 0; k < labels; k++) {
        const q = weights[r * labels + k];
        if (q === 0) continue;
        this.packed[at++] = k * 256 + q + 128;
      }
    }
    this.rowStart[hashes.length] = at;
    this.lanes = this.packed;
    this.index = buildIndex([this]);
  }

  /** Gives the tables one shared index (the tables of one model are looked up with the same features). */
  static shareIndex(tables: readonly WeightTable[]): void {
    const index = buildIndex(tables);
    const { slots, stride } = index;
    let total = 0;
    for (const t of tables) total += t.packed.length;
    const lanes = new Uint16Array(total);
    let at = 0;
    // Copy the rows in the order of the index, a feature's rows of all tables together, and point the
    // codes at the copies. The rows' contents and order are the same, so the sums are too.
    for (let slot = 0; slot * stride < slots.length; slot++) {
      if (slots[slot * stride + 1] === 0) continue;
      for (let column = 0; column < tables.length; column++) {
        const word = slots[slot * stride + 1 + column];
        const code = word & ~USED;
        if (code === 0) continue;
        const start = (code >>> LENGTH_BITS) - 1;
        const length = code & ((1 << LENGTH_BITS) - 1);
        lanes.set(tables[column].packed.subarray(start, start + length), at);
        slots[slot * stride + 1 + column] = ((word & USED) | ((at + 1) << LENGTH_BITS) | length) >>> 0;
        at += length;
      }
    }
    tables.forEach((t, column) => {
      t.index = index;
      t.column = column;
      t.lanes = lanes;
    });
  }

  /**
   * Adds the weights of the feature with this hash to `scores` from index `offset` on (nothing if the
   * model does not have the feature).
   */
  addHash(hash: number, scores: Float64Array, offset = 0): void {
    const slot = this.slotOf(hash);
    if (slot >= 0) this.addSlot(slot, scores, offset);
  }

  /**
   * The index this table looks features up in; tables with the same index (see {@link shareIndex}) can
   * use one another's {@link keySlot} results.
   */
  get indexKey(): object {
    return this.index;
  }

  /**
   * Where the feature with this hash is in the index, whichever of the tables sharing it have it, or -1
   * when none does. {@link addSlot} of a table that lacks the feature adds nothing, so one lookup serves
   * every table of the index.
   */
  keySlot(hash: number): number {
    const { slots, mask, stride, present } = this.index;
    if ((present[hash >>> 17] & (1 << ((hash >>> 12) & 31))) === 0) return -1;
    for (let i = slotStart(hash, mask); ; i = (i + 1) & mask) {
      const at = i * stride;
      if (slots[at + 1] === 0) return -1;
      if (slots[at] === hash) return i;
    }
  }

  /** Whether this table has weights at an index slot from {@link keySlot}. */
  hasSlot(slot: number): boolean {
    return this.codeAt(slot) !== 0;
  }

  /** How many tables share this table's index, and this table's column among them. */
  get indexColumns(): number {
    return this.index.stride - 1;
  }

  get indexColumn(): number {
    return this.column;
  }

  /**
   * Where the weights of column `column`'s table are for index slot `slot`, as a code for {@link addCode}
   * (0: that table lacks the feature). Reading the codes of all tables at once saves reading the index again.
   */
  codeAt(slot: number, column = this.column): number {
    return (this.index.slots[slot * this.index.stride + 1 + column] & ~USED) >>> 0;
  }

  /** Adds the weights at `code` (from {@link codeAt} for this table; 0 adds nothing) to `scores` from `offset` on. */
  addCode(code: number, scores: Float64Array, offset = 0): void {
    const start = (code >>> LENGTH_BITS) - 1;
    const end = start + (code & ((1 << LENGTH_BITS) - 1));
    const lanes = this.lanes;
    for (let j = start; j < end; j++) {
      const v = lanes[j];
      scores[offset + (v >> 8)] += this.lut[v & 255];
    }
  }

  /** Where the feature with this hash is in the index (for {@link addSlot}), or -1 if the table lacks it. */
  slotOf(hash: number): number {
    const { slots, mask, stride, present } = this.index;
    if ((present[hash >>> 17] & (1 << ((hash >>> 12) & 31))) === 0) return -1;
    for (let i = slotStart(hash, mask); ; i = (i + 1) & mask) {
      const at = i * stride;
      if (slots[at + 1] === 0) return -1;
      if (slots[at] === hash) return (slots[at + 1 + this.column] & ~USED) === 0 ? -1 : i;
    }
  }

  /**
   * Adds the weights of the feature at index slot `slot` (from {@link slotOf} or {@link keySlot}) to
   * `scores` from `offset` on; nothing if this table lacks the feature (its code is 0: an empty row).
   */
  addSlot(slot: number, scores: Float64Array, offset = 0): void {
    this.addCode(this.codeAt(slot), scores, offset);
  }

  /** Row index of a feature hash, or -1. */
  rowOfHash(hash: number): number {
    if (this.slotOf(hash) < 0) return -1;
    // Rows are sorted by hash (quantize in scripts/entities/pipeline.ts sorts them; the model file keeps the order).
    let lo = 0;
    let hi = this.hashes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.hashes[mid] < hash) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Row index of a feature, or -1 when the model has no weights for it. */
  row(feature: string): number {
    return this.rowOfHash(hashFeature(feature));
  }

  /** Adds the weights of the given row to `scores`. */
  addRow(row: number, scores: Float64Array): void {
    const end = this.rowStart[row + 1];
    for (let j = this.rowStart[row]; j < end; j++) {
      const v = this.packed[j];
      scores[v >> 8] += this.lut[v & 255];
    }
  }
}
