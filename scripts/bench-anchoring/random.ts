/** A small seeded random generator, so every run draws the same highlights and edits. */
import { hash } from '../fnv-hash.ts';

/** Mulberry32: fast, good enough for sampling, and reproducible from a 32-bit seed. */
export class Random {
  private state: number;

  constructor(seed: string) {
    this.state = hash(seed) || 1;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
}

/** Share of pages kept out of tuning, chosen by a hash of the page id. */
export const HELD_OUT_MODULUS = 5;

/** True for the fixed 20% of pages never looked at while tuning. */
export function isHeldOut(corpus: string, id: string): boolean {
  return hash(`anchoring:${corpus}:${id}`) % HELD_OUT_MODULUS === 0;
}
