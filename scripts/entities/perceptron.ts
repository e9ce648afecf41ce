/**
 * Averaged multi-class perceptron trainer for the greedy BILOU tagger (training time only).
 * Averaging uses the usual lazy trick: averaged = W - U / c, where U accumulates c * update.
 */
import { allowed, LABELS } from '../../src/core/entities/labels.ts';
import { tagFeatures, type PreparedSentence } from '../../src/core/entities/features.ts';

const L = LABELS.length;

/** One training sentence: prepared tokens, feature ids of the static templates, gold BILOU label indices. */
export interface Example {
  sentence: PreparedSentence;
  staticIds: Int32Array[];
  gold: Int32Array;
}

/** Small deterministic PRNG (mulberry32) so retraining gives identical weights. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Perceptron {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  private W = new Float64Array(1 << 20);
  private U = new Float64Array(1 << 20);
  private c = 1;

  /** Feature id, created on first sight. */
  id(f: string): number {
    let id = this.ids.get(f);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(f, id);
      this.names.push(f);
      if ((id + 1) * L > this.W.length) {
        const W = new Float64Array(this.W.length * 2);
        W.set(this.W);
        this.W = W;
        const U = new Float64Array(this.U.length * 2);
        U.set(this.U);
        this.U = U;
      }
    }
    return id;
  }

  private add(ids: ArrayLike<number>, scores: Float64Array): void {
    for (let j = 0; j < ids.length; j++) {
      const base = ids[j] * L;
      for (let k = 0; k < L; k++) scores[k] += this.W[base + k];
    }
  }

  private update(ids: ArrayLike<number>, label: number, delta: number): void {
    for (let j = 0; j < ids.length; j++) {
      const at = ids[j] * L + label;
      this.W[at] += delta;
      this.U[at] += this.c * delta;
    }
  }

  /** One pass over the examples in a seeded random order; returns the token error count. */
  epoch(examples: readonly Example[], random: () => number): number {
    const order = examples.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    const scores = new Float64Array(L);
    for (const e of order.map((i) => examples[i])) {
      let prev1 = '<s>';
      let prev2 = '<s>';
      for (let i = 0; i < e.gold.length; i++) {
        scores.fill(0);
        const dyn = tagFeatures(prev1, prev2, e.sentence, i).map((f) => this.id(f));
        this.add(e.staticIds[i], scores);
        this.add(dyn, scores);
        const before = prev1 === '<s>' ? 'O' : prev1;
        let best = -1;
        for (let k = 0; k < L; k++) {
          if (!allowed(before, LABELS[k])) continue;
          if (best < 0 || scores[k] > scores[best]) best = k;
        }
        const gold = e.gold[i];
        if (best !== gold) {
          errors++;
          this.update(e.staticIds[i], gold, 1);
          this.update(dyn, gold, 1);
          this.update(e.staticIds[i], best, -1);
          this.update(dyn, best, -1);
        }
        this.c++;
        prev2 = prev1;
        prev1 = LABELS[best];
      }
    }
    return errors;
  }

  /** The averaged weights of feature `id`, one per label. */
  averaged(id: number): Float64Array {
    const out = new Float64Array(L);
    for (let k = 0; k < L; k++) out[k] = this.W[id * L + k] - this.U[id * L + k] / this.c;
    return out;
  }
}
